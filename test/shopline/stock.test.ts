import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { SHOPLINE, SHOPLINE_CATALOG } from '../../sandbox/src';
import { runListSearch, runPicker } from '../support/pickers';
import { useSandbox } from '../support/sandbox';
import { BLANK, shoplineTestKit, type ShoplineRunOptions } from './support';

/*
 * SHOPLINE → Inventory Item, Inventory Level and Location through n8n-core against the sandbox: the
 * items returned, the exact request received, and the level the store then holds.
 */
const sandbox = useSandbox();
const kit = shoplineTestKit(sandbox);
const { requests } = kit;
const C = SHOPLINE_CATALOG;
const main = { handle: SHOPLINE.handle, version: SHOPLINE.version };
const level = (operation: string, parameters?: IDataObject, options?: ShoplineRunOptions) =>
	kit.run('inventoryLevel', operation, parameters, options);
const item = (operation: string, parameters?: IDataObject) =>
	kit.run('inventoryItem', operation, parameters);
const location = (operation: string, parameters?: IDataObject) =>
	kit.run('location', operation, parameters);
const fromList = (value: string) => ({ __rl: true, mode: 'list', value });

/** The level of an item at a location in the sandbox's state (undefined when not connected). */
async function stored(itemId: string, locationId: string): Promise<number | undefined> {
	const state = await sandbox.state();
	const found = (state.shopline.catalog.levels as IDataObject[]).find(
		(l) => l.inventory_item_id === itemId && l.location_id === locationId,
	);
	return found?.available as number | undefined;
}

