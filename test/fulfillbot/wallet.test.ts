import type { IDataObject } from 'n8n-workflow';

import { FULFILLBOT_KEYS } from '../../sandbox/src';
import { useSandbox } from '../support/sandbox';
import { answered, fulfillbotTestKit } from './support';

const sandbox = useSandbox();
const fb = fulfillbotTestKit(sandbox);
const { requests, api } = fb;

const wallet = (operation: string, parameters?: IDataObject, apiKey?: string) =>
	fb.run('wallet', operation, parameters, { apiKey });

describe('Fulfillbot › Wallet', () => {
	it('Get Balance: GET /user/wallet/balance, one item', async () => {
		const expected = await api('GET', '/user/wallet/balance');
		const { items, error } = await wallet('getBalance');

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([expected]);
		expect(items[0].json).toMatchObject({
			balance: expect.any(Number),
			frozenBalance: expect.any(Number),
			availableBalance: expect.any(Number),
			currency: 'CNY',
		});
		expect(await requests()).toEqual([
			{ method: 'GET', path: '/user/wallet/balance', query: {}, body: null, status: 200 },
		]);
	});

	it('Get Transactions (Return All): one item per transaction, stops at total', async () => {
		const expected = await api('GET', '/user/wallet/transactions?page=1&limit=100');
		const { items, error } = await wallet('getTransactions', { returnAll: true });

		expect(error).toBeUndefined();
		expect(expected.items.length).toBeGreaterThan(1);
		expect(items.map((i) => i.json)).toEqual(expected.items);
		expect(await requests()).toEqual([
			answered('GET', '/user/wallet/transactions', { page: '1', limit: '100' }),
		]);
	});

	it('Get Transactions (Limit 1): truncated, one request', async () => {
		const { items } = await wallet('getTransactions', { returnAll: false, limit: 1 });
		expect(items).toHaveLength(1);
		expect(await requests()).toEqual([
			answered('GET', '/user/wallet/transactions', { page: '1', limit: '1' }),
		]);
	});

	it('403 without wallet:read', async () => {
		const { error } = await wallet('getBalance', {}, FULFILLBOT_KEYS.productsCart);
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe(
			'Insufficient scope. Required: wallet:read. Your key has: products:read, cart:read',
		);
	});

	it('500 becomes a NodeApiError after exactly one request', async () => {
		await sandbox.fault({
			api: 'fulfillbot',
			path: '/user/wallet/balance',
			kind: 'status',
			status: 500,
		});
		const { error } = await wallet('getBalance');
		expect((error as { httpCode?: string }).httpCode).toBe('500');
		expect(await sandbox.journal('fulfillbot')).toHaveLength(1);
	});
});
