import { useSandbox } from '../../test/support/sandbox';
import { FULFILLBOT_KEYS, FULFILLBOT_SEED } from '../src';
import { bearer, client } from './http';

const sandbox = useSandbox({ rateLimits: { fulfillbot: null } });
const api = (key: string = FULFILLBOT_KEYS.all) => client(sandbox.fulfillbotBaseUrl, bearer(key));

describe('Fulfillbot products', () => {
	it('GET /products/:id answers the documented shape with SKUs, without sandbox-only fields', async () => {
		const res = await api().get('/products/12345');
		expect(res.status).toBe(200);
		expect(res.data.data).toEqual({
			id: 12345,
			title: 'Nike Air Max 90',
			description: expect.any(String),
			price: 299,
			originalPrice: 499,
			currency: 'CNY',
			platform: 'taobao',
			platformItemId: '6789012345',
			imageUrl: expect.stringMatching(/^https:\/\//),
			images: expect.arrayContaining([expect.stringMatching(/^https:\/\//)]),
			shopName: 'Nike Official',
			shopUrl: expect.stringMatching(/^https:\/\//),
			sales: 1580,
			stock: 80,
			categoryId: 23,
			skus: [
				{ skuId: 's001', name: 'Black / US 9', price: 299, stock: 50, image: expect.any(String) },
				{ skuId: 's002', name: 'White / US 9', price: 319, stock: 30, image: expect.any(String) },
			],
			attributes: [
				{ name: 'Material', value: 'Leather' },
				{ name: 'Origin', value: 'Vietnam' },
			],
		});
	});

	it('GET /products/:id: 404 for an unknown id, 400 naming id for a non-integer', async () => {
		expect((await api().get('/products/99999999')).data).toEqual({
			statusCode: 404,
			message: 'Product 99999999 not found',
			error: 'Not Found',
		});
		const bad = await api().get('/products/abc');
		expect(bad.status).toBe(400);
		expect(bad.data.message).toMatch(/^id: /);
	});

	it('GET /products/search pages the catalog (q, page, limit) and leaves out products not imported', async () => {
		const all = await api().get('/products/search', { params: { limit: 100 } });
		expect(all.data.data).toMatchObject({ total: 6, page: 1, limit: 100 });
		expect(all.data.data.items.map((p: { id: number }) => p.id)).not.toContain(
			FULFILLBOT_SEED.products.wholesaleShoes1688,
		);
		const nike = await api().get('/products/search', { params: { q: 'nike' } });
		expect(nike.data.data).toEqual({
			items: [expect.objectContaining({ id: 12345, title: 'Nike Air Max 90' })],
			total: 1,
			page: 1,
			limit: 20,
		});
		const page2 = await api().get('/products/search', { params: { page: 2, limit: 4 } });
		expect(page2.data.data.items).toEqual(all.data.data.items.slice(4, 8));
	});

	it('POST /products/import/1688 by URL returns the known offer (docs example 12346) and adds it to the catalog', async () => {
		const res = await api().post('/products/import/1688', {
			url: 'https://detail.1688.com/offer/700000000001.html',
		});
		expect(res.status).toBe(200);
		expect(res.data.data).toMatchObject({
			id: 12346,
			title: 'Wholesale Sports Shoes',
			price: 89,
			platform: '1688',
			minOrder: 2,
			skus: expect.any(Array),
			images: expect.any(Array),
		});
		expect(
			(await api().get('/products/search', { params: { q: 'Wholesale Sports' } })).data.data.total,
		).toBe(1);
		// Importing again does not duplicate it.
		const again = await api().post('/products/import/1688', { offerId: '700000000001' });
		expect(again.data.data.id).toBe(12346);
		expect(
			(await api().get('/products/search', { params: { q: 'Wholesale Sports' } })).data.data.total,
		).toBe(1);
	});

	it('POST /products/import/1688 with an unseen offer ID creates a catalog product with SKUs', async () => {
		const res = await api().post('/products/import/1688', { offerId: '800000000123' });
		expect(res.data.data).toMatchObject({
			platform: '1688',
			platformItemId: '800000000123',
			minOrder: 2,
			skus: [expect.objectContaining({ skuId: '800000000123-1' })],
		});
		expect((await api().get(`/products/${res.data.data.id}`)).status).toBe(200);
	});

	it.each([
		[{}, /exactly one of url or offerId/],
		[
			{ url: 'https://detail.1688.com/offer/1.html', offerId: '1' },
			/exactly one of url or offerId/,
		],
		[{ url: 'https://example.com/x' }, /^url: not a 1688 offer URL/],
		[{ offerId: 'abc' }, /^offerId: must be the numeric 1688 offer ID/],
	])('POST /products/import/1688 %j is a 400 naming the fields', async (body, message) => {
		const res = await api().post('/products/import/1688', body);
		expect(res.status).toBe(400);
		expect(res.data.error).toBe('Bad Request');
		expect(res.data.message).toMatch(message);
	});

	it.each([
		['taobao', 'Nike', 12345, '6789012345'],
		['weidian', 'tote', 67890, '7201234567'],
	])('GET /products/platform/%s/search and /:itemId', async (platform, q, id, itemId) => {
		const search = await api().get(`/products/platform/${platform}/search`, { params: { q } });
		expect(search.data.data).toMatchObject({
			total: 1,
			page: 1,
			limit: 20,
			items: [expect.objectContaining({ id, platform, platformItemId: itemId })],
		});
		const item = await api().get(`/products/platform/${platform}/${itemId}`);
		expect(item.data.data).toMatchObject({ id, platform, skus: expect.any(Array) });
		const missing = await api().get(`/products/platform/${platform}/1`);
		expect(missing.status).toBe(404);
		// An item of another platform is not found there.
		expect(
			(
				await api().get(
					`/products/platform/${platform === 'taobao' ? 'weidian' : 'taobao'}/${itemId}`,
				)
			).status,
		).toBe(404);
	});

	it('GET /products/platform/1688/search finds 1688 offers whether imported or not; q is required', async () => {
		const res = await api().get('/products/platform/1688/search', { params: { q: 'wholesale' } });
		expect(res.data.data.items.map((p: { id: number }) => p.id).sort()).toEqual([12346, 12350]);
		const noQ = await api().get('/products/platform/1688/search');
		expect(noQ.status).toBe(400);
		expect(noQ.data.message).toMatch(/^q: /);
	});
});

describe('Fulfillbot cart', () => {
	it('GET /cart answers the seeded line with totals', async () => {
		const res = await api().get('/cart');
		expect(res.data).toEqual({
			data: {
				items: [
					{
						id: 501,
						productId: 12345,
						title: 'Nike Air Max 90',
						skuId: 's001',
						skuName: 'Black / US 9',
						price: 299,
						quantity: 2,
						imageUrl: expect.any(String),
						selected: true,
						stock: 50,
						remark: '',
					},
				],
				totalItems: 1,
				totalAmount: 598,
			},
		});
	});

	it('POST /cart/items adds a line (201, docs body with productId as a string)', async () => {
		const res = await api().post('/cart/items', {
			productId: '12345',
			skuId: 's002',
			quantity: 2,
			remark: 'Size US 9',
		});
		expect(res.status).toBe(201);
		expect(res.data.data).toEqual({
			id: 502,
			productId: 12345,
			skuId: 's002',
			quantity: 2,
			message: 'Item added to cart',
		});
		const cart = (await api().get('/cart')).data.data;
		expect(cart).toMatchObject({ totalItems: 2, totalAmount: 598 + 638 });
		expect(cart.items[1]).toMatchObject({
			id: 502,
			price: 319,
			remark: 'Size US 9',
			selected: true,
		});
	});

	it.each([
		[{ productId: '12345', skuId: 's001', quantity: 0 }, 400, /^quantity: /],
		[{ productId: '12345', quantity: 1 }, 400, /^skuId: /],
		[
			{ productId: '12345', skuId: 's999', quantity: 1 },
			400,
			/^skuId: s999 is not a SKU of product 12345$/,
		],
		[{ productId: '424242', skuId: 's001', quantity: 1 }, 404, /^Product 424242 not found$/],
		[{ productId: '12345', skuId: 's001', quantity: 51 }, 400, /^quantity: only 50 in stock$/],
	])('POST /cart/items %j -> %i', async (body, status, message) => {
		const res = await api().post('/cart/items', body);
		expect(res.status).toBe(status);
		expect(res.data.message).toMatch(message);
		expect((await api().get('/cart')).data.data.totalItems).toBe(1);
	});

	it('POST /cart/items/batch adds all lines or none', async () => {
		const res = await api().post('/cart/items/batch', {
			items: [
				{ productId: '12345', skuId: 's001', quantity: 2 },
				{ productId: '67890', skuId: 's010', quantity: 1 },
			],
		});
		expect(res.status).toBe(201);
		expect(res.data.data).toEqual({
			added: 2,
			items: [
				{ id: 502, productId: 12345 },
				{ id: 503, productId: 67890 },
			],
		});
		const bad = await api().post('/cart/items/batch', {
			items: [
				{ productId: '12345', skuId: 's001', quantity: 1 },
				{ productId: '67890', skuId: 'nope', quantity: 1 },
			],
		});
		expect(bad.status).toBe(400);
		expect(bad.data.message).toBe('items.1.skuId: nope is not a SKU of product 67890');
		expect((await api().get('/cart')).data.data.totalItems).toBe(3);
	});

	it('PATCH /cart/items/:itemId changes quantity and selection; deselected lines leave totalAmount', async () => {
		const res = await api().patch('/cart/items/501', { quantity: 3, selected: false });
		expect(res.data.data).toEqual({
			id: 501,
			quantity: 3,
			selected: false,
			message: 'Cart item updated',
		});
		expect((await api().get('/cart')).data.data).toMatchObject({
			totalItems: 1,
			totalAmount: 0,
			items: [expect.objectContaining({ quantity: 3, selected: false })],
		});
		expect((await api().patch('/cart/items/999', { quantity: 1 })).status).toBe(404);
		const unknown = await api().patch('/cart/items/501', { qty: 1 });
		expect(unknown.status).toBe(400);
		expect(unknown.data.message).toContain('qty');
	});

	it('PATCH /cart/items/batch (inferred body {items:[{id, quantity?, selected?}]})', async () => {
		await api().post('/cart/items', { productId: '12345', skuId: 's002', quantity: 1 });
		const res = await api().patch('/cart/items/batch', {
			items: [
				{ id: 501, quantity: 4 },
				{ id: 502, selected: false },
			],
		});
		expect(res.status).toBe(200);
		expect(res.data.data).toMatchObject({
			updated: 2,
			items: [
				{ id: 501, quantity: 4, selected: true },
				{ id: 502, quantity: 1, selected: false },
			],
		});
		const missing = await api().patch('/cart/items/batch', {
			items: [
				{ id: 501, quantity: 1 },
				{ id: 9999, quantity: 1 },
			],
		});
		expect(missing.status).toBe(404);
		expect((await api().get('/cart')).data.data.items[0].quantity).toBe(4);
	});

	it('DELETE /cart/items/:itemId, DELETE /cart/items/batch (inferred body {ids}) and DELETE /cart', async () => {
		await api().post('/cart/items/batch', {
			items: [
				{ productId: 12345, skuId: 's002', quantity: 1 },
				{ productId: 67890, skuId: 's011', quantity: 1 },
			],
		});
		expect((await api().delete('/cart/items/501')).data).toEqual({
			data: { message: 'Item removed' },
		});
		expect((await api().delete('/cart/items/501')).status).toBe(404);
		const batch = await api().delete('/cart/items/batch', { data: { ids: [502] } });
		expect(batch.data.data).toMatchObject({ removed: 1 });
		expect((await api().get('/cart')).data.data.items.map((i: { id: number }) => i.id)).toEqual([
			503,
		]);
		const noIds = await api().delete('/cart/items/batch', { data: {} });
		expect(noIds.status).toBe(400);
		expect(noIds.data.message).toMatch(/^ids: /);
		expect((await api().delete('/cart')).status).toBe(200);
		expect((await api().get('/cart')).data.data).toEqual({
			items: [],
			totalItems: 0,
			totalAmount: 0,
		});
	});

	it('cart:write is refused to the productsCart key (cart:read only)', async () => {
		const res = await api(FULFILLBOT_KEYS.productsCart).delete('/cart');
		expect(res.status).toBe(403);
		expect(res.data.message).toBe(
			'Insufficient scope. Required: cart:write. Your key has: products:read, cart:read',
		);
		expect((await api().get('/cart')).data.data.totalItems).toBe(1);
	});
});