describe('SHOPLINE › Inventory Level', () => {
	it('Set 0: POST inventory_levels/set.json with "available": 0 in the body (not dropped); the store holds 0', async () => {
		const { items, error } = await level('set', {
			inventoryItemId: C.items.mug,
			locationId: fromList(C.locations.main),
			available: 0,
		});

		expect(error).toBeUndefined();
		expect(await requests()).toEqual([
			{
				method: 'POST',
				path: '/inventory_levels/set.json',
				query: {},
				body: { inventory_item_id: C.items.mug, location_id: C.locations.main, available: 0 },
				status: 200,
				...main,
			},
		]);
		expect(items.map((i) => i.json)).toEqual([
			{
				inventory_item_id: C.items.mug,
				location_id: C.locations.main,
				available: 0,
				updated_at: expect.any(String),
				variant_id: C.variants.mug,
			},
		]);
		expect(await stored(C.items.mug, C.locations.main)).toBe(0);
	});

	it('Set from an expression giving text ("12") sends the number 12; per item, one request each', async () => {
		const { items } = await level(
			'set',
			{
				inventoryItemId: '={{ $json.item }}',
				locationId: C.locations.main,
				available: '={{ $json.qty }}',
			},
			{
				items: [
					{ item: C.items.test, qty: '12' },
					{ item: C.items.grey, qty: 0 },
				],
			},
		);
		expect(items.map((i) => i.json.available)).toEqual([12, 0]);
		expect((await requests()).map((r) => r.body)).toEqual([
			{ inventory_item_id: C.items.test, location_id: C.locations.main, available: 12 },
			{ inventory_item_id: C.items.grey, location_id: C.locations.main, available: 0 },
		]);
		expect(await stored(C.items.grey, C.locations.main)).toBe(0);
	});

	it.each([
		['a negative stock', { available: -1 }, /^Available: must be a whole number of at least 0/],
		['a fraction', { available: 2.5 }, /^Available: must be a whole number/],
		['a blank stock', { available: BLANK }, /^Available: must be a whole number/],
		['a blank location', { locationId: BLANK }, /^Location: is required/],
		[
			'an item SKU as the item ID',
			{ inventoryItemId: 'MUG-BLUE-12OZ' },
			/^Inventory Item ID: must be SHOPLINE's numeric ID/,
		],
	])(
		'Set with %s is refused naming the field; nothing is sent',
		async (_what, override, message) => {
			const { error } = await level('set', {
				inventoryItemId: C.items.mug,
				locationId: C.locations.main,
				available: 3,
				...override,
			});
			expect(error?.message).toMatch(message);
			expect(await requests()).toEqual([]);
		},
	);

	it('Adjust: POST inventory_levels/adjust.json {…, available_adjustment}; the level moves by it', async () => {
		const { items } = await level('adjust', {
			inventoryItemId: C.items.test,
			locationId: C.locations.main,
			availableAdjustment: -5,
		});
		expect((await requests()).map((r) => [r.path, r.body])).toEqual([
			[
				'/inventory_levels/adjust.json',
				{
					inventory_item_id: C.items.test,
					location_id: C.locations.main,
					available_adjustment: -5,
				},
			],
		]);
		expect(items[0].json.available).toBe(C.levels.test - 5);
		expect(await stored(C.items.test, C.locations.main)).toBe(C.levels.test - 5);
	});

	it('Adjust where the item is not stocked: SHOPLINE’s 422 reads as one line naming the field', async () => {
		const { error } = await level('adjust', {
			inventoryItemId: C.items.mug,
			locationId: C.locations.shenzhen,
			availableAdjustment: 1,
		});
		expect(error).toMatchObject({
			name: 'NodeApiError',
			httpCode: '422',
			message: 'inventory_item_id: is not stocked at this location; connect it first',
		});
	});

	it('Connect then Disconnect: POST connect.json with the body; DELETE disconnect.json with the query', async () => {
		const connected = await level('connect', {
			inventoryItemId: C.items.mug,
			locationId: C.locations.shenzhen,
		});
		expect(connected.items[0].json).toMatchObject({
			location_id: C.locations.shenzhen,
			available: 0,
		});
		const gone = await level('disconnect', {
			inventoryItemId: C.items.mug,
			locationId: C.locations.shenzhen,
		});
		expect(gone.items.map((i) => i.json)).toEqual([{ success: true }]);
		expect((await requests()).map((r) => [r.method, r.path, r.query, r.body])).toEqual([
			[
				'POST',
				'/inventory_levels/connect.json',
				{},
				{ inventory_item_id: C.items.mug, location_id: C.locations.shenzhen },
			],
			[
				'DELETE',
				'/inventory_levels/disconnect.json',
				{ inventory_item_id: C.items.mug, location_id: C.locations.shenzhen },
				null,
			],
		]);
		expect(await stored(C.items.mug, C.locations.shenzhen)).toBeUndefined();
	});

	it('Get Many: inventory_item_ids (+ location_ids) in the query; one item per level', async () => {
		const all = await level('getAll', { inventoryItemIds: `${C.items.test}, ${C.items.lamp}` });
		expect(
			all.items.map((i) => [i.json.inventory_item_id, i.json.location_id, i.json.available]),
		).toEqual([
			[C.items.test, C.locations.main, C.levels.test],
			[C.items.test, C.locations.shenzhen, C.levels.testShenzhen],
			[C.items.lamp, C.locations.shenzhen, C.levels.lamp],
		]);
		const one = await level('getAll', {
			inventoryItemIds: C.items.test,
			filters: { location_ids: C.locations.shenzhen },
		});
		expect(one.items.map((i) => i.json.available)).toEqual([C.levels.testShenzhen]);
		expect((await requests()).map((r) => r.query)).toEqual([
			{ inventory_item_ids: `${C.items.test},${C.items.lamp}` },
			{ inventory_item_ids: C.items.test, location_ids: C.locations.shenzhen },
		]);
	});

	it('Get Many with 51 item IDs is refused (50 per request); nothing is sent', async () => {
		const ids = Array.from({ length: 51 }, (_, i) => String(1000 + i)).join(',');
		const { error } = await level('getAll', { inventoryItemIds: ids });
		expect(error?.message).toBe('Inventory Item IDs: has 51 IDs; at most 50 per request');
		expect(await requests()).toEqual([]);
	});
});

