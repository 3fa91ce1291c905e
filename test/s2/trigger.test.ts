import type { IDataObject } from 'n8n-workflow';

import { S2, S2_SEED } from '../../sandbox/src';
import { poll } from '../support/engine';
import { useSandbox } from '../support/sandbox';
import { trackedExactly } from '../support/trackedState';
import { orderBody, s2TestKit } from './support';

const sandbox = useSandbox();
const s2 = s2TestKit(sandbox);
const A = S2_SEED.orgA;
const B = S2_SEED.orgB;
const KEY = 'node:Trigger under test';
/** Every seeded id, as candidates when reading the compact state back. */
const ORDER_IDS = [...Object.values(A.orders), ...Object.values(B.orders)].map(String);
const FULFILLMENT_IDS = Object.values(A.fulfillments).map(String);
const SHIPMENT_IDS = Object.values(A.shipments).map(String);
const stateOf = (staticData: IDataObject) =>
	staticData[KEY] as {
		orders: { statuses: unknown };
		fulfillments?: unknown;
		shipments?: unknown;
		watch?: unknown;
	};
const watched = (staticData: IDataObject) =>
	Object.keys(trackedExactly(stateOf(staticData).watch, ORDER_IDS)).sort();
const FULFILLMENT_EVENTS = [
	'fulfillmentCreated',
	'fulfillmentStatusChanged',
	'shipmentStatusChanged',
	'trackingNumberAssigned',
];
const ALL_EVENTS = ['orderStatusChanged', 'orderAssignStatusChanged', ...FULFILLMENT_EVENTS];

interface Who {
	accessToken?: string;
	organizationId?: string;
}
const credentials = (who: Who = {}) => ({
	s2Api: {
		accessToken: who.accessToken ?? S2.token,
		organizationId: who.organizationId ?? S2.orgA,
		baseUrl: sandbox.s2BaseUrl,
	},
});
const pollWith = (
	events: string[],
	staticData?: IDataObject,
	extra: IDataObject = {},
	who: Who = {},
) =>
	poll({
		type: 's2Trigger',
		parameters: { events, ...extra },
		credentials: credentials(who),
		staticData,
	});
const json = (items: Array<{ json: IDataObject }> | null) => (items ?? []).map((i) => i.json);
const journal = async () =>
	(await sandbox.journal('s2')).map(({ method, path, query, status }) => ({
		method,
		path,
		query,
		status,
	}));
const detail = (id: string) => ({ method: 'GET', path: `/order/${id}`, query: {}, status: 200 });
const list = (offset: number) => ({
	method: 'GET',
	path: '/order',
	query: { limit: '100', offset: String(offset) },
	status: 200,
});

const ADDRESS = {
	name: 'Jane Doe',
	company: '',
	address1: '42 Main St',
	address2: '',
	city: 'Springfield',
	state: 'IL',
	postalCode: '62701',
	countryId: 'US',
	phone: '',
	email: '',
};

async function createOrder(channelOrderId: string): Promise<string> {
	const { status, body } = await s2.api('POST', '/order', orderBody(channelOrderId, ADDRESS));
	if (status >= 300) throw new Error(`create order: ${status} ${JSON.stringify(body)}`);
	return body.id as string;
}

async function createFulfillment(orderId: string): Promise<IDataObject> {
	const line = { productId: A.products[2], quantity: 1 };
	const { status, body } = await s2.api('POST', '/fulfillment', {
		orderId,
		address: ADDRESS,
		shippingMethod: 'standard',
		items: [line],
		shipments: [{ items: [line], prepaidLabels: [], shippingCarrierId: 'UPS' }],
		attachments: [],
	});
	if (status >= 300) throw new Error(`create fulfillment: ${status} ${JSON.stringify(body)}`);
	return body as IDataObject;
}

