import type { IDataObject } from 'n8n-workflow';

import { S2, S2_SEED } from '../../sandbox/src';
import { useSandbox } from '../support/sandbox';
import { s2TestKit } from './support';

const sandbox = useSandbox();
const s2 = s2TestKit(sandbox);
const { requests } = s2;
const A = S2_SEED.orgA;

type Page = { items: IDataObject[]; total: number };

describe('S2 › Account, Product, Inventory', () => {
	it('Account → Get Many: GET /account?offset=0&limit=50, one item per account', async () => {
		const expected = await s2.get<Page>('/account?offset=0&limit=50');
		const { items, error } = await s2.run('account', 'getAll');

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual(expected.items);
		expect(items.map((i) => i.json.id).sort()).toEqual(Object.values(A.accounts).sort());
		const journal = await sandbox.journal('s2');
		expect(
			journal.map(({ method, path, query, status }) => ({ method, path, query, status })),
		).toEqual([
			{ method: 'GET', path: '/account', query: { offset: '0', limit: '50' }, status: 200 },
		]);
		expect(journal[0].headers).toMatchObject({
			authorization: 'Bearer s2-***',
			'x-s2-organization': S2.orgA,
		});
	});

	it('Account → Get Many with a search term and Return All', async () => {
		const { items, error } = await s2.run('account', 'getAll', {
			returnAll: true,
			filters: { term: 'wholesale' },
		});

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json.id)).toEqual([A.accounts.wholesale]);
		expect((await requests()).map((r) => r.query)).toEqual([
			{ offset: '0', limit: '100', term: 'wholesale' },
		]);
	});

	it('an empty search term is not sent', async () => {
		const { error } = await s2.run('account', 'getAll', { filters: { term: '  ' } });

		expect(error).toBeUndefined();
		expect((await requests()).map((r) => r.query)).toEqual([{ offset: '0', limit: '50' }]);
	});

	it('the org B credential lists org B’s accounts only', async () => {
		const { items } = await s2.run('account', 'getAll', {}, { organizationId: S2.orgB });

		expect(items.map((i) => i.json.id).sort()).toEqual(Object.values(S2_SEED.orgB.accounts).sort());
		expect((await sandbox.journal('s2'))[0].headers['x-s2-organization']).toBe(S2.orgB);
	});

	it('Product → Get Many by SKU: ?term=SKU-GREY', async () => {
		const { items, error } = await s2.run('product', 'getAll', { filters: { term: 'SKU-GREY' } });

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([
			expect.objectContaining({ id: A.products[1], sku: 'SKU-GREY' }),
		]);
		expect(await requests()).toEqual([
			{
				method: 'GET',
				path: '/product',
				query: { offset: '0', limit: '50', term: 'SKU-GREY' },
				body: null,
				status: 200,
			},
		]);
	});

	it('Product → Get Many, Limit 2', async () => {
		const expected = await s2.get<Page>('/product?offset=0&limit=2');
		const { items } = await s2.run('product', 'getAll', { limit: 2 });

		expect(items.map((i) => i.json)).toEqual(expected.items);
		expect(items).toHaveLength(2);
	});

	it('Inventory → Get Overview: GET /inventory/overview as one item', async () => {
		const expected = await s2.get('/inventory/overview');
		const { items, error } = await s2.run('inventory', 'getOverview');

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([expected]);
		expect(Object.keys(items[0].json)).toEqual(
			expect.arrayContaining(['warehouses', 'products', 'items']),
		);
		expect(await requests()).toEqual([
			{ method: 'GET', path: '/inventory/overview', query: {}, body: null, status: 200 },
		]);
	});

	it('an expired token: S2’s 401 message with the 7-day hint, the token never in the error', async () => {
		const { error } = await s2.run(
			'inventory',
			'getOverview',
			{},
			{ accessToken: 'expired-token-123' },
		);

		expect(error?.name).toBe('NodeApiError');
		expect((error as { httpCode?: string }).httpCode).toBe('401');
		expect(error?.description).toMatch(/expire after 7 days/);
		expect(JSON.stringify(error)).not.toContain('expired-token-123');
	});
});
