import type { IDataObject } from 'n8n-workflow';

import { useSandbox } from '../support/sandbox';
import { answered, BLANK, fulfillbotTestKit } from './support';

// Return All over several pages needs > 100 products, imported through the API: no rate limit here.
const sandbox = useSandbox({ rateLimits: { fulfillbot: null } });
const fb = fulfillbotTestKit(sandbox);
const { requests, api } = fb;

const product = (operation: string, parameters?: IDataObject, apiKey?: string) =>
	fb.run('product', operation, parameters, { apiKey });

describe('Fulfillbot › Product', () => {
	it('Get: GET /products/:id with its SKUs', async () => {
		const expected = await api('GET', '/products/12345');
		const { items, error } = await product('get', { productId: '12345' });

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([expected]);
		expect(items[0].json).toMatchObject({
			id: 12345,
			skus: expect.arrayContaining([expect.objectContaining({ skuId: 's001' })]),
		});
		expect(await requests()).toEqual([
			{ method: 'GET', path: '/products/12345', query: {}, body: null, status: 200 },
		]);
	});

	it('Get: 404 for an unknown product carries the API message', async () => {
		const { error } = await product('get', { productId: '99999999' });
		expect(error?.name).toBe('NodeApiError');
		expect((error as { httpCode?: string }).httpCode).toBe('404');
		expect(error?.message).not.toMatch(/^Fulfillbot answered/);
	});

	it.each([
		['getTaobaoItem', 'taobao'],
		['getWeidianItem', 'weidian'],
	])('%s: GET /products/platform/%s/:itemId', async (operation, platform) => {
		const search = await api('GET', `/products/platform/${platform}/search?q=a`);
		const itemId = String((search.items as IDataObject[])[0].platformItemId);
		const expected = await api('GET', `/products/platform/${platform}/${itemId}`);
		const { items, error } = await product(operation, { itemId });

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([expected]);
		expect(await requests()).toEqual([answered('GET', `/products/platform/${platform}/${itemId}`)]);
	});

	it.each([
		['search1688', '1688'],
		['searchTaobao', 'taobao'],
		['searchWeidian', 'weidian'],
	])('%s: GET /products/platform/%s/search?q=', async (operation, platform) => {
		const expected = await api('GET', `/products/platform/${platform}/search?q=a&page=1&limit=100`);
		const { items, error } = await product(operation, { q: 'a', returnAll: true });

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual(expected.items);
		expect(await requests()).toEqual([
			answered('GET', `/products/platform/${platform}/search`, { q: 'a', page: '1', limit: '100' }),
		]);
	});

	it('Import From 1688 by URL: POST /products/import/1688 {url}', async () => {
		const url = 'https://detail.1688.com/offer/700000000001.html';
		const { items, error } = await product('import1688', { url: ` ${url} ` });

		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ platform: '1688' });
		expect(await requests()).toEqual([
			{ method: 'POST', path: '/products/import/1688', query: {}, body: { url }, status: 200 },
		]);
	});

	it('Import From 1688 by offer ID: POST /products/import/1688 {offerId}', async () => {
		const { error } = await product('import1688', { offerId: '700000000002' });
		expect(error).toBeUndefined();
		expect((await requests())[0]).toMatchObject({
			method: 'POST',
			path: '/products/import/1688',
			body: { offerId: '700000000002' },
			status: 200,
		});
	});

	describe('Search (catalog) pages with page/limit', () => {
		/** Makes sure the catalog has more than one page of 100, importing from 1688 as needed. */
		async function catalogOfMoreThan100(): Promise<number> {
			let total = (await api('GET', '/products/search?page=1&limit=1')).total as number;
			for (let n = 0; total <= 100; n++, total++) {
				await api('POST', '/products/import/1688', { offerId: String(800000000000 + n) });
			}
			return (await api('GET', '/products/search?page=1&limit=1')).total as number;
		}

		it('Return All walks page 1, 2, … at 100 per page up to total', async () => {
			const total = await catalogOfMoreThan100();
			expect(total).toBeGreaterThan(100);
			const { items, error } = await product('search', { returnAll: true });

			expect(error).toBeUndefined();
			expect(items).toHaveLength(total);
			expect(new Set(items.map((i) => i.json.id)).size).toBe(total);
			const pages = Math.ceil(total / 100);
			expect(await requests()).toEqual(
				Array.from({ length: pages }, (_, p) =>
					answered('GET', '/products/search', { page: String(p + 1), limit: '100' }),
				),
			);
		});

		it('Limit truncates with one request of that size', async () => {
			await catalogOfMoreThan100();
			const { items } = await product('search', { returnAll: false, limit: 3 });

			expect(items).toHaveLength(3);
			expect(await requests()).toEqual([
				answered('GET', '/products/search', { page: '1', limit: '3' }),
			]);
		});

		it('q is sent when set', async () => {
			const expected = await api('GET', '/products/search?q=Nike&page=1&limit=50');
			const { items } = await product('search', { q: 'Nike' });

			expect(items.map((i) => i.json)).toEqual(expected.items);
			expect(await requests()).toEqual([
				answered('GET', '/products/search', { q: 'Nike', page: '1', limit: '50' }),
			]);
		});
	});

	describe('bad input is refused before any request', () => {
		it.each([
			[
				'import1688',
				{ url: 'https://detail.1688.com/offer/1.html', offerId: '1' },
				/^URL \/ Offer ID: both are set/,
			],
			['import1688', { url: ' ', offerId: '' }, /^URL \/ Offer ID: neither is set/],
			['get', { productId: BLANK }, /^Product ID: is required$/],
			['getTaobaoItem', { itemId: '  ' }, /^Item ID: is required$/],
			['searchTaobao', { q: BLANK }, /^Search Query: is required$/],
		])('%s %j', async (operation, parameters, message) => {
			const { items, error } = await product(operation, parameters);
			expect(items).toEqual([]);
			expect(error?.message).toMatch(message);
			expect(await requests()).toEqual([]);
		});
	});

	it('401 with an unknown key', async () => {
		const { error } = await product('search', {}, 'sk-not-a-real-key');
		expect(error?.message).toBe('Invalid API Key');
		expect((error as { httpCode?: string }).httpCode).toBe('401');
	});
});
