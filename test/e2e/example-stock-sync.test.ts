/**
 * The stock-sync example end to end in the pinned real n8n: examples/s2-stock-to-shopline.json as
 * shipped (its Schedule Trigger swapped for a Manual Trigger, which `n8n execute` needs), against the
 * sandbox.
 *
 * Seed: S2 warehouse 4b1e…3e02 has "test" 30, "MUG-BLUE-12OZ" 200 − 3 allocated = 197 available, and no
 * "SKU-GREY" (so 0). The store's Main Warehouse holds test 30, SKU-GREY 5, MUG-BLUE-12OZ 10.
 *
 *   1. run: exactly two levels are set (SKU-GREY → 0, sent as 0; MUG-BLUE-12OZ → 197); "test" is equal and
 *      not sent; the catalog is read once (one request for the whole run);
 *   2. run again with nothing changed: reads only.
 */
import { S2_SEED, SHOPLINE_CATALOG, startSandbox, type RunningSandbox } from '../../sandbox/src';
import {
	executeOrThrow,
	loadExample,
	sandboxCredentials,
	withManualTrigger,
} from './support/examples';
import { RealN8n } from './support/n8n';

/* eslint-disable @typescript-eslint/no-explicit-any -- whole-state snapshots of the sandbox */
type Json = any;

jest.setTimeout(600_000);

const SHIPPED = loadExample('s2-stock-to-shopline');
const SYNC = withManualTrigger(SHIPPED, 'Schedule Trigger');
const C = SHOPLINE_CATALOG;
const MAIN = C.locations.main;

describe('Example: S2 stock → SHOPLINE stock (real n8n)', () => {
	let sandbox: RunningSandbox;
	let n8n: RealN8n;

	const state = async (): Promise<Json> => (await fetch(`${sandbox.url}/__sandbox/state`)).json();
	const journal = async (api: string) =>
		(await (await fetch(`${sandbox.url}/__sandbox/journal?api=${api}`)).json()) as Array<{
			method: string;
			path: string;
			query: Json;
			body: Json;
			status: number;
		}>;
	const clearJournal = async () => {
		await fetch(`${sandbox.url}/__sandbox/journal`, { method: 'DELETE' });
	};
	const order = (item: string) => ([C.items.grey, C.items.mug] as string[]).indexOf(item);
	const levelAtMain = (s: Json, item: string) =>
		s.shopline.catalog.levels.find(
			(l: Json) => l.inventory_item_id === item && l.location_id === MAIN,
		)?.available;

	beforeAll(async () => {
		n8n = await RealN8n.create();
		sandbox = await startSandbox({ port: 0 });
		await n8n.importCredentials(sandboxCredentials(sandbox.url));
		await n8n.importWorkflows([SYNC]);
	});

	afterAll(async () => {
		await sandbox?.close();
		await n8n?.dispose();
	});

	it('the shipped file runs on a Schedule Trigger and syncs the seeded warehouse to the Main location', () => {
		expect(SHIPPED.nodes.find((n) => n.name === 'Schedule Trigger')?.type).toBe(
			'n8n-nodes-base.scheduleTrigger',
		);
		const settings = SHIPPED.nodes.find((n) => n.name === 'Sync Settings')?.parameters as {
			jsonOutput: string;
		};
		expect(JSON.parse(settings.jsonOutput)).toEqual({
			s2WarehouseId: S2_SEED.orgA.warehouses[1],
			shoplineLocationId: MAIN,
		});
	});

	it('first run: only the two levels that differ are set, the 0 sent as 0; the catalog read once', async () => {
		const res = await executeOrThrow(n8n, SYNC.id);

		const after = await state();
		expect(levelAtMain(after, C.items.grey)).toBe(0);
		expect(levelAtMain(after, C.items.mug)).toBe(197);
		expect(levelAtMain(after, C.items.test)).toBe(30);

		const sent = await journal('shopline');
		// n8n's declarative routing sends a node's items at once (routing-node.js: Promise.allSettled), so
		// the two sets may reach the API in either order; each is set once, with its own value.
		const writes = sent
			.filter((e) => e.method !== 'GET')
			.sort((a, b) => order(a.body?.inventory_item_id) - order(b.body?.inventory_item_id));
		expect(writes.map((e) => [e.method, e.path, e.body, e.status])).toEqual([
			[
				'POST',
				'/inventory_levels/set.json',
				{ inventory_item_id: C.items.grey, location_id: MAIN, available: 0 },
				200,
			],
			[
				'POST',
				'/inventory_levels/set.json',
				{ inventory_item_id: C.items.mug, location_id: MAIN, available: 197 },
				200,
			],
		]);
		const reads = sent.filter((e) => e.method === 'GET');
		expect(reads.map((e) => e.path)).toEqual(['/products/products.json', '/inventory_levels.json']);
		expect(reads[0].query).toEqual({ limit: '250', fields: 'id,title,variants' });
		expect(reads[1].query).toEqual({
			inventory_item_ids: [C.items.test, C.items.grey, C.items.mug].join(','),
			location_ids: MAIN,
		});
		expect((await journal('s2')).map((e) => `${e.method} ${e.path}`)).toEqual([
			'GET /inventory/overview',
		]);
		expect(res.outputs['Set Level']).toEqual([
			expect.objectContaining({ inventory_item_id: C.items.grey, available: 0 }),
			expect.objectContaining({ inventory_item_id: C.items.mug, available: 197 }),
		]);
	});

	it('second run with nothing changed: reads only, no level written', async () => {
		const before = await state();
		await clearJournal();
		const res = await executeOrThrow(n8n, SYNC.id);

		const sent = await journal('shopline');
		expect(sent.filter((e) => e.method !== 'GET')).toEqual([]);
		expect(sent.map((e) => e.path)).toEqual(['/products/products.json', '/inventory_levels.json']);
		expect((await state()).shopline.catalog.levels).toEqual(before.shopline.catalog.levels);
		expect(res.outputs['Set Level'] ?? []).toEqual([]);
	});
});
