import type { IDataObject } from 'n8n-workflow';

import { FULFILLBOT_KEYS } from '../../sandbox/src';
import { useSandbox } from '../support/sandbox';
import { answered, fulfillbotTestKit } from './support';

const sandbox = useSandbox();
const fb = fulfillbotTestKit(sandbox);
const { requests, api } = fb;

const warehouse = (operation: string, parameters?: IDataObject, apiKey?: string) =>
	fb.run('warehousePackage', operation, parameters, { apiKey });

describe('Fulfillbot › Warehouse Package', () => {
	it('Get Many (Return All): GET /warehouse/packages?page=1&limit=100, one item per package, no request past total', async () => {
		const expected = await api('GET', '/warehouse/packages?page=1&limit=100');
		const { items, error } = await warehouse('getAll', { returnAll: true });

		expect(error).toBeUndefined();
		expect(expected.items.length).toBeGreaterThan(1);
		expect(items.map((i) => i.json)).toEqual(expected.items);
		expect(await requests()).toEqual([
			answered('GET', '/warehouse/packages', { page: '1', limit: '100' }),
		]);
	});

	it('Get Many (Limit 1): one request of size 1, one item', async () => {
		const { items } = await warehouse('getAll', { returnAll: false, limit: 1 });
		expect(items).toHaveLength(1);
		expect(await requests()).toEqual([
			answered('GET', '/warehouse/packages', { page: '1', limit: '1' }),
		]);
	});

	it('Get Shippable: GET /warehouse/packages/shippable', async () => {
		const data = await api('GET', '/warehouse/packages/shippable?page=1&limit=50');
		const { items, error } = await warehouse('getShippable', {});

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual(Array.isArray(data) ? data : data.items);
		expect(await requests()).toEqual([
			answered('GET', '/warehouse/packages/shippable', { page: '1', limit: '50' }),
		]);
	});

	it('Get Stats: GET /warehouse/packages/stats, one item', async () => {
		const expected = await api('GET', '/warehouse/packages/stats');
		const { items, error } = await warehouse('getStats');

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([expected]);
		expect(await requests()).toEqual([
			{ method: 'GET', path: '/warehouse/packages/stats', query: {}, body: null, status: 200 },
		]);
	});

	it('Get: GET /warehouse/packages/:id', async () => {
		const [first] = (await api('GET', '/warehouse/packages')).items as IDataObject[];
		const expected = await api('GET', `/warehouse/packages/${String(first.id)}`);
		const { items, error } = await warehouse('get', { packageId: String(first.id) });

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([expected]);
		expect(await requests()).toEqual([answered('GET', `/warehouse/packages/${String(first.id)}`)]);
	});

	it('Get: a blank package ID is refused before any request', async () => {
		const { error } = await warehouse('get', { packageId: '={{ "" }}' }); // blank from an expression; an empty field is refused by n8n itself
		expect(error?.message).toBe('Package ID: is required');
		expect(await requests()).toEqual([]);
	});

	it('Get: 404 for an unknown package', async () => {
		const { error } = await warehouse('get', { packageId: '999999' });
		expect(error?.name).toBe('NodeApiError');
		expect((error as { httpCode?: string }).httpCode).toBe('404');
	});

	it('403 without warehouse:read', async () => {
		const { error } = await warehouse('getStats', {}, FULFILLBOT_KEYS.productsCart);
		expect(error?.message).toBe(
			'Insufficient scope. Required: warehouse:read. Your key has: products:read, cart:read',
		);
	});
});
