/**
 * Example 2 (3PL mirror) end to end in the pinned real n8n, with both workflows imported as shipped
 * (examples/store-order-to-s2.json, examples/s2-tracking-to-store.json) and the sandbox credentials under
 * the ids `npm start` uses. The triggers run through n8n's own polling activation (`publish:workflow` +
 * `n8n start`, runPollingMany): the first start only primes their state; between starts the test moves
 * records in the sandbox (`/__sandbox/advance`). Assertions are on the sandbox's final state and journal.
 *
 * The re-run of part 1 for the same order is a manual copy of the shipped workflow (own id) whose
 * "SHOPLINE Trigger" node is replaced by Manual Trigger → a Code node of the same name that outputs the
 * very item the real trigger emitted; every node after it is the shipped one. That is what retrying the
 * execution from n8n's Executions list does, and it must not create a second order or fulfillment in S2.
 */
import { S2, S2_SEED, SHOPLINE_SEED, startSandbox, type RunningSandbox } from '../../sandbox/src';
import { remembers } from '../support/trackedState';
import {
	executeOrThrow,
	executionCounts,
	loadExample,
	runTriggers,
	sandboxControl,
	sandboxCredentials,
	type ExampleWorkflow,
} from './support/examples';
import { RealN8n, type Json } from './support/n8n';

jest.setTimeout(600_000);

const STORE_TO_S2 = loadExample('store-order-to-s2');
const S2_TO_STORE = loadExample('s2-tracking-to-store');
const ALL = [STORE_TO_S2.id, S2_TO_STORE.id];
const RERUN_ID = 'e2eMirrorRerun01';

/** #1006: open, unshipped, payment `authorized` in the seed (a T-shirt and a mug); one advance makes it paid. */
const STORE_ORDER = SHOPLINE_SEED.orders.authorized;
/** #1004: unpaid; one advance makes it `pending`, which must not go to the warehouse. */
const UNPAID_ORDER = SHOPLINE_SEED.orders.unpaid;
const A = S2_SEED.orgA;
/** The mapping kept in "Map Order for S2": SKU-SANDBOX-T-SHIRT → SKU-GREY, SKU-SANDBOX-MUG → MUG-BLUE-12OZ. */
const T_SHIRT = A.products[1];
const MUG = A.products[2];

/** Part 1 with its trigger replaced by Manual Trigger → "SHOPLINE Trigger" (Code) emitting `item` again. */
function rerunCopy(workflow: ExampleWorkflow, item: Json): ExampleWorkflow {
	const trigger = workflow.nodes.find((n) => n.name === 'SHOPLINE Trigger');
	if (!trigger) throw new Error('SHOPLINE Trigger not found');
	const manual = {
		id: '00000000-0000-4000-8000-00000000e2e1',
		name: 'Manual Trigger',
		type: 'n8n-nodes-base.manualTrigger',
		typeVersion: 1,
		position: [trigger.position[0] - 220, trigger.position[1]] as [number, number],
		parameters: {},
	};
	const replay = {
		id: trigger.id,
		name: trigger.name,
		type: 'n8n-nodes-base.code',
		typeVersion: 2,
		position: trigger.position,
		parameters: {
			mode: 'runOnceForAllItems',
			language: 'javaScript',
			jsCode: `return ${JSON.stringify([{ json: item }])};`,
		},
	};
	return {
		...workflow,
		id: RERUN_ID,
		name: `${workflow.name} (re-run of one order)`,
		nodes: [manual, replay, ...workflow.nodes.filter((n) => n.name !== trigger.name)],
		connections: {
			...workflow.connections,
			[manual.name]: { main: [[{ node: trigger.name, type: 'main', index: 0 }]] },
		},
	};
}

/* eslint-disable @typescript-eslint/no-explicit-any -- whole-state snapshots of the sandbox */
type State = any;