describe('S2 Trigger', () => {
	describe('first activation', () => {
		it('order events: one GET /order page, nothing emitted, the open orders remembered', async () => {
			const first = await pollWith(['orderStatusChanged']);

			expect(first.items).toBeNull();
			const state = stateOf(first.staticData);
			expect(trackedExactly(state.orders.statuses, ORDER_IDS)).toEqual({
				[A.orders.unfulfilled]: 'UNFULFILLED|UNASSIGNED',
				[A.orders.assigned]: 'UNFULFILLED|ASSIGNED',
			});
			expect(state.watch).toBeUndefined();
			const entries = await sandbox.journal('s2');
			expect(
				entries.map(({ method, path, query, status }) => ({ method, path, query, status })),
			).toEqual([list(0)]);
			expect(entries[0].headers).toMatchObject({
				authorization: 'Bearer s2-***',
				'x-s2-organization': S2.orgA,
			});
		});

		it('fulfillment events: also one GET /order/{id} per open order; fulfillments and shipments remembered', async () => {
			const first = await pollWith(FULFILLMENT_EVENTS);

			expect(first.items).toBeNull();
			expect({
				fulfillments: trackedExactly(stateOf(first.staticData).fulfillments, FULFILLMENT_IDS),
				shipments: trackedExactly(stateOf(first.staticData).shipments, SHIPMENT_IDS),
			}).toMatchObject({
				fulfillments: { [A.fulfillments.created]: 'CREATED' },
				shipments: { [A.shipments.created]: 'CREATED|' },
			});
			expect(watched(first.staticData)).toEqual([A.orders.unfulfilled, A.orders.assigned].sort());
			const requests = await journal();
			expect(requests[0]).toEqual(list(0));
			expect(requests.slice(1)).toEqual(
				expect.arrayContaining([detail(A.orders.unfulfilled), detail(A.orders.assigned)]),
			);
			expect(requests).toHaveLength(3); // FULFILLED and CANCELLED orders are not read
		});
	});

	describe('order events', () => {
		it('status changed: advance and cancel, each emitted once with the previous status, across a restart', async () => {
			const primed = await pollWith(['orderStatusChanged']);
			await sandbox.advance({ api: 's2', kind: 'order', id: A.orders.unfulfilled });
			await s2.api('POST', `/order/${A.orders.assigned}/cancel`);

			const second = await pollWith(['orderStatusChanged'], primed.staticData);
			expect(json(second.items).map((e) => [e.event, e.id, e.previousStatus, e.status])).toEqual(
				expect.arrayContaining([
					['orderStatusChanged', A.orders.unfulfilled, 'UNFULFILLED', 'FULFILLED'],
					['orderStatusChanged', A.orders.assigned, 'UNFULFILLED', 'CANCELLED'],
				]),
			);
			expect(second.items).toHaveLength(2);
			expect(json(second.items)[0]).toEqual(
				expect.objectContaining({
					channelOrderId: expect.any(String),
					assignStatus: expect.any(String),
					createdAt: expect.any(String),
				}),
			);
			// Both are final now: forgotten, and a restart (static data through JSON) repeats nothing.
			expect(trackedExactly(stateOf(second.staticData).orders.statuses, ORDER_IDS)).toEqual({});
			expect((await pollWith(['orderStatusChanged'], second.staticData)).items).toBeNull();
		});

		it('"Only to Order Statuses" (any case, comma-separated) filters what is emitted', async () => {
			const extra = { orderStatuses: ' cancelled ,' };
			const primed = await pollWith(['orderStatusChanged'], undefined, extra);
			await sandbox.advance({ api: 's2', kind: 'order', id: A.orders.unfulfilled });
			await s2.api('POST', `/order/${A.orders.assigned}/cancel`);

			const result = await pollWith(['orderStatusChanged'], primed.staticData, extra);
			expect(json(result.items).map((e) => [e.id, e.status])).toEqual([
				[A.orders.assigned, 'CANCELLED'],
			]);
		});

		it('"Only to Assign Statuses" filters assign status changes', async () => {
			for (const [only, expected] of [
				['UNASSIGNED', []],
				['ASSIGNED', [A.orders.unfulfilled]],
			] as const) {
				const { staticData } = await pollWith(['orderAssignStatusChanged'], undefined, {
					assignStatuses: only,
				});
				await createFulfillment(A.orders.unfulfilled);
				const result = await pollWith(['orderAssignStatusChanged'], staticData, {
					assignStatuses: only,
				});
				expect(json(result.items).map((e) => e.id)).toEqual(expected);
				await sandbox.reset();
			}
		});

		it('a status filter that is not a status is refused before any request', async () => {
			await expect(
				pollWith(['orderStatusChanged'], undefined, { orderStatuses: 'FULFILLED; CANCELLED' }),
			).rejects.toThrow('Only to Order Statuses: "FULFILLED; CANCELLED" is not an S2 status');
			await expect(pollWith([])).rejects.toThrow(
				'Events: choose at least one of the listed events',
			);
			expect(await journal()).toEqual([]);
		});

		it('exactly once across pages: 205 new orders → 3 pages a poll, every change once, nothing on the next poll', async () => {
			const created: string[] = [];
			for (let n = 0; n < 205; n++) created.push(await createOrder(`TRIG-${n}`));
			const { staticData } = await pollWith(['orderStatusChanged']);
			await sandbox.clearJournal();
			// The machine moves every open order of the sandbox, org B's too: this trigger sees org A's.
			const moved = (await sandbox.advance({ api: 's2', kind: 'order' })).filter(
				(m) => m.id !== B.orders.unfulfilled,
			);
			expect(moved.length).toBe(207);

			const result = await pollWith(['orderStatusChanged'], staticData);
			const events = json(result.items);
			expect(events).toHaveLength(moved.length);
			expect(new Set(events.map((e) => e.id))).toEqual(new Set(moved.map((m) => m.id)));
			expect(events.map((e) => e.id)).toEqual(expect.arrayContaining(created));
			expect(
				events.every((e) => e.previousStatus === 'UNFULFILLED' && e.status === 'FULFILLED'),
			).toBe(true);
			expect(await journal()).toEqual([list(0), list(100), list(200)]);
			expect((await pollWith(['orderStatusChanged'], result.staticData)).items).toBeNull();
		});
	});

	describe('fulfillment and shipment events', () => {
		it('new fulfillment, then CREATED → PENDING → SHIPPED with the tracking number; the order is then let go', async () => {
			const primed = await pollWith(ALL_EVENTS);
			const fulfillment = await createFulfillment(A.orders.unfulfilled);

			const created = await pollWith(ALL_EVENTS, primed.staticData);
			// S2 assigns the order when it gets a fulfillment: previousStatus is the previous assign status.
			expect(json(created.items)).toEqual([
				expect.objectContaining({
					event: 'orderAssignStatusChanged',
					previousStatus: 'UNASSIGNED',
					id: A.orders.unfulfilled,
					assignStatus: 'ASSIGNED',
					status: 'UNFULFILLED',
				}),
				expect.objectContaining({
					event: 'fulfillmentCreated',
					previousStatus: null,
					id: fulfillment.id,
					status: 'CREATED',
					orderId: A.orders.unfulfilled,
				}),
			]);

			await sandbox.advance({ api: 's2', kind: 'fulfillment', id: fulfillment.id as string });
			const pending = await pollWith(ALL_EVENTS, created.staticData);
			expect(
				json(pending.items)
					.filter((e) => e.event === 'fulfillmentStatusChanged')
					.map((e) => [e.id, e.previousStatus, e.status]),
			).toEqual([[fulfillment.id, 'CREATED', 'PENDING']]);

			await sandbox.advance({ api: 's2', kind: 'fulfillment', id: fulfillment.id as string });
			await sandbox.clearJournal();
			const shipped = await pollWith(ALL_EVENTS, pending.staticData);
			const events = json(shipped.items);
			const shipmentId = (fulfillment.shipments as IDataObject[])[0].id as string;
			expect(events.find((e) => e.event === 'fulfillmentStatusChanged')).toEqual(
				expect.objectContaining({
					id: fulfillment.id,
					previousStatus: 'PENDING',
					status: 'SHIPPED',
					orderId: A.orders.unfulfilled,
				}),
			);
			expect(events.find((e) => e.event === 'shipmentStatusChanged')).toEqual(
				expect.objectContaining({
					id: shipmentId,
					status: 'SHIPPED',
					fulfillmentId: fulfillment.id,
					orderId: A.orders.unfulfilled,
				}),
			);
			expect(events.find((e) => e.event === 'trackingNumberAssigned')).toEqual(
				expect.objectContaining({
					id: shipmentId,
					trackingNumber: expect.stringMatching(/\S/),
					fulfillmentId: fulfillment.id,
					orderId: A.orders.unfulfilled,
				}),
			);
			expect(events.find((e) => e.event === 'orderStatusChanged')).toEqual(
				expect.objectContaining({
					id: A.orders.unfulfilled,
					previousStatus: 'UNFULFILLED',
					status: 'FULFILLED',
				}),
			);
			expect(events.filter((e) => e.event === 'trackingNumberAssigned')).toHaveLength(1);

			// Order now FULFILLED with everything shipped: read this once more, then never again.
			expect(watched(shipped.staticData)).toEqual([A.orders.assigned]);
			await sandbox.clearJournal();
			const idle = await pollWith(ALL_EVENTS, shipped.staticData);
			expect(idle.items).toBeNull();
			expect(await journal()).toEqual([list(0), detail(A.orders.assigned)]);
			const state = stateOf(idle.staticData);
			expect(trackedExactly(state.fulfillments, FULFILLMENT_IDS)).toEqual({
				[A.fulfillments.created]: 'CREATED',
			});
			expect(trackedExactly(state.shipments, SHIPMENT_IDS)).toEqual({
				[A.shipments.created]: 'CREATED|',
			});
		});

		it('"Only to Fulfillment Statuses" keeps only SHIPPED moves', async () => {
			const extra = { fulfillmentStatuses: 'SHIPPED' };
			let { staticData } = await pollWith(['fulfillmentStatusChanged'], undefined, extra);
			for (let step = 0; step < 2; step++) {
				await sandbox.advance({ api: 's2', kind: 'fulfillment', id: A.fulfillments.created });
				const result = await pollWith(['fulfillmentStatusChanged'], staticData, extra);
				expect(json(result.items).map((e) => e.status)).toEqual(step === 0 ? [] : ['SHIPPED']);
				staticData = result.staticData;
			}
		});

		it('a cancelled order gets one last look, then is no longer read', async () => {
			const primed = await pollWith(['fulfillmentStatusChanged']);
			await s2.api('POST', `/order/${A.orders.assigned}/cancel`);
			await sandbox.clearJournal();

			const last = await pollWith(['fulfillmentStatusChanged'], primed.staticData);
			const requests = await journal();
			expect(requests[0]).toEqual(list(0));
			expect(
				requests
					.slice(1)
					.map((r) => r.path)
					.sort(),
			).toEqual([`/order/${A.orders.unfulfilled}`, `/order/${A.orders.assigned}`].sort());
			await sandbox.clearJournal();
			await pollWith(['fulfillmentStatusChanged'], last.staticData);
			expect(await journal()).toEqual([list(0), detail(A.orders.unfulfilled)]);
		});
	});

	it('requests per idle poll: ceil(orders / 100) + open orders, at most Max Requests per Poll; the rest in turn at the next poll', async () => {
		for (let n = 0; n < 120; n++) await createOrder(`IDLE-${n}`);
		const orders = (
			await s2.get<{ items: IDataObject[]; total: number }>('/order?limit=100&offset=0')
		).total;
		const open = ((await sandbox.state()).s2.orders as IDataObject[]).filter(
			(o) => o.organizationId === S2.orgA && !['FULFILLED', 'CANCELLED'].includes(String(o.status)),
		).length;
		const { staticData } = await pollWith(ALL_EVENTS);
		await sandbox.clearJournal();

		const idle = await pollWith(ALL_EVENTS, staticData);
		expect(idle.items).toBeNull();
		const requests = await journal();
		expect(orders).toBe(124);
		expect(open).toBe(122);
		// 2 pages + 122 details would be 124: the default budget of 100 reads 98 details now ...
		expect(requests).toHaveLength(100);
		expect(requests.filter((r) => r.path === '/order')).toEqual([list(0), list(100)]);
		const first = new Set(requests.slice(2).map((r) => r.path));
		// ... and the other 24 first at the next poll (rotation), so every open order is read within two polls.
		await sandbox.clearJournal();
		const next = await pollWith(ALL_EVENTS, idle.staticData);
		expect(next.items).toBeNull();
		const second = (await journal()).slice(2).map((r) => r.path);
		const unread = second.slice(0, open - first.size);
		expect(unread.every((p) => !first.has(p))).toBe(true);
		expect(new Set([...first, ...unread]).size).toBe(open);
		// With a budget that fits, one poll reads them all, as before.
		await sandbox.clearJournal();
		await pollWith(ALL_EVENTS, next.staticData, { requestsPerPoll: 200 });
		expect(await journal()).toHaveLength(Math.ceil(orders / 100) + open);

		// Order events only: the pages alone.
		const { staticData: ordersOnly } = await pollWith(['orderStatusChanged']);
		await sandbox.clearJournal();
		await pollWith(['orderStatusChanged'], ordersOnly);
		expect(await journal()).toHaveLength(Math.ceil(orders / 100));
	});

	it('the organization header scopes what is seen', async () => {
		const orgB = { organizationId: S2.orgB };
		const primed = await pollWith(['orderStatusChanged'], undefined, {}, orgB);
		expect(
			Object.keys(trackedExactly(stateOf(primed.staticData).orders.statuses, ORDER_IDS)),
		).toEqual([B.orders.unfulfilled]);
		expect((await sandbox.journal('s2'))[0].headers['x-s2-organization']).toBe(S2.orgB);

		await sandbox.advance({ api: 's2', kind: 'order', id: A.orders.unfulfilled }); // org A: not this trigger's business
		expect((await pollWith(['orderStatusChanged'], primed.staticData, {}, orgB)).items).toBeNull();
		await sandbox.advance({ api: 's2', kind: 'order', id: B.orders.unfulfilled });
		const result = await pollWith(['orderStatusChanged'], primed.staticData, {}, orgB);
		expect(json(result.items).map((e) => [e.id, e.status])).toEqual([
			[B.orders.unfulfilled, 'FULFILLED'],
		]);
	});

	it('an order S2 no longer returns (404) is skipped and no longer watched, without failing the poll', async () => {
		const primed = await pollWith(['fulfillmentStatusChanged']);
		await sandbox.fault({
			api: 's2',
			method: 'GET',
			path: `/order/${A.orders.assigned}`,
			kind: 'status',
			status: 404,
		});

		const result = await pollWith(['fulfillmentStatusChanged'], primed.staticData);
		expect(result.items).toBeNull();
		expect(watched(result.staticData)).toEqual([A.orders.unfulfilled]);
		expect(trackedExactly(stateOf(result.staticData).fulfillments, FULFILLMENT_IDS)).toEqual({});
		expect(trackedExactly(stateOf(result.staticData).shipments, SHIPMENT_IDS)).toEqual({});
		expect((await journal()).map((r) => [r.path, r.status])).toEqual(
			expect.arrayContaining([
				['/order', 200],
				[`/order/${A.orders.assigned}`, 404],
			]),
		);
	});

	describe('Fetch Test Event (manual mode)', () => {
		const manual = (events: string[], extra: IDataObject = {}) =>
			poll({
				type: 's2Trigger',
				parameters: { events, ...extra },
				credentials: credentials(),
				mode: 'manual',
			});

		it('order event: a recent order from one page, state untouched', async () => {
			const { items, staticData } = await manual(['orderStatusChanged']);
			expect(json(items)).toEqual([
				expect.objectContaining({
					event: 'orderStatusChanged',
					previousStatus: null,
					id: expect.any(String),
					status: expect.any(String),
				}),
			]);
			expect(staticData).toEqual({});
			expect(await journal()).toEqual([list(0)]);
		});

		it('shipment event: reads order details until a shipment with a tracking number shows up', async () => {
			const { items, staticData } = await manual(['trackingNumberAssigned']);
			expect(json(items)).toEqual([
				expect.objectContaining({
					event: 'trackingNumberAssigned',
					previousStatus: null,
					id: A.shipments.shipped,
					trackingNumber: A.trackingNumber,
					fulfillmentId: A.fulfillments.shipped,
					orderId: A.orders.fulfilled,
				}),
			]);
			expect(staticData).toEqual({});
			const requests = await journal();
			expect(requests[0]).toEqual(list(0));
			expect(requests.length).toBeLessThanOrEqual(1 + 4);
		});

		it('says clearly when nothing matches', async () => {
			await expect(manual(['orderStatusChanged'], { orderStatuses: 'ON_HOLD' })).rejects.toThrow(
				'No matching record found in S2',
			);
		});
	});

	describe('errors', () => {
		it('a rejected token fails the activation loudly, with S2’s message and no secret', async () => {
			const error = (await pollWith(
				['orderStatusChanged'],
				undefined,
				{},
				{ accessToken: 'expired-token' },
			).then(
				() => new Error('the poll succeeded'),
				(e: Error) => e,
			)) as Error & IDataObject;
			expect(error).toMatchObject({
				httpCode: '401',
				description: expect.stringContaining('S2 access tokens expire after 7 days'),
			});
			expect(error.message).toBe('Unauthorized: missing, invalid or expired access token.');
			expect(
				JSON.stringify({ message: error.message, description: (error as IDataObject).description }),
			).not.toContain('expired-token');
		});

		it('after that, a 500 keeps the whole state and the next poll catches up; a 401 still fails loudly', async () => {
			const { staticData } = await pollWith(ALL_EVENTS);
			await sandbox.advance({ api: 's2', kind: 'fulfillment', id: A.fulfillments.created });
			await s2.api('POST', `/order/${A.orders.unfulfilled}/cancel`);
			await sandbox.fault({
				api: 's2',
				path: `/order/${A.orders.assigned}`,
				method: 'GET',
				kind: 'status',
				status: 500,
			});

			const failed = await pollWith(ALL_EVENTS, staticData);
			expect(failed.items).toBeNull();
			expect(failed.staticData).toEqual(staticData);
			const next = await pollWith(ALL_EVENTS, failed.staticData);
			expect(json(next.items).map((e) => [e.event, e.id, e.previousStatus, e.status])).toEqual([
				['orderStatusChanged', A.orders.unfulfilled, 'UNFULFILLED', 'CANCELLED'],
				['fulfillmentStatusChanged', A.fulfillments.created, 'CREATED', 'PENDING'],
			]);

			// A 429 is waited out since issue 15 (see test/hardening/secrets.test.ts); a 503 is passing trouble.
			await sandbox.fault({ api: 's2', path: '/order', kind: 'status', status: 503 });
			const limited = await pollWith(ALL_EVENTS, next.staticData);
			expect(limited.items).toBeNull();
			expect(limited.staticData).toEqual(next.staticData);

			await expect(
				pollWith(ALL_EVENTS, next.staticData, {}, { accessToken: 'expired-token' }),
			).rejects.toMatchObject({ httpCode: '401' });
		});
	});
});

