/**
 * The low-stock reorder example end to end in the pinned real n8n: examples/shopline-low-stock-reorder.json
 * as shipped (Schedule Trigger swapped for a Manual Trigger), against the sandbox.
 *
 * Seed: SKU-GREY has 5 at the store's Main Warehouse (reorder point 10, order up to 12), "test" has 30
 * (not low). Fulfillbot: 1688 offer 700000000001 SKU w001 at 89.00, no open purchase order, 975.00 CNY
 * available.
 *
 *   1. run: one purchase order of 7 × w001 (12 − 5), the wallet charged once;
 *   2. run again: the open order counts as stock, nothing is bought.
 */
import {
	FULFILLBOT_SEED,
	SHOPLINE_CATALOG,
	startSandbox,
	type RunningSandbox,
} from '../../sandbox/src';
import {
	executeOrThrow,
	loadExample,
	newOrders,
	sandboxCredentials,
	withManualTrigger,
} from './support/examples';
import { RealN8n } from './support/n8n';

/* eslint-disable @typescript-eslint/no-explicit-any -- whole-state snapshots of the sandbox */
type Json = any;

jest.setTimeout(600_000);

const SHIPPED = loadExample('shopline-low-stock-reorder');
const REORDER = withManualTrigger(SHIPPED, 'Schedule Trigger');
const C = SHOPLINE_CATALOG;

describe('Example: reorder from 1688 when SHOPLINE stock is low (real n8n)', () => {
	let sandbox: RunningSandbox;
	let n8n: RealN8n;
	let seed: Json;

	const state = async (): Promise<Json> => (await fetch(`${sandbox.url}/__sandbox/state`)).json();
	const journal = async (api: string) =>
		(await (await fetch(`${sandbox.url}/__sandbox/journal?api=${api}`)).json()) as Array<{
			method: string;
			path: string;
			body: Json;
			status: number;
		}>;
	const clearJournal = async () => {
		await fetch(`${sandbox.url}/__sandbox/journal`, { method: 'DELETE' });
	};

	beforeAll(async () => {
		n8n = await RealN8n.create();
		sandbox = await startSandbox({ port: 0 });
		await n8n.importCredentials(sandboxCredentials(sandbox.url));
		await n8n.importWorkflows([REORDER]);
		seed = await state();
	});

	afterAll(async () => {
		await sandbox?.close();
		await n8n?.dispose();
	});

	it('low SKU-GREY (5 < 10): one purchase order up to 12 (7 × w001), the wallet charged once; SHOPLINE only read', async () => {
		await executeOrThrow(n8n, REORDER.id);

		const after = await state();
		const created = newOrders(after, seed);
		expect(created).toHaveLength(1);
		expect(created[0].items).toEqual([
			expect.objectContaining({ skuId: 'w001', quantity: 7, price: 89 }),
		]);
		expect(created[0].remark).toBe(
			'Automatic reorder: Headphones, grey (5 in the SHOPLINE store, 0 on order)',
		);
		const payments = after.fulfillbot.transactions.filter(
			(t: Json) => t.orderNo === created[0].orderNo,
		);
		expect(payments).toEqual([expect.objectContaining({ type: 'order_payment', amount: -7 * 89 })]);

		const shopline = await journal('shopline');
		expect(shopline.filter((e) => e.method !== 'GET')).toEqual([]);
		expect(shopline.map((e) => e.path)).toEqual([
			'/products/products.json',
			'/inventory_levels.json',
		]);
		const posts = (await journal('fulfillbot')).filter((e) => e.method === 'POST');
		expect(posts.map((e) => e.path)).toEqual(['/products/import/1688', '/orders']);
		expect(FULFILLBOT_SEED.offerId).toBe('700000000001');
		expect(C.levels.grey).toBe(5);
	});

	it('run again: the open purchase order counts as stock, nothing is bought', async () => {
		const before = await state();
		await clearJournal();
		const res = await executeOrThrow(n8n, REORDER.id);

		const after = await state();
		expect(after.fulfillbot.orders).toEqual(before.fulfillbot.orders);
		expect(after.fulfillbot.transactions).toEqual(before.fulfillbot.transactions);
		expect((await journal('fulfillbot')).filter((e) => e.method !== 'GET')).toEqual([]);
		expect(res.outputs['Find Low SKUs'] ?? []).toEqual([]);
	});
});