describe('Example 2: 3PL mirror, SHOPLINE paid order → S2 → tracking number back to SHOPLINE (real n8n)', () => {
	let sandbox: RunningSandbox;
	let n8n: RealN8n;
	let seed: State;
	let triggerItem: Json;
	let s2OrderId: string;
	let s2FulfillmentId: string;

	const control = () => sandboxControl(sandbox.url);
	const state = (): Promise<State> => control().state();
	const journal = (api: string) => control().journal(api);
	const clearJournal = () => control().clearJournal();
	const writes = async (api: string) =>
		(await journal(api))
			.filter((e) => e.method !== 'GET')
			.map((e) => `${e.method} ${e.path} ${e.status}`);
	const advance = (api: string, kind: string, id: string) => control().advance(api, kind, id);
	/** One `n8n start` with both workflows published; waits for these cumulative execution counts. */
	const runBoth = (minExecutions: Record<string, number> = {}) =>
		runTriggers(n8n, ALL, minExecutions);
	const counts = (run: Parameters<typeof executionCounts>[0]) => executionCounts(run, ALL);
	const s2Orders = (s: State) => s.s2.orders.filter((o: State) => o.channelOrderId === STORE_ORDER);
	const s2Fulfillments = (s: State) =>
		s.s2.fulfillments.filter((f: State) => f.channelFulfillmentId === STORE_ORDER);

	beforeAll(async () => {
		n8n = await RealN8n.create();
		sandbox = await startSandbox({ port: 0 });
		seed = await state();
		await n8n.importCredentials(sandboxCredentials(sandbox.url));
		await n8n.importWorkflows([STORE_TO_S2, S2_TO_STORE]);
	});

	afterAll(async () => {
		await sandbox?.close();
		await n8n?.dispose();
	});

	it('first activation of both triggers only primes their state', async () => {
		const run = await runBoth();
		expect(counts(run)).toEqual({ [STORE_TO_S2.id]: 0, [S2_TO_STORE.id]: 0 });
		expect(remembers(run.byId[STORE_TO_S2.id].staticData, STORE_ORDER)).toBe(true);
		expect(remembers(run.byId[S2_TO_STORE.id].staticData, A.orders.assigned)).toBe(true);
		expect(await writes('s2')).toEqual([]);
		expect(await writes('shopline')).toEqual([]);
		expect(await state()).toEqual(seed);
	});

	it('a SHOPLINE order becomes paid → S2 holds the order (mapped SKUs, store address) and exactly one fulfillment for it', async () => {
		expect(await advance('shopline', 'payment', STORE_ORDER)).toEqual([
			expect.objectContaining({ from: 'authorized', to: 'paid' }),
		]);
		expect(await advance('shopline', 'payment', UNPAID_ORDER)).toEqual([
			expect.objectContaining({ from: 'unpaid', to: 'pending' }),
		]);
		await clearJournal();

		const run = await runBoth({ [STORE_TO_S2.id]: 1 });
		expect(counts(run)).toEqual({ [STORE_TO_S2.id]: 1, [S2_TO_STORE.id]: 0 });
		const [execution] = run.byId[STORE_TO_S2.id].executions;
		// Both payment changes were emitted; only the paid one passed the filter.
		expect(execution.outputs['SHOPLINE Trigger'].map((o) => [o.id, o.financial_status])).toEqual(
			expect.arrayContaining([
				[STORE_ORDER, 'paid'],
				[UNPAID_ORDER, 'pending'],
			]),
		);
		expect(execution.outputs['Only Paid Orders'].map((o) => o.id)).toEqual([STORE_ORDER]);
		triggerItem = execution.outputs['SHOPLINE Trigger'].find((o) => o.id === STORE_ORDER) as Json;

		const now = await state();
		const store = now.shopline.orders.find((o: State) => o.id === STORE_ORDER);
		const orders = s2Orders(now);
		expect(orders).toHaveLength(1);
		s2OrderId = orders[0].id;
		const address = store.shipping_address;
		expect(orders[0]).toMatchObject({
			organizationId: S2.orgA,
			accountId: A.accounts.sandboxStore,
			status: 'UNFULFILLED',
			currencyId: 'USD',
			channelOrderDate: new Date(store.created_at).toISOString(),
			shippingAddress: {
				name: address.name,
				company: '',
				address1: address.address1,
				address2: address.address2,
				city: address.city,
				state: address.province_code,
				postalCode: address.zip,
				countryId: address.country_code,
				phone: address.phone,
				email: store.email,
			},
		});
		expect(
			orders[0].items.map((i: State) => ({
				productId: i.productId,
				quantity: i.quantity,
				price: i.price,
				channelOrderItemId: i.channelOrderItemId,
			})),
		).toEqual([
			{
				productId: T_SHIRT,
				quantity: 1,
				price: 19.99,
				channelOrderItemId: SHOPLINE_SEED.lineItems.authorized[0],
			},
			{ productId: MUG, quantity: 1, price: 7, channelOrderItemId: store.line_items[1].id },
		]);

		const fulfillments = s2Fulfillments(now);
		expect(fulfillments).toHaveLength(1);
		s2FulfillmentId = fulfillments[0].id;
		expect(fulfillments[0]).toMatchObject({
			orderId: s2OrderId,
			orderAccountId: A.accounts.sandboxStore,
			status: 'CREATED',
			address: orders[0].shippingAddress,
		});
		expect(fulfillments[0].items.map((i: State) => [i.productId, i.quantity])).toEqual([
			[T_SHIRT, 1],
			[MUG, 1],
		]);
		expect(fulfillments[0].shipments).toHaveLength(1);
		// The unpaid order is not in S2.
		expect(now.s2.orders.filter((o: State) => o.channelOrderId === UNPAID_ORDER)).toEqual([]);
		expect(now.s2.orders).toHaveLength(seed.s2.orders.length + 1);
		expect(now.s2.fulfillments).toHaveLength(seed.s2.fulfillments.length + 1);

		// Looked up first by the workflow (not found), then by Create Order in S2 for its Idempotency Key
		// (the channel order ID; not found) right before it creates: one order, one fulfillment.
		const s2 = await journal('s2');
		const searches = s2.filter(
			(e) => e.method === 'GET' && e.path === '/order' && e.query.term === STORE_ORDER,
		);
		expect(searches).toHaveLength(2);
		const create = s2.findIndex((e) => e.method === 'POST' && e.path === '/order');
		expect(s2[create - 1]).toBe(searches[1]);
		expect(await writes('s2')).toEqual(['POST /order 200', 'POST /fulfillment 200']);
		const createFulfillment = s2.find((e) => e.method === 'POST' && e.path === '/fulfillment');
		expect(createFulfillment?.body).toMatchObject({
			channelFulfillmentId: STORE_ORDER,
			orderId: s2OrderId,
		});
		expect(await writes('shopline')).toEqual([]);
	});

	it('part 1 run again for the same order (manual copy fed the same trigger item): still one order and one fulfillment in S2', async () => {
		const before = await state();
		await n8n.importWorkflows([rerunCopy(STORE_TO_S2, triggerItem)]);
		await clearJournal();

		const res = await executeOrThrow(n8n, RERUN_ID);

		const now = await state();
		expect(s2Orders(now)).toHaveLength(1);
		expect(s2Fulfillments(now)).toHaveLength(1);
		expect(now.s2).toEqual(before.s2);
		// Found the order this time (no POST /order); S2 refused the repeated Channel Fulfillment ID and the
		// node returned the existing fulfillment.
		expect(await writes('s2')).toEqual(['POST /fulfillment 409']);
		expect(res.outputs['Match S2 Order']).toEqual([
			expect.objectContaining({ shoplineOrderId: STORE_ORDER, s2OrderId }),
		]);
		expect(res.outputs['Create Order in S2']).toBeUndefined();
		expect(res.outputs['Create Fulfillment in S2']).toEqual([
			expect.objectContaining({ id: s2FulfillmentId, alreadyExists: true }),
		]);
	});

	it('the triggers again: the SHOPLINE Trigger does not repeat the order; the S2 Trigger learns the new order, no tracking yet', async () => {
		const before = await state();
		await clearJournal();
		const run = await runBoth({ [STORE_TO_S2.id]: 1 });
		expect(counts(run)).toEqual({ [STORE_TO_S2.id]: 1, [S2_TO_STORE.id]: 0 });
		expect(remembers(run.byId[S2_TO_STORE.id].staticData, s2FulfillmentId)).toBe(true);
		expect(await writes('s2')).toEqual([]);
		expect(await writes('shopline')).toEqual([]);
		expect(await state()).toEqual(before);
	});

	it('S2 ships the fulfillment (tracking number assigned) → the SHOPLINE order has a fulfillment with that tracking number, customer notified', async () => {
		expect(await advance('s2', 'fulfillment', s2FulfillmentId)).toEqual([
			expect.objectContaining({ from: 'CREATED', to: 'PENDING' }),
		]);
		expect(await advance('s2', 'fulfillment', s2FulfillmentId)).toEqual([
			expect.objectContaining({ from: 'PENDING', to: 'SHIPPED' }),
		]);
		const shipped = s2Fulfillments(await state())[0];
		const [shipment] = shipped.shipments;
		expect(shipment.trackingNumber).toMatch(/^S2[0-9A-F]{12}$/);
		await clearJournal();

		const run = await runBoth({ [STORE_TO_S2.id]: 1, [S2_TO_STORE.id]: 1 });
		expect(counts(run)).toEqual({ [STORE_TO_S2.id]: 1, [S2_TO_STORE.id]: 1 });
		const [execution] = run.byId[S2_TO_STORE.id].executions;
		expect(execution.outputs['S2 Trigger']).toEqual([
			expect.objectContaining({
				event: 'trackingNumberAssigned',
				fulfillmentId: s2FulfillmentId,
				orderId: s2OrderId,
				trackingNumber: shipment.trackingNumber,
			}),
		]);

		const now = await state();
		const order = now.shopline.orders.find((o: State) => o.id === STORE_ORDER);
		expect(order.fulfillment_status).toBe('shipped');
		expect(order.fulfillments).toHaveLength(1);
		expect(order.fulfillments[0]).toMatchObject({
			notify_customer: true,
			tracking_info_list: [
				{
					tracking_company: 'Other',
					tracking_number: shipment.trackingNumber,
					tracking_url: shipment.trackingUrl,
				},
			],
		});
		expect(order.line_items.map((l: State) => l.fulfillable_quantity)).toEqual([0, 0]);
		expect(s2Orders(now)[0].status).toBe('FULFILLED');

		// One fulfillment created in the store, for all unfulfilled line items of #1006.
		const posts = (await journal('shopline')).filter((e) => e.method === 'POST');
		expect(posts.map((e) => `${e.path} ${e.status}`)).toEqual([
			`/orders/${STORE_ORDER}/fulfillments.json 201`,
		]);
		const sent = (posts[0].body as State).fulfillment;
		expect(sent.line_items.map((l: State) => ({ id: String(l.id), quantity: l.quantity }))).toEqual(
			seed.shopline.orders
				.find((o: State) => o.id === STORE_ORDER)
				.line_items.map((l: State) => ({ id: String(l.id), quantity: l.quantity })),
		);
		expect(await writes('s2')).toEqual([]);
		// S2 still holds exactly one order and one fulfillment for the store order.
		expect(s2Orders(now)).toHaveLength(1);
		expect(s2Fulfillments(now)).toHaveLength(1);
	});
});
