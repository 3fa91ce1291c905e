import type { IDataObject } from 'n8n-workflow';

import { FULFILLBOT_KEYS } from '../../sandbox/src';
import { useSandbox } from '../support/sandbox';
import { answered, BLANK, fulfillbotTestKit } from './support';

// Return All over several pages needs > 100 favorites, added through the API: no rate limit here.
const sandbox = useSandbox({ rateLimits: { fulfillbot: null } });
const fb = fulfillbotTestKit(sandbox);
const { requests, api } = fb;

const favorite = (operation: string, parameters?: IDataObject, apiKey?: string) =>
	fb.run('favorite', operation, parameters, { apiKey });

describe('Fulfillbot › Favorite', () => {
	it('Add: POST /user/favorites {productId}, then listed', async () => {
		const { items, error } = await favorite('add', { productId: ' 12347 ' });

		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(await requests()).toEqual([
			{
				method: 'POST',
				path: '/user/favorites',
				query: {},
				body: { productId: '12347' },
				status: 201,
			},
		]);
		const listed = (await api('GET', '/user/favorites')).items as IDataObject[];
		expect(listed.map((f) => f.productId)).toContain(12347);
	});

	it('Remove: DELETE /user/favorites/:id', async () => {
		const [first] = (await api('GET', '/user/favorites')).items as IDataObject[];
		const { error } = await favorite('remove', { favoriteId: String(first.id) });

		expect(error).toBeUndefined();
		expect(await requests()).toEqual([answered('DELETE', `/user/favorites/${String(first.id)}`)]);
		expect(
			((await api('GET', '/user/favorites')).items as IDataObject[]).map((f) => f.id),
		).not.toContain(first.id);
	});

	describe('Get Many pages with page/limit', () => {
		/** More than one page of 100 favorites: imports products from 1688 and favorites each. */
		async function moreThan100(): Promise<number> {
			let total = (await api('GET', '/user/favorites?page=1&limit=1')).total as number;
			for (let n = 0; total <= 100; n++, total++) {
				const imported = await api('POST', '/products/import/1688', {
					offerId: String(900000000000 + n),
				});
				await api('POST', '/user/favorites', { productId: String(imported.id) });
			}
			return (await api('GET', '/user/favorites?page=1&limit=1')).total as number;
		}

		it('Return All: page 1, 2, … at 100 per page, up to total', async () => {
			const total = await moreThan100();
			const { items, error } = await favorite('getAll', { returnAll: true });

			expect(error).toBeUndefined();
			expect(items).toHaveLength(total);
			expect(new Set(items.map((i) => i.json.id)).size).toBe(total);
			expect(await requests()).toEqual(
				Array.from({ length: Math.ceil(total / 100) }, (_, p) =>
					answered('GET', '/user/favorites', { page: String(p + 1), limit: '100' }),
				),
			);
		});

		it('Limit: truncated, one request', async () => {
			await moreThan100();
			const { items } = await favorite('getAll', { returnAll: false, limit: 2 });
			expect(items).toHaveLength(2);
			expect(await requests()).toEqual([
				answered('GET', '/user/favorites', { page: '1', limit: '2' }),
			]);
		});
	});

	describe('bad input is refused before any request', () => {
		it.each([
			['add', { productId: BLANK }, /^Product ID: is required$/],
			['remove', { favoriteId: ' ' }, /^Favorite ID: is required$/],
		])('%s %j', async (operation, parameters, message) => {
			const { error } = await favorite(operation, parameters);
			expect(error?.message).toMatch(message);
			expect(await requests()).toEqual([]);
		});
	});

	it('403: a read-only key cannot add', async () => {
		const { error } = await favorite('add', { productId: '12345' }, FULFILLBOT_KEYS.readOnly);
		expect(error?.message).toMatch(
			/^Insufficient scope\. Required: favorites:write\. Your key has: /,
		);
	});

	it('404: unknown favorite', async () => {
		const { error } = await favorite('remove', { favoriteId: '999999' });
		expect((error as { httpCode?: string }).httpCode).toBe('404');
	});
});
