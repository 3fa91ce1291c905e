import type { IDataObject, INode } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { EVENTS, ORDER_EVENTS } from '../../nodes/Shopline/trigger/events';
import type { ShoplineReader } from '../../nodes/Shopline/trigger/reader';
import { pollShopline } from '../../nodes/Shopline/trigger/watch';

/**
 * The SHOPLINE Trigger's budget and partial progress, against an in-memory store: fulfillment reads stop
 * at Max Requests per Poll or at a 429 the rate budget could not ride out, and what was handled is kept.
 */
const NODE = {
	name: 'SHOPLINE Trigger',
	type: 'shoplineTrigger',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
} as unknown as INode;
const at = (second: number) => `2026-06-01T10:00:${String(second).padStart(2, '0')}+08:00`;

/** Only order events are selected here: the catalog is never read. */
const notRead = async (): Promise<never> => await Promise.reject(new Error('not an order read'));
const ordersOnly = {
	productsUpdatedSince: notRead,
	catalogPage: notRead,
	inventoryLevels: notRead,
};

/** One poll through the pure core (watch.ts), its next state written over `data` as the binding does. */
async function pollOnce(
	reader: ShoplineReader,
	data: IDataObject,
	events: string[],
	options: { budget?: number } = {},
): Promise<IDataObject[]> {
	const next = await pollShopline(reader, data, { events, ...options });
	for (const key of Object.keys(data)) delete data[key];
	Object.assign(data, next.state);
	return next.items;
}

function store(count: number) {
	const orders = Array.from({ length: count }, (_, i) => ({
		id: String(1000 + i),
		status: 'open',
		financial_status: 'paid',
		fulfillment_status: 'unshipped',
		created_at: at(0),
		updated_at: at(0),
	}));
	const fulfillments = new Map<string, IDataObject[]>();
	let limitedAt: number | undefined;
	let fetches = 0;
	const reader: ShoplineReader = {
		...ordersOnly,
		ordersUpdatedSince: async (since) => {
			const from = since === null ? -Infinity : Date.parse(since);
			return await Promise.resolve({
				orders: orders.filter((o) => Date.parse(o.updated_at) >= from).map((o) => ({ ...o })),
				pages: 1,
				date: 'Mon, 01 Jun 2026 02:00:01 GMT',
			});
		},
		orderFulfillments: async (orderId) => {
			fetches++;
			if (fetches === limitedAt)
				throw new NodeApiError(NODE, { message: 'Too many request' }, { httpCode: '429' });
			return await Promise.resolve(fulfillments.get(orderId) ?? []);
		},
	};
	return {
		orders,
		fulfillments,
		reader,
		fetches: () => fetches,
		/** Ships every order at second 5 (a fulfillment each). */
		shipAll() {
			for (const o of orders) {
				Object.assign(o, { fulfillment_status: 'shipped', updated_at: at(5) });
				fulfillments.set(o.id, [
					{ id: `f${o.id}`, status: 'success', shipment_status: null, created_at: at(5) },
				]);
			}
		},
		limitAt(n: number) {
			fetches = 0;
			limitedAt = n;
		},
	};
}

const created = (items: IDataObject[]) =>
	items
		.filter((i) => i.event === EVENTS.fulfillmentCreated)
		.map((i) => String((i.order as IDataObject).id));

