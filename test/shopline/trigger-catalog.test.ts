import type { IDataObject } from 'n8n-workflow';

import { SHOPLINE, SHOPLINE_CATALOG } from '../../sandbox/src';
import { useSandbox } from '../support/sandbox';
import { shoplineCall, STATE_KEY, triggerKit, type Store } from './trigger-support';

/**
 * Product Updated and Inventory Level Changed through n8n-core against the sandbox: the items, and the
 * exact requests SHOPLINE receives at activation, after a change and when quiet. Changes are made over
 * HTTP, as the merchant's other tools would.
 */
const sandbox = useSandbox({ rateLimits: { shopline: null } });
const { pollWith, json, requests } = triggerKit(sandbox);
const C = SHOPLINE_CATALOG;
const BUSY: Store = { handle: SHOPLINE.busyHandle, token: SHOPLINE.busyToken };

const call = async (method: string, path: string, body?: object, store?: Store) =>
	await shoplineCall(sandbox, method, path, body, store);
const saved = (staticData: IDataObject) => staticData[STATE_KEY] as IDataObject;
const PRODUCTS = ['productUpdated'];
const LEVELS = ['inventoryLevelChanged'];
const CATALOG_QUERY = { limit: '250', fields: 'id,variants' };
const ITEMS = [C.items.test, C.items.grey, C.items.mug, C.items.lamp].join(',');

describe('SHOPLINE Trigger: Product Updated', () => {
	it('activation is one request and emits nothing; a change is one item and a quiet poll one request', async () => {
		const first = await pollWith(PRODUCTS);
		expect(first.items).toBeNull();
		expect(await requests()).toEqual([['GET', '/products/products.json', { limit: '250' }]]);
		// The cursor starts at SHOPLINE's clock (its Date header), not at a product.
		const cursor = (saved(first.staticData).products as IDataObject).cursor as string;
		expect(cursor).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
		expect(saved(first.staticData).orders).toBeUndefined();

		await call('PUT', `/products/${C.products.mug}.json`, { product: { title: 'Blue Mug 16oz' } });
		await sandbox.clearJournal();
		const changed = await pollWith(PRODUCTS, first.staticData);
		expect(await requests()).toEqual([
			['GET', '/products/products.json', { limit: '250', updated_at_min: cursor }],
		]);
		const items = json(changed.items);
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({
			event: 'productUpdated',
			created: false,
			id: C.products.mug,
			title: 'Blue Mug 16oz',
			status: 'active',
		});
		expect(items[0].variants).toEqual([expect.objectContaining({ sku: C.skus.mug })]);

		await sandbox.clearJournal();
		const quiet = await pollWith(PRODUCTS, changed.staticData);
		expect(quiet.items).toBeNull();
		expect(await requests()).toHaveLength(1);

		const created = await call('POST', '/products/products.json', {
			product: { title: 'Tea Cup', variants: [{ sku: 'CUP-1', price: '4.00' }] },
		});
		const next = await pollWith(PRODUCTS, quiet.staticData);
		expect(json(next.items)).toEqual([
			expect.objectContaining({
				event: 'productUpdated',
				created: true,
				id: (created.product as IDataObject).id,
			}),
		]);
	});
});