describe('S2 Trigger › state through the n8n binding (static data stored as JSON between polls)', () => {
	/**
	 * Issue 21: the binding once copied six named keys of the state and dropped `activatedAt`, so after
	 * an activation that could not read every open order, a fulfillment created on an order not read yet
	 * was learnt silently instead of reported. Every poll here goes through n8n-core's PollContext, and
	 * the engine stores static data as JSON between polls.
	 */
	it('fulfillments created after a budget-limited activation on orders not read yet are each reported once', async () => {
		const orderIds: string[] = [];
		for (let n = 0; n < 12; n++) orderIds.push(await createOrder(`BIND-${n}`));
		const budget = { requestsPerPoll: 2 }; // 1 page + at least MIN_DETAIL_READS (5) details a poll
		let { staticData } = await pollWith(FULFILLMENT_EVENTS, undefined, budget);
		const fulfillmentIds: string[] = [];
		for (const orderId of orderIds)
			fulfillmentIds.push((await createFulfillment(orderId)).id as string);

		const created: string[] = [];
		for (let n = 0; n < 6; n++) {
			const next = await pollWith(FULFILLMENT_EVENTS, staticData, budget);
			created.push(
				...json(next.items)
					.filter((e) => e.event === 'fulfillmentCreated')
					.map((e) => String(e.id)),
			);
			staticData = next.staticData;
		}
		expect(created.sort()).toEqual([...fulfillmentIds].sort());
	});
});
