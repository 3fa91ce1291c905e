import { useSandbox } from '../../test/support/sandbox';
import { SHOPLINE, SHOPLINE_CATALOG } from '../src';
import { bearer, client } from './http';

const sandbox = useSandbox();
const C = SHOPLINE_CATALOG;
const admin = (handle: string = SHOPLINE.handle, token: string = SHOPLINE.token) =>
	client(`${sandbox.shoplineStoreUrl(handle)}/admin/openapi/${SHOPLINE.version}`, {
		...bearer(token),
		'Content-Type': 'application/json; charset=utf-8',
	});
const busy = () => admin(SHOPLINE.busyHandle, SHOPLINE.busyToken);
const pageInfo = (link: string | undefined) =>
	/page_info=([^&>]+)[^,]*rel="next"/.exec(link ?? '')?.[1];

describe('SHOPLINE sandbox › products and variants', () => {
	it('products.json: the store’s products with variants (inventory_quantity = sum of levels), tags as text', async () => {
		const res = await admin().get('/products/products.json');
		expect(res.status).toBe(200);
		expect(res.data.products.map((p: { id: string }) => p.id)).toEqual([
			C.products.headphones,
			C.products.mug,
			C.products.lamp,
		]);
		const headphones = res.data.products[0];
		expect(headphones.variants.map((v: { sku: string }) => v.sku)).toEqual(['test', 'SKU-GREY']);
		// "test" has 30 at Main and 4 at Shenzhen.
		expect(headphones.variants[0].inventory_quantity).toBe(C.levels.test + C.levels.testShenzhen);
		expect(headphones.tags).toBe('');
		expect(headphones).not.toHaveProperty('store');
		expect(headphones).not.toHaveProperty('collection_ids');
	});

	it('pages of at most 250 by the link header; later pages take only page_info, limit and fields', async () => {
		const first = await busy().get('/products/products.json', {
			params: { limit: 250, fields: 'id,variants' },
		});
		expect(first.data.products).toHaveLength(250);
		expect(Object.keys(first.data.products[0])).toEqual(['id', 'variants']);
		const next = pageInfo(first.headers.link);
		expect(next).toBeDefined();
		const seen = new Set<string>(first.data.products.map((p: { id: string }) => p.id));
		let cursor = next;
		let pages = 1;
		while (cursor) {
			const res = await busy().get('/products/products.json', {
				params: { limit: 250, fields: 'id,variants', page_info: decodeURIComponent(cursor) },
			});
			expect(res.status).toBe(200);
			for (const p of res.data.products) seen.add(p.id);
			cursor = pageInfo(res.headers.link);
			pages += 1;
		}
		expect(pages).toBe(Math.ceil(C.busy.products / 250));
		expect(seen.size).toBe(C.busy.products);
		const mixed = await busy().get('/products/products.json', {
			params: { page_info: decodeURIComponent(next!), status: 'active' },
		});
		expect(mixed.status).toBe(400);
		expect(await busy().get('/products/products.json', { params: { limit: 251 } })).toMatchObject({
			status: 400,
			data: { errors: { limit: ['must be at most 250'] } },
		});
	});

	it('filters: status, ids, updated_at range (inclusive), since_id; count takes the same', async () => {
		const draft = await admin().get('/products/products.json', { params: { status: 'draft' } });
		expect(draft.data.products.map((p: { id: string }) => p.id)).toEqual([C.products.lamp]);
		const ids = await admin().get('/products/products.json', {
			params: { ids: `${C.products.mug},${C.products.other}` },
		});
		expect(ids.data.products.map((p: { id: string }) => p.id)).toEqual([C.products.mug]);
		const window = await busy().get('/products/count.json', {
			params: {
				updated_at_min: '2026-01-05T02:00:00+00:00',
				updated_at_max: '2026-01-05T02:09:00+00:00',
			},
		});
		// Busy products are 1 min apart from 2026-01-05T02:00:00Z: 10 inside the inclusive window.
		expect(window.data).toEqual({ count: 10 });
		const since = await admin().get('/products/products.json', {
			params: { since_id: C.products.mug },
		});
		expect(since.data.products.map((p: { id: string }) => p.id)).toEqual([C.products.lamp]);
		expect((await admin().get('/products/count.json')).data).toEqual({ count: 3 });
		expect(
			(await admin().get('/products/count.json', { params: { updated_at_min: 'yesterday' } }))
				.status,
		).toBe(400);
	});

	it('a product of another store, or none, is 404 {"errors":"Not Found"}', async () => {
		for (const path of [
			`/products/${C.products.other}.json`,
			'/products/1.json',
			`/products/variants/${C.variants.other}.json`,
			`/inventory_items/${C.items.other}.json`,
			`/locations/${C.locations.other}.json`,
		]) {
			const res = await admin().get(path);
			expect([path, res.status, res.data]).toEqual([path, 404, { errors: 'Not Found' }]);
		}
	});

	it('create → variants get inventory items stocked at the default location with 0; update; delete removes the stock', async () => {
		const created = await admin().post('/products/products.json', {
			product: {
				title: 'Tote Bag',
				tags: ['bag', 'eco'],
				variants: [{ sku: 'TOTE-1', price: '9.90' }],
			},
		});
		expect(created.status).toBe(200);
		const product = created.data.product;
		expect(product).toMatchObject({
			title: 'Tote Bag',
			handle: 'tote-bag',
			status: 'draft',
			tags: 'bag, eco',
		});
		const variant = product.variants[0];
		expect(variant).toMatchObject({ sku: 'TOTE-1', price: '9.90', inventory_quantity: 0 });
		const levels = await admin().get('/inventory_levels.json', {
			params: { inventory_item_ids: variant.inventory_item_id },
		});
		expect(levels.data.inventory_levels).toEqual([
			expect.objectContaining({
				location_id: C.locations.main,
				available: 0,
				variant_id: variant.id,
			}),
		]);
		const dup = await admin().post('/products/products.json', { product: { title: 'Tote Bag' } });
		expect(dup).toMatchObject({
			status: 422,
			data: { errors: { handle: ['has already been taken'] } },
		});
		const updated = await admin().put(`/products/${product.id}.json`, {
			product: { status: 'active' },
		});
		expect(updated.data.product.status).toBe('active');
		const added = await admin().post(`/products/${product.id}/variants.json`, {
			variant: { sku: 'TOTE-2', option1: 'Black', inventory_tracker: false },
		});
		expect(added.data.variant).toMatchObject({
			sku: 'TOTE-2',
			title: 'Black',
			inventory_tracker: false,
		});
		const changed = await admin().put(`/products/variants/${added.data.variant.id}.json`, {
			variant: { price: '11.00' },
		});
		expect(changed.data.variant.price).toBe('11.00');
		expect(
			(await admin().delete(`/products/${product.id}/variants/${added.data.variant.id}.json`))
				.status,
		).toBe(200);
		expect((await admin().get(`/products/${product.id}/variants/count.json`)).data).toEqual({
			count: 1,
		});
		expect((await admin().delete(`/products/${product.id}.json`)).status).toBe(200);
		expect((await admin().get(`/inventory_items/${variant.inventory_item_id}.json`)).status).toBe(
			404,
		);
	});
});