describe('SHOPLINE Trigger: budget and partial progress', () => {
	it('fulfillment reads stop at the budget; the cursor waits after the last order handled; the rest follow, each once', async () => {
		const s = store(12);
		const data: IDataObject = {};
		await pollOnce(s.reader, data, [EVENTS.fulfillmentCreated], { budget: 6 });
		s.shipAll();
		const seen: string[] = [];
		for (let poll = 0; poll < 3; poll++) {
			s.limitAt(0);
			seen.push(
				...created(await pollOnce(s.reader, data, [EVENTS.fulfillmentCreated], { budget: 6 })),
			);
			// One list page + at most 5 fulfillment reads (the budget of 6).
			expect(s.fetches()).toBeLessThanOrEqual(5);
		}
		expect(seen.sort()).toEqual(s.orders.map((o) => o.id).sort());
	});

	it('a 429 mid-poll keeps the orders already handled: emitted now, the rest at the next poll, none twice', async () => {
		const s = store(6);
		const data: IDataObject = {};
		await pollOnce(s.reader, data, [EVENTS.fulfillmentCreated]);
		s.shipAll();
		s.limitAt(4);
		const first = created(await pollOnce(s.reader, data, [EVENTS.fulfillmentCreated]));
		expect(first).toHaveLength(3);
		s.limitAt(0);
		const second = created(await pollOnce(s.reader, data, [EVENTS.fulfillmentCreated]));
		expect([...first, ...second].sort()).toEqual(s.orders.map((o) => o.id).sort());
	});

	it('a 429 on the first fulfillment read: nothing was done, the poll fails and keeps the state', async () => {
		const s = store(3);
		const data: IDataObject = {};
		await pollOnce(s.reader, data, [EVENTS.fulfillmentCreated]);
		const before = JSON.stringify(data);
		s.shipAll();
		s.limitAt(1);
		await expect(pollOnce(s.reader, data, [EVENTS.fulfillmentCreated])).rejects.toBeInstanceOf(
			NodeApiError,
		);
		expect(JSON.stringify(data)).toBe(before);
	});

	it('order events never wait behind fulfillment reads: a burst past the budget, an order changed again and a new order', async () => {
		const all = ORDER_EVENTS;
		const s = store(12);
		const data: IDataObject = {};
		await pollOnce(s.reader, data, all, { budget: 6 });
		s.shipAll();
		const keyOf = (i: IDataObject) => `${String(i.event)}:${String(i.id)}`;

		// First poll after the burst: every order's Order Updated (and status change) now, 5 fulfillment reads.
		const first = await pollOnce(s.reader, data, all, { budget: 6 });
		expect(s.fetches()).toBe(5);
		expect(first.filter((i) => i.event === EVENTS.orderUpdated)).toHaveLength(12);
		expect(first.filter((i) => i.event === EVENTS.fulfillmentStatusChanged)).toHaveLength(12);
		expect(created(first)).toEqual(['1000', '1001', '1002', '1003', '1004']);

		// Before its fulfillments are read, the last order changes again (refunded, its shipment moving), and a
		// new order comes in with a fulfillment.
		const last = s.orders[11];
		Object.assign(last, { financial_status: 'refunded', updated_at: at(7) });
		s.fulfillments.get(last.id)![0].shipment_status = 'in_transit';
		s.orders.push({ ...s.orders[0], id: '2000', created_at: at(8), updated_at: at(8) });
		s.fulfillments.set('2000', [
			{ id: 'f2000', status: 'success', shipment_status: null, created_at: at(8) },
		]);
		const second = await pollOnce(s.reader, data, all, { budget: 6 });
		expect(second.filter((i) => !String(i.event).startsWith('fulfillment')).map(keyOf)).toEqual([
			`${EVENTS.orderUpdated}:${last.id}`,
			`${EVENTS.financialStatusChanged}:${last.id}`,
			`${EVENTS.orderCreated}:2000`,
		]);

		const events = [...first, ...second];
		for (let poll = 0; poll < 4; poll++)
			events.push(...(await pollOnce(s.reader, data, all, { budget: 6 })));
		// Each fulfillment once, as created (none was known before), with no order event repeated.
		expect(created(events).sort()).toEqual([...s.orders.map((o) => o.id)].sort());
		expect(events.filter((i) => i.event === EVENTS.shipmentStatusChanged)).toEqual([]);
		const orderEvents = events.filter((i) => !String(i.event).startsWith('fulfillment')).map(keyOf);
		expect(new Set(orderEvents).size).toBe(orderEvents.length - 1); // the last order: Updated twice
		expect(orderEvents.filter((k) => k === `${EVENTS.orderUpdated}:${last.id}`)).toHaveLength(2);
		// Caught up: the lag marker is gone, an idle poll reads the list only.
		expect(Object.keys(data.orders as IDataObject)).not.toContain('reported');
		s.limitAt(0);
		expect(await pollOnce(s.reader, data, all, { budget: 6 })).toEqual([]);
		expect(s.fetches()).toBe(0);
	});
});
