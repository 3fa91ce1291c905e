/**
 * Example 3 end to end in the pinned real n8n: examples/scheduled-reorder.json as shipped, against the
 * sandbox. `n8n execute` needs a Manual Trigger, so the test swaps the workflow's Schedule Trigger for one
 * (same name and connections: withManualTrigger); everything after the trigger is the shipped workflow.
 *
 * Seed: the 1688 offer 700000000001 ("Wholesale Sports Shoes", SKU w001 at 89.00) has no package in the
 * warehouse and no open purchase order, so it is below its reorder point; the "Adidas Backpack" rule has a
 * package in the warehouse and is not. The wallet has 975.00 CNY available.
 *
 *   1. run: one purchase order for the low SKU (6 × 89.00), the wallet charged once;
 *   2. run again: the open order counts as stock, so nothing is bought;
 *   3. a copy whose Reorder Settings ask for far more than the wallet holds: the execution fails in
 *      Stop and Error with the amounts, and no purchase order is created.
 */
import {
	FULFILLBOT_SEED,
	startSandbox,
	type JournalEntry,
	type RunningSandbox,
} from '../../sandbox/src';
import {
	executeOrThrow,
	loadExample,
	newOrders,
	sandboxCredentials,
	withManualTrigger,
	type ExampleWorkflow,
} from './support/examples';
import { RealN8n, type Json } from './support/n8n';

jest.setTimeout(600_000);

const SHIPPED = loadExample('scheduled-reorder');
// The Schedule Trigger becomes a Manual Trigger: `n8n execute` can only start workflows that have one.
const REORDER = withManualTrigger(SHIPPED, 'Schedule Trigger');
const SHOES = {
	productId: FULFILLBOT_SEED.products.wholesaleShoes1688,
	offerId: FULFILLBOT_SEED.offerId,
	skuId: 'w001',
	price: 89,
};

/** A copy (own id) whose shoes rule wants 200 in stock: far more than the wallet can pay for. */
function overBudgetCopy(workflow: ExampleWorkflow): ExampleWorkflow {
	const copy = JSON.parse(JSON.stringify(workflow)) as ExampleWorkflow;
	const node = copy.nodes.find((n) => n.name === 'Reorder Settings');
	const parameters = node?.parameters as { jsonOutput: string } | undefined;
	if (!parameters) throw new Error('Reorder Settings not found');
	const settings = JSON.parse(parameters.jsonOutput) as {
		rules: Array<{ offerId: string; reorderPoint: number; orderUpTo: number }>;
	};
	const rule = settings.rules.find((r) => r.offerId === SHOES.offerId);
	if (!rule) throw new Error(`no rule for offer ${SHOES.offerId} in Reorder Settings`);
	Object.assign(rule, { reorderPoint: 200, orderUpTo: 200 });
	parameters.jsonOutput = JSON.stringify(settings, null, 2);
	return { ...copy, id: 'e2eReorderBudget', name: `${copy.name} (over budget)` };
}

/* eslint-disable @typescript-eslint/no-explicit-any -- whole-state snapshots of the sandbox */
type State = any;

