import type { IDataObject } from 'n8n-workflow';

import type { Page } from '../../nodes/shared/transport/paging';
import type { S2Reader } from '../../nodes/S2/trigger/reader';

/**
 * An in-memory S2 with the two endpoints the trigger reads (GET /order, GET /order/{id}), for
 * property tests. It journals what each request served, so a test can tell what a poll saw, and
 * can run queued mutations between requests (the list moving while it is paged) or fail a request.
 */
export interface FShipment {
	id: string;
	status: string;
	trackingNumber: string;
	createdAt: string;
	/** Moved by every change of status or tracking number (what the trigger assumes of S2). */
	updatedAt: string;
}
export interface FFulfillment {
	id: string;
	status: string;
	createdAt: string;
	updatedAt: string;
	shipments: FShipment[];
}
export interface FOrder {
	id: string;
	status: string;
	assignStatus: string;
	createdAt: string;
	fulfillments: FFulfillment[];
	/** Fulfillments of a cancelled order no longer move. */
	frozen: boolean;
}

/** What one request served: record kind, id and the value the trigger tracks. */
export interface Served {
	kind: 'order' | 'assign' | 'fulfillment' | 'shipmentStatus' | 'tracking';
	id: string;
	value: string;
	/** Fulfillments and shipments: their updatedAt when served. */
	updatedAt?: string;
}

export class FakeS2 implements S2Reader {
	orders: FOrder[] = [];
	private clock = Date.UTC(2024, 0, 1);
	private counter = 0;
	requests = 0;
	/** Of `requests`, the GET /order pages. */
	pages = 0;
	served: Served[] = [];
	/** Mutations to run before the next requests, one per request. */
	between: Array<() => void> = [];
	/** Request number (1-based, counted from `requests` reset) that fails with a 503-like error. */
	failAt: number | null = null;

	constructor(readonly newestFirst: boolean) {}

	private stamp(advanceMs: number): string {
		this.clock += advanceMs;
		return new Date(this.clock).toISOString();
	}

	nextId(prefix: string): string {
		this.counter += 1;
		return `${prefix}${this.counter}`;
	}

	createOrder(sameTime: boolean): FOrder {
		const order: FOrder = {
			id: this.nextId('o'),
			status: 'UNFULFILLED',
			assignStatus: 'UNASSIGNED',
			createdAt: this.stamp(sameTime ? 0 : 1000),
			fulfillments: [],
			frozen: false,
		};
		this.orders.push(order);
		return order;
	}

	createFulfillment(order: FOrder, shipments: number, prepaidTracking: boolean): FFulfillment {
		const createdAt = this.stamp(1000);
		const fulfillment: FFulfillment = {
			id: this.nextId('f'),
			status: 'CREATED',
			createdAt,
			updatedAt: createdAt,
			shipments: Array.from({ length: shipments }, () => ({
				id: this.nextId('s'),
				status: 'CREATED',
				trackingNumber: prepaidTracking ? this.nextId('TRK') : '',
				createdAt,
				updatedAt: createdAt,
			})),
		};
		order.fulfillments.push(fulfillment);
		return fulfillment;
	}

	/** CREATED → PENDING → SHIPPED; shipments follow; an UNFULFILLED order is FULFILLED once all are SHIPPED. */
	advanceFulfillment(order: FOrder, fulfillment: FFulfillment, withTracking: boolean): void {
		fulfillment.status = fulfillment.status === 'CREATED' ? 'PENDING' : 'SHIPPED';
		fulfillment.updatedAt = this.stamp(1000);
		for (const shipment of fulfillment.shipments) {
			shipment.status = fulfillment.status;
			shipment.updatedAt = fulfillment.updatedAt;
			if (fulfillment.status === 'SHIPPED' && withTracking && !shipment.trackingNumber)
				shipment.trackingNumber = this.nextId('TRK');
		}
		if (order.status === 'UNFULFILLED' && order.fulfillments.every((f) => f.status === 'SHIPPED'))
			order.status = 'FULFILLED';
	}

	/** A tracking number arrives for a shipment. */
	track(shipment: FShipment): void {
		shipment.trackingNumber = this.nextId('TRK');
		shipment.updatedAt = this.stamp(1000);
	}

	/** What S2's Date says now: just after every change made so far. */
	now(): number {
		return this.clock + 1;
	}

	private tick(): void {
		this.requests += 1;
		if (this.failAt !== null && this.requests === this.failAt)
			throw new Error('S2 answered HTTP 503');
		this.between.shift()?.();
	}

	private view(order: FOrder): IDataObject {
		return {
			id: order.id,
			status: order.status,
			assignStatus: order.assignStatus,
			createdAt: order.createdAt,
			archived: false,
		};
	}

	async orderPage(offset: number, limit: number): Promise<Page & { date?: string }> {
		this.tick();
		this.pages += 1;
		const list = this.newestFirst ? [...this.orders].reverse() : this.orders;
		const records = list.slice(offset, offset + limit).map((o) => this.view(o));
		for (const r of records) {
			this.served.push(
				{ kind: 'order', id: String(r.id), value: String(r.status) },
				{ kind: 'assign', id: String(r.id), value: String(r.assignStatus) },
			);
		}
		// Date: S2's clock now, after every change the answer shows (records changed from here on are later).
		return { records, total: list.length, date: new Date(this.now()).toISOString() };
	}

	async order(orderId: string): Promise<IDataObject | undefined> {
		this.tick();
		const order = this.orders.find((o) => o.id === orderId);
		if (!order) return undefined;
		const copy = JSON.parse(
			JSON.stringify({ ...this.view(order), fulfillments: order.fulfillments }),
		) as IDataObject;
		for (const f of order.fulfillments) {
			this.served.push({ kind: 'fulfillment', id: f.id, value: f.status, updatedAt: f.updatedAt });
			for (const s of f.shipments) {
				const { updatedAt } = s;
				this.served.push(
					{ kind: 'shipmentStatus', id: s.id, value: s.status, updatedAt },
					{ kind: 'tracking', id: s.id, value: s.trackingNumber ? 'tracked' : '', updatedAt },
				);
			}
		}
		return copy;
	}
}