describe('SHOPLINE sandbox › inventory and locations', () => {
	const item = C.items.grey;
	const location = C.locations.main;

	it('set writes the level, 0 included; a body without available is a 422 (what a Go client sends for 0)', async () => {
		const zero = await admin().post('/inventory_levels/set.json', {
			inventory_item_id: item,
			location_id: location,
			available: 0,
		});
		expect(zero.status).toBe(200);
		expect(zero.data.inventory_level).toMatchObject({
			inventory_item_id: item,
			location_id: location,
			available: 0,
		});
		const dropped = await admin().post('/inventory_levels/set.json', {
			inventory_item_id: item,
			location_id: location,
		});
		expect(dropped).toMatchObject({
			status: 422,
			data: { errors: { available: ['is required'] } },
		});
		const read = await admin().get('/inventory_levels.json', {
			params: { inventory_item_ids: item, location_ids: location },
		});
		expect(read.data.inventory_levels.map((l: { available: number }) => l.available)).toEqual([0]);
	});

	it('adjust adds to the level; adjust at an unconnected location is a 422; connect then disconnect', async () => {
		const up = await admin().post('/inventory_levels/adjust.json', {
			inventory_item_id: item,
			location_id: location,
			available_adjustment: -2,
		});
		expect(up.data.inventory_level.available).toBe(C.levels.grey - 2);
		const away = await admin().post('/inventory_levels/adjust.json', {
			inventory_item_id: item,
			location_id: C.locations.shenzhen,
			available_adjustment: 1,
		});
		expect(away.status).toBe(422);
		const connect = await admin().post('/inventory_levels/connect.json', {
			inventory_item_id: item,
			location_id: C.locations.shenzhen,
		});
		expect(connect.data.inventory_level).toMatchObject({
			available: 0,
			location_id: C.locations.shenzhen,
		});
		expect(
			(
				await admin().post('/inventory_levels/connect.json', {
					inventory_item_id: item,
					location_id: C.locations.shenzhen,
				})
			).status,
		).toBe(422);
		const gone = await admin().delete('/inventory_levels/disconnect.json', {
			params: { inventory_item_id: item, location_id: C.locations.shenzhen },
		});
		expect(gone.status).toBe(200);
		expect(gone.data).toBe('');
		const levels = await admin().get('/inventory_levels.json', {
			params: { inventory_item_ids: item },
		});
		expect(levels.data.inventory_levels.map((l: { location_id: string }) => l.location_id)).toEqual(
			[location],
		);
	});

	it('levels and items need their ids; another store’s item is a 404 for set', async () => {
		expect((await admin().get('/inventory_levels.json')).status).toBe(400);
		expect((await admin().get('/inventory_items.json')).status).toBe(400);
		const items = await admin().get('/inventory_items.json', {
			params: { ids: `${C.items.test},${C.items.other}` },
		});
		expect(items.data.inventory_items).toEqual([
			expect.objectContaining({ id: C.items.test, sku: 'test', variant_id: C.variants.test }),
		]);
		const foreign = await admin().post('/inventory_levels/set.json', {
			inventory_item_id: C.items.other,
			location_id: location,
			available: 1,
		});
		expect(foreign).toMatchObject({ status: 404, data: { errors: 'Not Found' } });
	});

	it('locations: list, count and one', async () => {
		const list = await admin().get('/locations/list.json');
		expect(list.data.locations.map((l: { id: string }) => l.id)).toEqual([
			C.locations.main,
			C.locations.shenzhen,
		]);
		expect((await admin().get('/locations/count.json')).data).toEqual({ count: 2 });
		expect(
			(await admin().get(`/locations/${C.locations.shenzhen}.json`)).data.location,
		).toMatchObject({
			name: 'Shenzhen 3PL',
			is_default: 'false',
		});
	});

	it('the catalog shares the 4/s bucket: the 41st request at once is a 429 "Too many request"', async () => {
		const answers = await Promise.all(
			Array.from({ length: 45 }, () => admin().get('/locations/count.json')),
		);
		const limited = answers.filter((a) => a.status === 429);
		expect(limited.length).toBeGreaterThanOrEqual(1);
		expect(limited[0].data).toEqual({ errors: 'Too many request' });
	});
});