describe('SHOPLINE › Inventory Item', () => {
	it('Get, Get Many by IDs, Update (PUT {inventory_item}) with the exact requests', async () => {
		const one = await item('get', { inventoryItemId: C.items.mug });
		expect(one.items[0].json).toMatchObject({
			id: C.items.mug,
			sku: 'MUG-BLUE-12OZ',
			variant_id: C.variants.mug,
		});
		const many = await item('getAll', { inventoryItemIds: `${C.items.mug},${C.items.lamp}` });
		expect(many.items.map((i) => i.json.sku)).toEqual(['MUG-BLUE-12OZ', 'LAMP-DESK']);
		const updated = await item('update', {
			inventoryItemId: C.items.mug,
			updateFields: { cost: '4.20', tracked: false },
		});
		expect(updated.items[0].json).toMatchObject({ cost: '4.20', tracked: false });
		expect((await requests()).map((r) => [r.method, r.path, r.query, r.body])).toEqual([
			['GET', `/inventory_items/${C.items.mug}.json`, {}, null],
			['GET', '/inventory_items.json', { ids: `${C.items.mug},${C.items.lamp}` }, null],
			[
				'PUT',
				`/inventory_items/${C.items.mug}.json`,
				{},
				{ inventory_item: { cost: '4.20', tracked: false } },
			],
		]);
	});
});

describe('SHOPLINE › Location', () => {
	it('Get Many (locations/list.json), Count, Get', async () => {
		const all = await location('getAll');
		expect(all.items.map((i) => [i.json.id, i.json.name])).toEqual([
			[C.locations.main, 'Main Warehouse'],
			[C.locations.shenzhen, 'Shenzhen 3PL'],
		]);
		const count = await location('count');
		expect(count.items.map((i) => i.json)).toEqual([{ count: 2 }]);
		const one = await location('get', { locationId: fromList(C.locations.shenzhen) });
		expect(one.items[0].json).toMatchObject({ id: C.locations.shenzhen, city: 'Shenzhen' });
		expect((await requests()).map((r) => `${r.method} ${r.path}`)).toEqual([
			'GET /locations/list.json',
			'GET /locations/count.json',
			`GET /locations/${C.locations.shenzhen}.json`,
		]);
	});
});

describe('SHOPLINE › pickers (resource locator lists)', () => {
	it('searchLocations: "Name – City" → id, filtered by what the user typed', async () => {
		const all = await runPicker({
			node: 'shopline',
			method: 'searchLocations',
			credentialType: 'shoplineApi',
			credentials: kit.credentials(),
		});
		expect(all).toEqual([
			{ name: 'Main Warehouse – New York', value: C.locations.main },
			{ name: 'Shenzhen 3PL – Shenzhen', value: C.locations.shenzhen },
		]);
		expect((await requests()).map((r) => `${r.method} ${r.path}`)).toEqual([
			'GET /locations/list.json',
		]);
	});

	it('searchProducts: 100 a page with a pagination token; the filter matches title, SPU or ID', async () => {
		// On the busy store (its catalog has more than a page).
		const busy = {
			node: 'shopline',
			method: 'searchProducts',
			credentialType: 'shoplineApi',
			credentials: kit.credentials({
				store: { handle: SHOPLINE.busyHandle, token: SHOPLINE.busyToken },
			}) as ICredentialDataDecryptedObject,
			path: 'parameters.productId',
		};
		const first = await runListSearch(busy);
		expect(first.results).toHaveLength(100);
		expect(first.paginationToken).toEqual(expect.any(String));
		const second = await runListSearch({
			...busy,
			filter: 'BUSY-0150',
			paginationToken: first.paginationToken as string,
		});
		expect(second.results).toEqual([
			{ name: 'Item BUSY-0150', value: expect.stringMatching(/^\d+$/) },
		]);
		const sent = await requests();
		expect(sent.map((r) => r.query)).toEqual([
			{ limit: '100', fields: 'id,title,spu,status' },
			{ limit: '100', fields: 'id,title,spu,status', page_info: first.paginationToken },
		]);
	});
});
