import type { IDataObject } from 'n8n-workflow';

import { FULFILLBOT_KEYS } from '../../sandbox/src';
import { runNode } from '../support/engine';
import { useSandbox } from '../support/sandbox';

const sandbox = useSandbox();

function coupon(operation: string, parameters: IDataObject = {}, apiKey: string = FULFILLBOT_KEYS.all) {
	return runNode({
		type: 'fulfillbot',
		parameters: { resource: 'coupon', operation, ...parameters },
		credentials: { fulfillbotApi: { apiKey, baseUrl: sandbox.fulfillbotBaseUrl } },
	});
}

async function requests() {
	return (await sandbox.journal('fulfillbot')).map(({ method, path, query, body, status }) => ({ method, path, query, body, status }));
}

/** Calls the API directly (then clears the journal) to know what the node should return. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test reads API answers of any shape
async function api(method: string, path: string, body?: unknown): Promise<any> {
	const response = await fetch(`${sandbox.fulfillbotBaseUrl}${path}`, {
		method,
		headers: { Authorization: `Bearer ${FULFILLBOT_KEYS.all}`, 'Content-Type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const json = (await response.json()) as { data: unknown };
	await sandbox.clearJournal();
	return json.data;
}

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
		expect(error?.message).toBe('Insufficient scope. Required: coupons:read. Your key has: products:read, cart:read');
	});
});
