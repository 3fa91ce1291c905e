import type { IDataObject } from 'n8n-workflow';

import { FULFILLBOT_KEYS } from '../../sandbox/src';
import { useSandbox } from '../support/sandbox';
import { answered, BLANK, fulfillbotTestKit } from './support';

const sandbox = useSandbox();
const fb = fulfillbotTestKit(sandbox);
const { requests } = fb;

const address = (operation: string, parameters?: IDataObject, apiKey?: string) =>
	fb.run('address', operation, parameters, { apiKey });
const savedAddresses = () => fb.api<IDataObject[]>('GET', '/user/addresses');

const JANE = {
	name: 'Jane Roe',
	phone: '+44-20-7946-0000',
	country: 'GB',
	city: 'London',
	address: '1 High St',
	zipCode: 'SW1A 1AA',
};

describe('Fulfillbot › Address', () => {
	it('Get Many: GET /user/addresses, one item per address', async () => {
		const expected = await savedAddresses();
		const { items, error } = await address('getAll');

		expect(error).toBeUndefined();
		expect(expected.length).toBeGreaterThan(0);
		expect(items.map((i) => i.json)).toEqual(expected);
		expect(await requests()).toEqual([
			{ method: 'GET', path: '/user/addresses', query: {}, body: null, status: 200 },
		]);
	});

	it('Create: POST /user/addresses with the address fields (trimmed), then listed', async () => {
		const { items, error } = await address('create', {
			...JANE,
			name: ' Jane Roe ',
			additionalFields: { state: 'Greater London', isDefault: false },
		});

		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ ...JANE, state: 'Greater London' });
		expect(await requests()).toEqual([
			{
				method: 'POST',
				path: '/user/addresses',
				query: {},
				body: { ...JANE, state: 'Greater London', isDefault: false },
				status: 201,
			},
		]);
		expect(await savedAddresses()).toEqual(expect.arrayContaining([expect.objectContaining(JANE)]));
	});

	it('Update: PUT /user/addresses/:id with only the changed fields', async () => {
		const [first] = await savedAddresses();
		const { items, error } = await address('update', {
			addressId: first.id,
			updateFields: { city: 'San Diego', zipCode: '92101' },
		});

		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ id: first.id, city: 'San Diego', zipCode: '92101' });
		expect(await requests()).toEqual([
			{
				method: 'PUT',
				path: `/user/addresses/${String(first.id)}`,
				query: {},
				body: { city: 'San Diego', zipCode: '92101' },
				status: 200,
			},
		]);
	});

	it('Delete: DELETE /user/addresses/:id, then gone', async () => {
		const [first] = await savedAddresses();
		const { items, error } = await address('delete', { addressId: first.id });

		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(await requests()).toEqual([answered('DELETE', `/user/addresses/${String(first.id)}`)]);
		expect((await savedAddresses()).map((a) => a.id)).not.toContain(first.id);
	});

	describe('bad input is refused before any request', () => {
		it.each([
			['create', { ...JANE, name: BLANK }, /^Name: is required$/],
			['create', { ...JANE, phone: '  ' }, /^Phone: is required$/],
			['create', { ...JANE, zipCode: BLANK }, /^Zip Code: is required$/],
			[
				'create',
				{ ...JANE, country: 'gb' },
				/^Country: must be a two-letter country code in capitals/,
			],
			['create', { ...JANE, country: 'GBR' }, /^Country: must be a two-letter country code/],
			['update', { addressId: 10, updateFields: {} }, /^Update Fields: is empty$/],
			[
				'update',
				{ addressId: 10, updateFields: { city: ' ' } },
				/^Update Fields › City: is empty$/,
			],
			[
				'update',
				{ addressId: 10, updateFields: { country: 'Germany' } },
				/^Update Fields › Country: must be a two-letter country code/,
			],
			['delete', { addressId: BLANK }, /^Address: is required$/],
		])('%s %j', async (operation, parameters, message) => {
			const { items, error } = await address(operation, parameters);
			expect(items).toEqual([]);
			expect(error?.message).toMatch(message);
			expect(await requests()).toEqual([]);
		});
	});

	describe('API errors', () => {
		it('403: a read-only key cannot create', async () => {
			const { error } = await address('create', JANE, FULFILLBOT_KEYS.readOnly);
			expect(error?.name).toBe('NodeApiError');
			expect(error?.message).toMatch(
				/^Insufficient scope\. Required: profile:write\. Your key has: /,
			);
			expect((await requests()).map((r) => r.status)).toEqual([403]);
		});

		it('404: unknown address', async () => {
			const { error } = await address('delete', { addressId: 999999 });
			expect((error as { httpCode?: string }).httpCode).toBe('404');
		});
	});
});
