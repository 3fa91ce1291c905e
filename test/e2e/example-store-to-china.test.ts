/**
 * Example 1 end to end in the pinned real n8n: a paid SHOPLINE order is bought in China through Fulfillbot,
 * shipped from Fulfillbot's warehouse to the store customer, and its tracking number goes back to SHOPLINE.
 *
 * The three workflows are imported as shipped (examples/*.json) with the sandbox credentials under the ids
 * `npm start` uses. Their triggers run through n8n's own polling activation: `publish:workflow` + `n8n start`
 * (runPollingMany), where activation polls each trigger once. The first start only primes the triggers'
 * state; between starts the test moves records in the sandbox (`/__sandbox/advance`) and the next start
 * runs the workflow that reacts. Assertions are on the sandbox's final state and journal.
 */
import {
	FULFILLBOT_SEED,
	SHOPLINE_SEED,
	startSandbox,
	type RunningSandbox,
} from '../../sandbox/src';
import { remembers, trackedCount, trackedExactly } from '../support/trackedState';
import {
	executionCounts,
	loadExample,
	newOrders,
	runTriggers,
	sandboxControl,
	sandboxCredentials,
} from './support/examples';
import { RealN8n } from './support/n8n';

jest.setTimeout(600_000);

const STORE_TO_PO = loadExample('store-order-to-purchase-order');
const PACKAGE_TO_SHIPPING = loadExample('package-arrived-ship-to-customer');
const SHIPPED_TO_STORE = loadExample('shipped-tracking-to-store');
const ALL = [STORE_TO_PO.id, PACKAGE_TO_SHIPPING.id, SHIPPED_TO_STORE.id];

/** #1006: open, unshipped, payment `authorized` in the seed; one advance makes it paid. */
const STORE_ORDER = SHOPLINE_SEED.orders.authorized;
/** #1004: unpaid; one advance makes it `pending`, which must not be bought. */
const UNPAID_ORDER = SHOPLINE_SEED.orders.unpaid;

/* eslint-disable @typescript-eslint/no-explicit-any -- whole-state snapshots of the sandbox */
type State = any;