describe('SHOPLINE Trigger: Inventory Level Changed', () => {
	it('activation learns the levels; a set (to 0) and a connect are reported with the previous available; quiet polls report nothing', async () => {
		const first = await pollWith(LEVELS);
		expect(first.items).toBeNull();
		const round = [
			['GET', '/products/products.json', CATALOG_QUERY],
			['GET', '/inventory_levels.json', { inventory_item_ids: ITEMS }],
		];
		expect(await requests()).toEqual(round);

		await call('POST', '/inventory_levels/set.json', {
			inventory_item_id: C.items.test,
			location_id: C.locations.main,
			available: 0,
		});
		await call('POST', '/inventory_levels/connect.json', {
			inventory_item_id: C.items.lamp,
			location_id: C.locations.main,
		});
		await sandbox.clearJournal();
		const changed = await pollWith(LEVELS, first.staticData);
		expect(await requests()).toEqual(round);
		const items = json(changed.items);
		expect(items).toEqual([
			{
				event: 'inventoryLevelChanged',
				previousAvailable: C.levels.test,
				inventory_item_id: C.items.test,
				location_id: C.locations.main,
				available: 0,
				variant_id: C.variants.test,
				updated_at: expect.any(String),
			},
			{
				event: 'inventoryLevelChanged',
				previousAvailable: null,
				inventory_item_id: C.items.lamp,
				location_id: C.locations.main,
				available: 0,
				variant_id: C.variants.lamp,
				updated_at: expect.any(String),
			},
		]);

		await sandbox.clearJournal();
		const quiet = await pollWith(LEVELS, changed.staticData);
		expect(quiet.items).toBeNull();
		expect(await requests()).toEqual(round);
		// Setting a level to the value it has is no change.
		await call('POST', '/inventory_levels/set.json', {
			inventory_item_id: C.items.mug,
			location_id: C.locations.main,
			available: C.levels.mug,
		});
		expect((await pollWith(LEVELS, quiet.staticData)).items).toBeNull();
	});

	it('a catalog larger than a poll: the walk goes on where the last poll stopped, within Max Requests per Poll', async () => {
		// busy-store: 600 one-variant products, 3 pages of 250; levels 50 items a request.
		const pollBusy = async (staticData?: IDataObject) => {
			await sandbox.clearJournal();
			const result = await pollWith(LEVELS, staticData, BUSY, 'trigger', { requestsPerPoll: 4 });
			return { ...result, sent: await requests() };
		};
		const item = (i: number) => `57850602423757${String(i + 1).padStart(6, '0')}`;
		const batch = (from: number) => ({
			inventory_item_ids: Array.from({ length: 50 }, (_, k) => item(from + k)).join(','),
		});
		const levels = (from: number) => ['GET', '/inventory_levels.json', batch(from)];
		const page = (info?: boolean) => [
			'GET',
			'/products/products.json',
			info ? { ...CATALOG_QUERY, page_info: expect.any(String) } : CATALOG_QUERY,
		];

		const polls = [await pollBusy()];
		expect(polls[0].sent).toEqual([page(), levels(0), levels(50), levels(100)]);
		polls.push(await pollBusy(polls[0].staticData));
		// The page is read again (its page_info is kept, not its 250 ids) and finished; no room for the next.
		expect(polls[1].sent).toEqual([page(), levels(150), levels(200)]);
		polls.push(await pollBusy(polls[1].staticData));
		expect(polls[2].sent).toEqual([page(true), levels(250), levels(300), levels(350)]);
		// Two levels change: one the walk met at activation, one on the last page it has not met yet.
		for (const i of [10, 580])
			await call(
				'POST',
				'/inventory_levels/adjust.json',
				{ inventory_item_id: item(i), location_id: C.locations.busy, available_adjustment: 5 },
				BUSY,
			);
		polls.push(await pollBusy(polls[2].staticData));
		expect(polls[3].sent).toEqual([page(true), levels(400), levels(450)]);
		expect(polls[3].items).toBeNull();
		polls.push(await pollBusy(polls[3].staticData));
		expect(polls[4].sent).toEqual([page(true), levels(500), levels(550)]);
		// Not met before its change, its previous value is unknown: reported as changed since activation.
		expect(json(polls[4].items)).toEqual([
			expect.objectContaining({
				event: 'inventoryLevelChanged',
				inventory_item_id: item(580),
				previousAvailable: null,
				available: (580 % 7) + 5,
			}),
		]);
		// The round ended: the next poll starts it again from the first page.
		expect((saved(polls[4].staticData).levels as IDataObject).round).toBe(1);
		const again = await pollBusy(polls[4].staticData);
		expect(again.sent).toEqual([page(), levels(0), levels(50), levels(100)]);
		expect(json(again.items)).toEqual([
			expect.objectContaining({
				event: 'inventoryLevelChanged',
				inventory_item_id: item(10),
				location_id: C.locations.busy,
				previousAvailable: 10 % 7,
				available: (10 % 7) + 5,
			}),
		]);
	});
});

describe('SHOPLINE Trigger: Fetch Test Event of the catalog events', () => {
	it('a real product and a real level, shaped like the events’ items; nothing saved', async () => {
		const product = await pollWith(PRODUCTS, undefined, undefined, 'manual');
		expect(json(product.items)).toEqual([
			expect.objectContaining({
				event: 'productUpdated',
				created: false,
				id: C.products.headphones,
			}),
		]);
		expect(await requests()).toEqual([['GET', '/products/products.json', { limit: '1' }]]);
		await sandbox.clearJournal();
		const level = await pollWith(LEVELS, undefined, undefined, 'manual');
		expect(json(level.items)).toEqual([
			expect.objectContaining({
				event: 'inventoryLevelChanged',
				previousAvailable: null,
				inventory_item_id: C.items.test,
				available: expect.any(Number),
			}),
		]);
		expect(await requests()).toEqual([
			['GET', '/products/products.json', CATALOG_QUERY],
			['GET', '/inventory_levels.json', { inventory_item_ids: C.items.test }],
		]);
		expect(level.staticData[STATE_KEY]).toBeUndefined();
	});
});
