import type { IDataObject } from 'n8n-workflow';

import { S2, S2_SEED, bigAccountsState, type SandboxState } from '../../sandbox/src';

/**
 * Issue 21, item 1: changes made after a budget-limited activation on orders the S2 Trigger has not read
 * yet. Shared by test/s2/trigger-activation.test.ts and bench/scale.ts (the S2 activation section).
 *
 * Before activation each chosen order gets fulfillments; after it, three kinds of change:
 * - ship: a PENDING fulfillment ships (its order keeps a second, CREATED fulfillment, so the order's own
 *   status does not move and only the rotation finds it);
 * - status: a CREATED fulfillment moves to PENDING;
 * - created: a new fulfillment on an order that already has one, PENDING and untouched since activation
 *   (already ASSIGNED, so again the order's own status does not move).
 */

/** S2 organization A with `open` UNFULFILLED orders (the newest) among `orders`; the other APIs nearly empty. */
export function s2AccountState(orders: number, open: number): SandboxState {
	const tiny = { orders: 1, open: 1, days: 1 };
	return bigAccountsState({ fulfillbot: tiny, shopline: tiny, s2: { orders, open, days: 365 } });
}

/** The open orders of organization A in the order the trigger's rotation reads them (by id). */
export const openOrderIds = (state: SandboxState): string[] =>
	state.s2.orders
		.filter((o) => o.organizationId === S2.orgA && o.status === 'UNFULFILLED')
		.map((o) => o.id)
		.sort();

/** One change the trigger must report: the event, the record, and its status after the change. */
export interface Expected {
	kind: 'ship' | 'status' | 'created';
	orderId: string;
	event: string;
	id: string;
	status: string;
}

export interface Prepared {
	kind: Expected['kind'];
	orderId: string;
	/** ship: the PENDING fulfillment; status: the CREATED one; created: undefined (made after activation). */
	fulfillment?: IDataObject;
}

async function call(
	url: string,
	method: string,
	path: string,
	body?: unknown,
): Promise<IDataObject> {
	const control = path.startsWith('/__sandbox');
	const response = await fetch(`${url}${control ? path : `/s2${path}`}`, {
		method,
		headers: {
			'Content-Type': 'application/json',
			...(control ? {} : { Authorization: `Bearer ${S2.token}`, 'X-S2-Organization': S2.orgA }),
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status}`);
	return (await response.json().catch(() => ({}))) as IDataObject;
}

const line = { productId: S2_SEED.orgA.products[2], quantity: 1 };
const FIELDS = ['name', 'company', 'address1', 'address2', 'city', 'state', 'postalCode'] as const;
const address = {
	...Object.fromEntries(FIELDS.map((f) => [f, `${f} 1`])),
	countryId: 'US',
	phone: '',
	email: '',
};

async function createFulfillment(url: string, orderId: string): Promise<IDataObject> {
	return await call(url, 'POST', '/fulfillment', {
		orderId,
		address,
		shippingMethod: 'standard',
		items: [line],
		shipments: [{ items: [line], prepaidLabels: [], shippingCarrierId: 'UPS' }],
		attachments: [],
	});
}

const advance = async (url: string, id: string) =>
	await call(url, 'POST', '/__sandbox/advance', { api: 's2', kind: 'fulfillment', id });

/**
 * Before activation: fulfillments on `orderIds` (one kind per order, in turn ship, status, created), then
 * S2's clock moved 5 s on, so that they are older than the activation's second.
 */
export async function prepare(url: string, orderIds: string[]): Promise<Prepared[]> {
	const kinds: Array<Expected['kind']> = ['ship', 'status', 'created'];
	const prepared: Prepared[] = [];
	for (const [n, orderId] of orderIds.entries()) {
		const kind = kinds[n % kinds.length];
		const first = await createFulfillment(url, orderId);
		// CREATED → PENDING: a ship needs it; for a created, a record in a later status left untouched.
		if (kind !== 'status') await advance(url, String(first.id));
		if (kind === 'ship') await createFulfillment(url, orderId); // stays CREATED: the order stays UNFULFILLED
		prepared.push({ kind, orderId, fulfillment: kind === 'created' ? undefined : first });
	}
	await call(url, 'POST', '/__sandbox/clock', { advanceSeconds: 5 });
	return prepared;
}

/** After activation: the changes, and what each must produce. */
export async function change(url: string, prepared: Prepared[]): Promise<Expected[]> {
	const expected: Expected[] = [];
	for (const { kind, orderId, fulfillment } of prepared) {
		if (kind === 'created') {
			const made = await createFulfillment(url, orderId);
			const id = String(made.id);
			expected.push({ kind, orderId, event: 'fulfillmentCreated', id, status: 'CREATED' });
			continue;
		}
		await advance(url, String(fulfillment!.id));
		if (kind === 'status') {
			const id = String(fulfillment!.id);
			expected.push({ kind, orderId, event: 'fulfillmentStatusChanged', id, status: 'PENDING' });
		} else {
			const shipment = (fulfillment!.shipments as IDataObject[])[0];
			const id = String(shipment.id);
			expected.push({ kind, orderId, event: 'shipmentStatusChanged', id, status: 'SHIPPED' });
		}
	}
	return expected;
}

/** Which change an item reports (its event and record), as `Expected` keys it. */
export const keyOf = (item: { event?: unknown; id?: unknown }): string =>
	`${String(item.event)}:${String(item.id)}`;

/** Poll number at which each expected change was first reported, and how often each was reported. */
export class Tally {
	readonly firstAt = new Map<string, number>();
	readonly times = new Map<string, number>();

	constructor(readonly expected: Expected[]) {}

	add(poll: number, items: IDataObject[]): void {
		const wanted = new Set(this.expected.map(keyOf));
		for (const item of items) {
			const key = keyOf(item);
			if (!wanted.has(key)) continue;
			if (!this.firstAt.has(key)) this.firstAt.set(key, poll);
			this.times.set(key, (this.times.get(key) ?? 0) + 1);
		}
	}

	get missed(): number {
		return this.expected.filter((e) => !this.firstAt.has(keyOf(e))).length;
	}

	get duplicated(): number {
		return [...this.times.values()].reduce((sum, n) => sum + n - 1, 0);
	}

	/** The most polls any change waited to be reported (polls after the change), NaN while any is missing. */
	get latency(): number {
		return this.missed ? NaN : Math.max(0, ...this.firstAt.values());
	}
}