describe('Example 3: scheduled reorder from 1688 (real n8n)', () => {
	let sandbox: RunningSandbox;
	let n8n: RealN8n;
	let seed: State;
	let orderNo: string;

	const state = async (): Promise<State> => (await fetch(`${sandbox.url}/__sandbox/state`)).json();
	const journal = async (): Promise<JournalEntry[]> =>
		(await fetch(`${sandbox.url}/__sandbox/journal?api=fulfillbot`)).json() as Promise<
			JournalEntry[]
		>;
	const clearJournal = async () => {
		await fetch(`${sandbox.url}/__sandbox/journal`, { method: 'DELETE' });
	};
	const requests = async () => (await journal()).map((e) => `${e.method} ${e.path} ${e.status}`);
	const available = (s: State) => {
		const w = s.fulfillbot.wallets[0];
		return Math.round((w.balance - w.frozenBalance) * 100) / 100;
	};

	beforeAll(async () => {
		n8n = await RealN8n.create();
		sandbox = await startSandbox({ port: 0 });
		await n8n.importCredentials(sandboxCredentials(sandbox.url));
		await n8n.importWorkflows([REORDER, overBudgetCopy(REORDER)]);
		seed = await state();
	});

	afterAll(async () => {
		await sandbox?.close();
		await n8n?.dispose();
	});

	it('the shipped file runs on a Schedule Trigger', () => {
		expect(SHIPPED.nodes.find((n) => n.name === 'Schedule Trigger')?.type).toBe(
			'n8n-nodes-base.scheduleTrigger',
		);
		expect(available(seed)).toBe(FULFILLBOT_SEED.wallet.availableBalance);
		expect(seed.fulfillbot.products.find((p: Json) => p.id === SHOES.productId)?.inCatalog).toBe(
			false,
		);
	});

	it('enough balance: one purchase order for the low SKU, the wallet charged once', async () => {
		const res = await executeOrThrow(n8n, REORDER.id);

		const after = await state();
		const created = newOrders(after, seed);
		expect(created).toHaveLength(1);
		orderNo = created[0].orderNo;
		expect(created[0]).toMatchObject({
			status: 'pending',
			platform: '1688',
			totalAmount: 6 * SHOES.price,
		});
		expect(created[0].items).toEqual([
			expect.objectContaining({
				productId: SHOES.productId,
				skuId: SHOES.skuId,
				quantity: 6,
				price: SHOES.price,
			}),
		]);
		expect(created[0].remark).toMatch(
			/^Automatic reorder: Sports shoes, black \/ 42 \(0 in warehouse, 0 on order\)$/,
		);

		// Charged once: one payment transaction for the order, available balance down by its amount.
		const payments = after.fulfillbot.transactions.filter((t: Json) => t.orderNo === orderNo);
		expect(payments).toEqual([
			expect.objectContaining({ type: 'order_payment', amount: -6 * SHOES.price }),
		]);
		expect(available(after)).toBe(FULFILLBOT_SEED.wallet.availableBalance - 6 * SHOES.price);
		// The offer was imported into the catalog first.
		expect(after.fulfillbot.products.find((p: Json) => p.id === SHOES.productId)?.inCatalog).toBe(
			true,
		);

		const sent = await journal();
		expect(sent.filter((e) => e.method === 'POST').map((e) => [e.path, e.body, e.status])).toEqual([
			['/products/import/1688', { offerId: SHOES.offerId }, 200],
			[
				'/orders',
				{
					items: [{ productId: String(SHOES.productId), skuId: SHOES.skuId, quantity: 6 }],
					remark: created[0].remark,
				},
				201,
			],
		]);
		// The balance was read after the import and before the order.
		const paths = sent.map((e) => `${e.method} ${e.path}`);
		expect(paths.indexOf('GET /user/wallet/balance')).toBeGreaterThan(
			paths.indexOf('POST /products/import/1688'),
		);
		expect(paths.indexOf('GET /user/wallet/balance')).toBeLessThan(paths.indexOf('POST /orders'));
		expect(res.outputs['Create Purchase Order']).toEqual([expect.objectContaining({ orderNo })]);
	});

	it('run again: the open purchase order counts as stock, nothing is bought', async () => {
		const before = await state();
		await clearJournal();
		const res = await executeOrThrow(n8n, REORDER.id);

		const after = await state();
		expect(after.fulfillbot.orders).toEqual(before.fulfillbot.orders);
		expect(after.fulfillbot.transactions).toEqual(before.fulfillbot.transactions);
		// Reads only: the packages, the purchase orders, and the details of the open ones (ours among them).
		const sent = await requests();
		expect(sent.filter((r) => !r.startsWith('GET '))).toEqual([]);
		expect(sent).toContain(`GET /orders/${orderNo} 200`);
		expect(res.outputs['Find Low SKUs'] ?? []).toEqual([]);
	});

	it('balance cannot cover it: the execution fails in Stop and Error, no purchase order is created', async () => {
		const before = await state();
		await clearJournal();
		const res = await n8n.execute('e2eReorderBudget');

		expect(res.ok).toBe(false);
		expect(res.lastNodeExecuted).toBe('Stop and Error');
		// 200 wanted, 6 on order → 194 × 89.00; the first run left 975.00 - 534.00 available.
		const cost = (194 * SHOES.price).toFixed(2);
		const left = (FULFILLBOT_SEED.wallet.availableBalance - 6 * SHOES.price).toFixed(2);
		expect(res.error?.message).toBe(
			`Reorder stopped: it costs ${cost} CNY (194 × w001 Wholesale Sports Shoes), but the Fulfillbot wallet has only ${left} CNY available. ` +
				'Top up the wallet or lower the quantities in Reorder Settings. No purchase order was created.',
		);

		const after = await state();
		expect(after.fulfillbot.orders).toEqual(before.fulfillbot.orders);
		expect(after.fulfillbot.transactions).toEqual(before.fulfillbot.transactions);
		expect(after.fulfillbot.wallets).toEqual(before.fulfillbot.wallets);
		const sent = await requests();
		expect(sent).toContain('GET /user/wallet/balance 200');
		expect(sent.filter((r) => r.startsWith('POST /orders'))).toEqual([]);
		expect(res.outputs['Create Purchase Order']).toBeUndefined();
	});
});