describe('Example 1: SHOPLINE order → Fulfillbot purchase → shipping → tracking back to SHOPLINE (real n8n)', () => {
	let sandbox: RunningSandbox;
	let n8n: RealN8n;
	let seed: State;
	let purchaseOrderNo: string;
	let shippingOrderNo: string;

	const control = () => sandboxControl(sandbox.url);
	const state = (): Promise<State> => control().state();
	const journal = (api: string) => control().journal(api);
	const advance = (api: string, kind: string, id: string) => control().advance(api, kind, id);
	const runAll = (minExecutions: Record<string, number> = {}) =>
		runTriggers(n8n, ALL, minExecutions);
	const executions = (run: Parameters<typeof executionCounts>[0]) => executionCounts(run, ALL);

	beforeAll(async () => {
		n8n = await RealN8n.create();
		sandbox = await startSandbox({ port: 0 });
		seed = await state();
		await n8n.importCredentials(sandboxCredentials(sandbox.url));
		await n8n.importWorkflows([STORE_TO_PO, PACKAGE_TO_SHIPPING, SHIPPED_TO_STORE]);
	});

	afterAll(async () => {
		await sandbox?.close();
		await n8n?.dispose();
	});

	it('first activation of the three triggers only primes their state', async () => {
		const run = await runAll();
		expect(executions(run)).toEqual({
			[STORE_TO_PO.id]: 0,
			[PACKAGE_TO_SHIPPING.id]: 0,
			[SHIPPED_TO_STORE.id]: 0,
		});
		// Each trigger polled its list once and saved what it saw.
		expect(remembers(run.byId[STORE_TO_PO.id].staticData, STORE_ORDER)).toBe(true);
		// Packages are told apart by an arrival watermark: the newest seeded package is 103.
		const packages = run.byId[PACKAGE_TO_SHIPPING.id].staticData as {
			'node:Fulfillbot Trigger': { packages: { statuses: unknown } };
		};
		expect(packages).toEqual({
			'node:Fulfillbot Trigger': {
				packages: expect.objectContaining({
					idsAtSince: [String(FULFILLBOT_SEED.shippedPackageId)],
				}),
			},
		});
		expect(trackedCount(packages['node:Fulfillbot Trigger'].packages.statuses)).toBe(0);
		const shipping = run.byId[SHIPPED_TO_STORE.id].staticData as {
			'node:Fulfillbot Trigger': { shippingOrders: { statuses: unknown } };
		};
		expect(Object.keys(shipping)).toEqual(['node:Fulfillbot Trigger']);
		expect(
			trackedExactly(shipping['node:Fulfillbot Trigger'].shippingOrders.statuses, [
				FULFILLBOT_SEED.shippingOrderNo,
			]),
		).toEqual({
			[FULFILLBOT_SEED.shippingOrderNo]: 'shipped',
		});
		const fulfillbot = await journal('fulfillbot');
		expect(fulfillbot.filter((e) => e.path === '/warehouse/packages')).toHaveLength(1);
		expect(fulfillbot.filter((e) => e.path === '/shipping/orders')).toHaveLength(1);
		expect(fulfillbot.filter((e) => e.method !== 'GET')).toEqual([]);
		expect(await state()).toEqual(seed);
	});

	it('a SHOPLINE order becomes paid → one Fulfillbot purchase order with the mapped items (an unpaid one is not bought)', async () => {
		expect(await advance('shopline', 'payment', STORE_ORDER)).toEqual([
			expect.objectContaining({ from: 'authorized', to: 'paid' }),
		]);
		expect(await advance('shopline', 'payment', UNPAID_ORDER)).toEqual([
			expect.objectContaining({ from: 'unpaid', to: 'pending' }),
		]);

		const run = await runAll({ [STORE_TO_PO.id]: 1 });
		expect(executions(run)).toEqual({
			[STORE_TO_PO.id]: 1,
			[PACKAGE_TO_SHIPPING.id]: 0,
			[SHIPPED_TO_STORE.id]: 0,
		});

		const now = await state();
		const created = newOrders(now, seed);
		expect(created).toHaveLength(1);
		const [po] = created;
		purchaseOrderNo = po.orderNo;
		// The mapping kept in "Map SKUs to Fulfillbot": T-shirt → 12348/dj01, mug → 67890/s010, one each on #1006.
		expect(po).toMatchObject({
			status: 'pending',
			remark: `SHOPLINE #1006 order_id=${STORE_ORDER}`,
		});
		expect(
			po.items.map((i: State) => ({
				productId: i.productId,
				skuId: i.skuId,
				quantity: i.quantity,
			})),
		).toEqual([
			{ productId: FULFILLBOT_SEED.products.denimJacket, skuId: 'dj01', quantity: 1 },
			{ productId: FULFILLBOT_SEED.products.toteBag, skuId: 's010', quantity: 1 },
		]);
		const posts = (await journal('fulfillbot')).filter((e) => e.method === 'POST');
		expect(posts.map((e) => `${e.path} ${e.status}`)).toEqual(['/orders 201']);
	});

	it('the purchase order reaches the warehouse → one shipping order to the SHOPLINE customer, cheapest channel', async () => {
		for (const to of ['paid', 'purchased', 'shipped_to_warehouse', 'in_warehouse']) {
			expect(await advance('fulfillbot', 'order', purchaseOrderNo)).toEqual([
				expect.objectContaining({ to }),
			]);
		}
		const packages = (await state()).fulfillbot.packages.filter(
			(p: State) => p.orderId === purchaseOrderNo,
		);
		expect(packages).toHaveLength(2); // one package per order line, arriving together

		const run = await runAll({ [STORE_TO_PO.id]: 1, [PACKAGE_TO_SHIPPING.id]: 1 });
		expect(executions(run)).toEqual({
			[STORE_TO_PO.id]: 1,
			[PACKAGE_TO_SHIPPING.id]: 1,
			[SHIPPED_TO_STORE.id]: 0,
		});

		const now = await state();
		const created = now.fulfillbot.shippingOrders.filter(
			(o: State) => !seed.fulfillbot.shippingOrders.some((s: State) => s.orderNo === o.orderNo),
		);
		expect(created).toHaveLength(1);
		const [shipping] = created;
		shippingOrderNo = shipping.orderNo;
		const address = now.shopline.orders.find((o: State) => o.id === STORE_ORDER).shipping_address;
		expect(shipping).toMatchObject({
			status: 'pending',
			recipientName: address.name,
			recipientPhone: address.phone,
			recipientCountry: address.country_code,
			recipientState: address.province,
			recipientCity: address.city,
			recipientAddress: address.address1,
			recipientZipCode: address.zip,
			remark: `SHOPLINE #1006 order_id=${STORE_ORDER} purchase_order=${purchaseOrderNo}`,
		});
		// 900 g + 400 g = 1300 g to the US: ch-001 80 + 2×35 = 150.00 beats ch-002 90 + 2×40 = 170.00;
		// ch-003 starts at 2000 g. The workflow asked for all quotes and took the cheapest.
		expect(shipping).toMatchObject({ channelId: 'ch-001', totalWeight: 1300, shippingFee: 150 });
		expect(shipping.items.map((i: State) => i.inventoryId).sort()).toEqual(
			packages.map((p: State) => p.id).sort(),
		);
		for (const p of now.fulfillbot.packages.filter((x: State) => x.orderId === purchaseOrderNo))
			expect(p.shippingOrderNo).toBe(shippingOrderNo);

		const fulfillbot = await journal('fulfillbot');
		expect(
			fulfillbot.filter((e) => e.path === '/logistics/calculate-freight-batch').map((e) => e.body),
		).toEqual([{ country: 'US', weight: 1300 }]);
		expect(
			fulfillbot
				.filter((e) => e.method === 'POST' && e.path !== '/logistics/calculate-freight-batch')
				.map((e) => `${e.path} ${e.status}`),
		).toEqual(['/orders 201', '/shipping/create 201']);
		expect((await journal('shopline')).filter((e) => e.method !== 'GET')).toEqual([]);
	});

	it('the shipping order ships → the SHOPLINE order has a fulfillment with its tracking number; the wallet was charged once for each', async () => {
		// The tracking workflow's trigger has not seen this shipping order yet (its activation poll ran before
		// the order existed): a shipping order created and shipped between two polls is reported as a change
		// with previousStatus null.
		expect(await advance('fulfillbot', 'shipping-order', shippingOrderNo)).toEqual([
			expect.objectContaining({ from: 'pending', to: 'shipped' }),
		]);

		const run = await runAll({
			[STORE_TO_PO.id]: 1,
			[PACKAGE_TO_SHIPPING.id]: 1,
			[SHIPPED_TO_STORE.id]: 1,
		});
		expect(executions(run)).toEqual({
			[STORE_TO_PO.id]: 1,
			[PACKAGE_TO_SHIPPING.id]: 1,
			[SHIPPED_TO_STORE.id]: 1,
		});

		const now = await state();
		const shipping = now.fulfillbot.shippingOrders.find(
			(o: State) => o.orderNo === shippingOrderNo,
		);
		expect(shipping.trackingNo).toMatch(/^EMS\d+CN$/);
		const order = now.shopline.orders.find((o: State) => o.id === STORE_ORDER);
		expect(order.fulfillment_status).toBe('shipped');
		expect(order.fulfillments).toHaveLength(1);
		expect(order.fulfillments[0]).toMatchObject({
			notify_customer: true,
			tracking_info_list: [{ tracking_company: 'EMS', tracking_number: shipping.trackingNo }],
		});
		expect(order.line_items.map((l: State) => l.fulfillable_quantity)).toEqual([0, 0]);

		const posts = (await journal('shopline')).filter((e) => e.method === 'POST');
		expect(posts).toHaveLength(1);
		expect(posts[0].path).toBe(`/orders/${STORE_ORDER}/fulfillments.json`);
		// All unfulfilled line items of #1006 with their quantities, the tracking number and carrier, customer notified.
		const sent = (posts[0].body as State).fulfillment;
		expect(sent.line_items.map((l: State) => ({ id: String(l.id), quantity: l.quantity }))).toEqual(
			seed.shopline.orders
				.find((o: State) => o.id === STORE_ORDER)
				.line_items.map((l: State) => ({ id: String(l.id), quantity: l.quantity })),
		);
		expect(sent).toMatchObject({
			notify_customer: true,
			tracking_info_list: [{ tracking_company: 'EMS', tracking_number: shipping.trackingNo }],
		});

		// Money: exactly one purchase order and one shipping order since the seed, each charged once.
		const newTransactions = now.fulfillbot.transactions.slice(seed.fulfillbot.transactions.length);
		expect(newTransactions.map((t: State) => [t.type, t.orderNo, t.amount])).toEqual([
			['order_payment', purchaseOrderNo, -317],
			['shipping_fee', shippingOrderNo, -150],
		]);
		expect(now.fulfillbot.orders).toHaveLength(seed.fulfillbot.orders.length + 1);
		expect(now.fulfillbot.shippingOrders).toHaveLength(seed.fulfillbot.shippingOrders.length + 1);
		const wallet = (w: State) => w.fulfillbot.wallets[0];
		expect(wallet(now).balance).toBe(wallet(seed).balance - 150);
		expect(wallet(now).frozenBalance).toBe(wallet(seed).frozenBalance + 317);
	});
});
