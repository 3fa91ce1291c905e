import type { IDataObject } from 'n8n-workflow';

import { SHOPLINE, SHOPLINE_CATALOG } from '../../sandbox/src';
import { useSandbox } from '../support/sandbox';
import { BLANK, shoplineTestKit, STORES, type ShoplineRunOptions } from './support';

/*
 * SHOPLINE → Product and Variant through n8n-core against the sandbox: the items each operation
 * returns and the exact request SHOPLINE received (paths and bodies of the official Go SDK,
 * rest/admin/v20260301/product/).
 */
const sandbox = useSandbox();
const kit = shoplineTestKit(sandbox);
const { requests, api } = kit;
const C = SHOPLINE_CATALOG;
const main = { handle: SHOPLINE.handle, version: SHOPLINE.version };
const product = (operation: string, parameters?: IDataObject, options?: ShoplineRunOptions) =>
	kit.run('product', operation, parameters, options);
const variant = (operation: string, parameters?: IDataObject, options?: ShoplineRunOptions) =>
	kit.run('variant', operation, parameters, options);
/** The resource locator as the editor stores it. */
const fromList = (value: string) => ({ __rl: true, mode: 'list', value });
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('SHOPLINE › Product', () => {
	it('Get Many: GET products/products.json?limit=50; one item per product, as SHOPLINE sent it', async () => {
		const expected = await api<{ products: IDataObject[] }>('/products/products.json?limit=50');
		const { items, error } = await product('getAll');

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual(expected.products);
		expect(items.map((i) => i.json.id)).toEqual([
			C.products.headphones,
			C.products.mug,
			C.products.lamp,
		]);
		expect(await requests()).toEqual([
			{
				method: 'GET',
				path: '/products/products.json',
				query: { limit: '50' },
				body: null,
				status: 200,
				...main,
			},
		]);
	});

	it('Get Many filters go out under the SDK’s names: updated_at range, status, IDs (trimmed), title; blanks left out', async () => {
		const { items, error } = await product('getAll', {
			filters: {
				updated_at_min: ' 2026-01-01T00:00:00+08:00 ',
				updated_at_max: '2026-12-31T23:59:59Z',
				status: 'active',
				ids: ` ${C.products.mug} , ${C.products.lamp}`,
				vendor: BLANK,
			},
			options: { fields: 'id,title', order_by: 'created_at_asc' },
		});

		expect(error).toBeUndefined();
		// The lamp is a draft: only the mug is active.
		expect(items.map((i) => i.json)).toEqual([{ id: C.products.mug, title: 'Blue Mug 12oz' }]);
		expect((await requests()).map((r) => r.query)).toEqual([
			{
				updated_at_min: '2026-01-01T00:00:00+08:00',
				updated_at_max: '2026-12-31T23:59:59Z',
				status: 'active',
				ids: `${C.products.mug},${C.products.lamp}`,
				fields: 'id,title',
				order_by: 'created_at_asc',
				limit: '50',
			},
		]);
	});

	it('Return All walks the link header 250 a page: 600 products in ceil(600/250) = 3 requests; later pages send page_info + limit + fields only', async () => {
		const { items, error } = await product(
			'getAll',
			{ returnAll: true, filters: { status: 'active' }, options: { fields: 'id' } },
			{ store: STORES.busy },
		);

		expect(error).toBeUndefined();
		expect(items).toHaveLength(C.busy.products);
		expect(new Set(items.map((i) => i.json.id)).size).toBe(C.busy.products);
		const sent = await requests();
		expect(sent).toHaveLength(Math.ceil(C.busy.products / 250));
		expect(sent[0].query).toEqual({ status: 'active', fields: 'id', limit: '250' });
		for (const later of sent.slice(1))
			expect(later.query).toEqual({ page_info: expect.any(String), fields: 'id', limit: '250' });
	});

	it('Limit 260 asks 250 then only the 10 left', async () => {
		const { items } = await product('getAll', { limit: 260 }, { store: STORES.busy });
		expect(items).toHaveLength(260);
		expect((await requests()).map((r) => r.query.limit)).toEqual(['250', '10']);
	});

	it('a date without a time zone is refused naming the filter; nothing is sent', async () => {
		const { error } = await product('getAll', { filters: { updated_at_min: '2026-01-01 10:00' } });
		expect(error?.message).toMatch(
			/^Updated After: must be an ISO 8601 date and time with a time zone/,
		);
		expect(await requests()).toEqual([]);
	});

	it('Count: GET products/count.json with the filters; one item {count}', async () => {
		const { items, error } = await product('count', { filters: { status: 'draft' } });
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([{ count: 1 }]);
		expect(await requests()).toEqual([
			{
				method: 'GET',
				path: '/products/count.json',
				query: { status: 'draft' },
				body: null,
				status: 200,
				...main,
			},
		]);
	});

	it('Get: the product picked from the list (resource locator) → GET products/{id}.json', async () => {
		const expected = await api<{ product: IDataObject }>(`/products/${C.products.headphones}.json`);
		const { items, error } = await product('get', { productId: fromList(C.products.headphones) });
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([expected.product]);
		expect((expected.product.variants as IDataObject[]).map((v) => v.sku)).toEqual([
			'test',
			'SKU-GREY',
		]);
		expect((await requests()).map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET /products/${C.products.headphones}.json`,
		]);
	});

	it('Get of an unknown product: SHOPLINE’s 404 as a NodeApiError', async () => {
		const { error } = await product('get', { productId: byId('1605785026484525079129999') });
		expect(error).toMatchObject({ name: 'NodeApiError', httpCode: '404', message: 'Not Found' });
	});

	it('Create: POST products/products.json {product: {title, …, tags as a list, variants}}', async () => {
		const { items, error } = await product('create', {
			title: ' Canvas Tote ',
			additionalFields: { vendor: 'Acme', status: 'active', tags: 'bag, eco ,', body_html: '' },
			variantsJson: '[{"sku": "TOTE-NAT", "price": "9.90", "option1": "Natural"}]',
		});

		expect(error).toBeUndefined();
		const [sent] = await requests();
		expect(sent).toMatchObject({ method: 'POST', path: '/products/products.json', status: 200 });
		expect(sent.body).toEqual({
			product: {
				title: 'Canvas Tote',
				vendor: 'Acme',
				status: 'active',
				tags: ['bag', 'eco'],
				variants: [{ sku: 'TOTE-NAT', price: '9.90', option1: 'Natural' }],
			},
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			title: 'Canvas Tote',
			status: 'active',
			tags: 'bag, eco',
		});
		expect((items[0].json.variants as IDataObject[]).map((v) => v.sku)).toEqual(['TOTE-NAT']);
	});

	it('Update: PUT products/{id}.json with only the fields given; nothing to change is refused before sending', async () => {
		const { items, error } = await product('update', {
			productId: byId(C.products.lamp),
			updateFields: { status: 'active', title: 'Desk Lamp II' },
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			id: C.products.lamp,
			status: 'active',
			title: 'Desk Lamp II',
		});
		expect(await requests()).toEqual([
			{
				method: 'PUT',
				path: `/products/${C.products.lamp}.json`,
				query: {},
				body: { product: { status: 'active', title: 'Desk Lamp II' } },
				status: 200,
				...main,
			},
		]);
		await sandbox.clearJournal();
		const empty = await product('update', { productId: byId(C.products.lamp), updateFields: {} });
		expect(empty.error?.message).toBe('Update Fields: is empty');
		expect(await requests()).toEqual([]);
	});

	it('Delete: DELETE products/{id}.json → {success: true}; its variants and stock are gone', async () => {
		const { items, error } = await product('delete', { productId: C.products.mug });
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect((await requests()).map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
			`DELETE /products/${C.products.mug}.json 200`,
		]);
		const state = await sandbox.state();
		expect(state.shopline.catalog.inventoryItems.map((i: IDataObject) => i.id)).not.toContain(
			C.items.mug,
		);
	});

	it('a product handle where the ID goes is refused naming Product; nothing is sent', async () => {
		// By expression (the editor itself refuses non-digits typed in the ID mode).
		const { error } = await product('get', { productId: '={{ "blue-mug-12oz" }}' });
		expect(error?.message).toMatch(/^Product: must be SHOPLINE's numeric ID/);
		expect(await requests()).toEqual([]);
	});
});

describe('SHOPLINE › Variant', () => {
	it('Get Many: GET products/{product_id}/variants.json, 250 a page', async () => {
		const { items, error } = await variant('getAll', {
			productId: fromList(C.products.headphones),
			returnAll: true,
		});
		expect(error).toBeUndefined();
		expect(items.map((i) => [i.json.id, i.json.sku, i.json.inventory_item_id])).toEqual([
			[C.variants.test, 'test', C.items.test],
			[C.variants.grey, 'SKU-GREY', C.items.grey],
		]);
		expect(await requests()).toEqual([
			{
				method: 'GET',
				path: `/products/${C.products.headphones}/variants.json`,
				query: { limit: '250' },
				body: null,
				status: 200,
				...main,
			},
		]);
	});

	it('Get: GET products/variants/{id}.json', async () => {
		const { items } = await variant('get', { variantId: C.variants.mug });
		expect(items.map((i) => [i.json.sku, i.json.inventory_quantity])).toEqual([
			['MUG-BLUE-12OZ', C.levels.mug],
		]);
		expect((await requests()).map((r) => r.path)).toEqual([
			`/products/variants/${C.variants.mug}.json`,
		]);
	});

	it('Create: POST products/{product_id}/variants.json {variant}; a false flag is sent as false, prices as text', async () => {
		const { items, error } = await variant('create', {
			productId: byId(C.products.mug),
			variantFields: {
				sku: 'MUG-RED-12OZ',
				option1: 'Red',
				price: '12.50',
				inventory_tracker: false,
				taxable: true,
			},
		});
		expect(error).toBeUndefined();
		expect((await requests())[0]).toMatchObject({
			method: 'POST',
			path: `/products/${C.products.mug}/variants.json`,
			body: {
				variant: {
					sku: 'MUG-RED-12OZ',
					option1: 'Red',
					price: '12.50',
					inventory_tracker: false,
					taxable: true,
				},
			},
		});
		expect(items[0].json).toMatchObject({
			sku: 'MUG-RED-12OZ',
			inventory_tracker: false,
			product_id: C.products.mug,
		});
	});

	it('Update: PUT products/variants/{id}.json; Delete: DELETE products/{product_id}/variants/{id}.json', async () => {
		const updated = await variant('update', {
			variantId: C.variants.grey,
			updateFields: { barcode: 'T-1' },
		});
		expect(updated.items[0].json).toMatchObject({ id: C.variants.grey, barcode: 'T-1' });
		const deleted = await variant('delete', {
			productId: byId(C.products.headphones),
			variantId: C.variants.grey,
		});
		expect(deleted.items.map((i) => i.json)).toEqual([{ success: true }]);
		expect((await requests()).map((r) => [r.method, r.path, r.body])).toEqual([
			['PUT', `/products/variants/${C.variants.grey}.json`, { variant: { barcode: 'T-1' } }],
			['DELETE', `/products/${C.products.headphones}/variants/${C.variants.grey}.json`, null],
		]);
	});

	describe('Find by SKU (no SKU filter in the API: one catalog walk per run)', () => {
		const skus = [C.busy.sku(0), C.busy.sku(599), C.busy.sku(299)];

		it('3 items on a 600-product store: ceil(600/250) = 3 requests in all, shared by the items; each item gets its variant', async () => {
			const { items, error } = await variant(
				'findBySku',
				{ sku: '={{ $json.sku }}' },
				{ store: STORES.busy, items: skus.map((sku) => ({ sku })) },
			);

			expect(error).toBeUndefined();
			expect(items.map((i) => i.json.sku)).toEqual(skus);
			expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
			expect(items.every((i) => /^\d+$/.test(String(i.json.inventory_item_id)))).toBe(true);
			const sent = await requests();
			expect(sent.map((r) => `${r.method} ${r.path}`)).toEqual(
				Array(3).fill('GET /products/products.json'),
			);
			expect(sent[0].query).toEqual({ limit: '250', fields: 'id,title,variants' });
			expect(sent[1].query).toEqual({
				limit: '250',
				fields: 'id,title,variants',
				page_info: expect.any(String),
			});
		});

		it('a second run walks again (a change between runs is seen): 3 more requests', async () => {
			await variant('findBySku', { sku: skus[0] }, { store: STORES.busy });
			await variant('findBySku', { sku: skus[0] }, { store: STORES.busy });
			expect(await requests()).toHaveLength(6);
		});

		it('an unknown SKU fails naming it; SKUs compare exactly (case counts)', async () => {
			const { error } = await variant('findBySku', { sku: 'busy-0001' }, { store: STORES.busy });
			expect(error?.message).toBe('No variant with SKU "busy-0001" in the SHOPLINE store');
		});

		it('If Not Found = Return Nothing: the unknown SKU yields no item, the others theirs', async () => {
			const { items, error } = await variant(
				'findBySku',
				{ sku: '={{ $json.sku }}', notFound: 'skip' },
				{ items: [{ sku: 'test' }, { sku: 'NOPE' }, { sku: 'MUG-BLUE-12OZ' }] },
			);
			expect(error).toBeUndefined();
			expect(items.map((i) => [i.json.id, i.pairedItem])).toEqual([
				[C.variants.test, { item: 0 }],
				[C.variants.mug, { item: 2 }],
			]);
			expect(await requests()).toHaveLength(1);
		});

		it('a failing walk fails every item of the run from one request: a 500 on the first page, 3 items → 1 request, 3 error items', async () => {
			// count 3: were each item to walk on its own, the other two would meet a 500 as well.
			await sandbox.fault({
				api: 'shopline',
				method: 'GET',
				path: '/products/products.json',
				kind: 'status',
				status: 500,
				count: 3,
			});
			const { items, error } = await variant(
				'findBySku',
				{ sku: '={{ $json.sku }}' },
				{ store: STORES.busy, items: skus.map((sku) => ({ sku })), continueOnFail: true },
			);
			expect(error).toBeUndefined();
			expect(items).toHaveLength(3);
			for (const item of items) expect(item.error?.name).toBe('NodeApiError');
			expect((await requests()).map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
				'GET /products/products.json 500',
			]);
		});

		it('a blank SKU is refused before any request', async () => {
			const { error } = await variant('findBySku', { sku: BLANK });
			expect(error?.message).toBe('SKU: is required');
			expect(await requests()).toEqual([]);
		});
	});
});
