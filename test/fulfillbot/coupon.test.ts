import type { IDataObject } from 'n8n-workflow';

import { FULFILLBOT_KEYS } from '../../sandbox/src';
import { useSandbox } from '../support/sandbox';
import { fulfillbotTestKit } from './support';

const sandbox = useSandbox();
const fb = fulfillbotTestKit(sandbox);
const { requests, api } = fb;

const coupon = (operation: string, parameters?: IDataObject, apiKey?: string) =>
	fb.run('coupon', operation, parameters, { apiKey });

describe('Fulfillbot › Coupon', () => {
	it.each([
		['getAvailable', '/user/coupons/available'],
		['getClaimed', '/user/coupons/my'],
	])('%s: GET %s, one item per coupon', async (operation, path) => {
		const data = await api('GET', path);
		const { items, error } = await coupon(operation);

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual(Array.isArray(data) ? data : [data]);
		expect(items.length).toBeGreaterThan(0);
		expect(await requests()).toEqual([{ method: 'GET', path, query: {}, body: null, status: 200 }]);
	});

	it('403 without coupons:read carries the scope message', async () => {
		const { error } = await coupon('getAvailable', {}, FULFILLBOT_KEYS.productsCart);
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe(
			'Insufficient scope. Required: coupons:read. Your key has: products:read, cart:read',
		);
	});
});
