import type { IDataObject } from 'n8n-workflow';

import { SHOPLINE, SHOPLINE_SEED } from '../../sandbox/src';
import { useSandbox } from '../support/sandbox';
import { BLANK, shoplineTestKit, STORES, type ShoplineRunOptions } from './support';

const sandbox = useSandbox();
const kit = shoplineTestKit(sandbox);
const { requests, api } = kit;
const fulfillmentOrder = (
	operation: string,
	parameters?: IDataObject,
	options?: ShoplineRunOptions,
) => kit.run('fulfillmentOrder', operation, parameters, options);

const SEED = SHOPLINE_SEED.orders;
const main = { handle: SHOPLINE.handle, version: SHOPLINE.version };
const SEARCH = '/fulfillment_orders/fulfillment_orders_search.json';

describe('SHOPLINE › Fulfillment Order', () => {
	it('Get Many for Order: GET fulfillment_orders/{order_id}/fulfillment_orders.json, one item per fulfillment order', async () => {
		const expected = await api<{ fulfillment_orders: IDataObject[] }>(
			`/fulfillment_orders/${SEED.partial}/fulfillment_orders.json`,
		);
		const { items, error } = await fulfillmentOrder('getForOrder', { orderId: SEED.partial });

		expect(error).toBeUndefined();
		expect(expected.fulfillment_orders.length).toBeGreaterThan(0);
		expect(items.map((i) => i.json)).toEqual(expected.fulfillment_orders);
		expect(await requests()).toEqual([
			{
				method: 'GET',
				path: `/fulfillment_orders/${SEED.partial}/fulfillment_orders.json`,
				query: {},
				body: null,
				status: 200,
				...main,
			},
		]);
	});

	it('Get Many for Order with an order name is refused before any request', async () => {
		const { error } = await fulfillmentOrder('getForOrder', { orderId: '#1002' });

		expect(error?.message).toMatch(/^Order ID: must be SHOPLINE's numeric ID/);
		expect(await sandbox.journal()).toEqual([]);
	});

	it('Search: GET fulfillment_orders_search.json?limit=50 (Limit), one item per fulfillment order', async () => {
		const expected = await api<{ fulfillment_orders: IDataObject[] }>(`${SEARCH}?limit=50`);
		const { items, error } = await fulfillmentOrder('search');

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual(expected.fulfillment_orders);
		expect(await requests()).toEqual([
			{ method: 'GET', path: SEARCH, query: { limit: '50' }, body: null, status: 200, ...main },
		]);
	});

	it('Search sends the documented filters; blank ones are left out', async () => {
		const { error } = await fulfillmentOrder('search', {
			limit: 10,
			filters: {
				assignment_status: ' unsubmitted ',
				location_ids: '24826418,24826411',
				since_id: BLANK,
			},
		});

		expect(error).toBeUndefined();
		expect((await requests()).map((r) => r.query)).toEqual([
			{ assignment_status: 'unsubmitted', location_ids: '24826418,24826411', limit: '10' },
		]);
	});

	it('Search with Return All on the busy store follows the `link` header to the last page', async () => {
		const first = await api<{ fulfillment_orders: IDataObject[] }>(
			`${SEARCH}?limit=100`,
			STORES.busy,
		);
		const { items, error } = await fulfillmentOrder(
			'search',
			{ returnAll: true },
			{ store: STORES.busy },
		);

		expect(error).toBeUndefined();
		const sent = await requests();
		expect(sent[0].query).toEqual({ limit: '100' });
		expect(items.slice(0, first.fulfillment_orders.length).map((i) => i.json)).toEqual(
			first.fulfillment_orders,
		);
		expect(sent).toHaveLength(Math.max(1, Math.ceil(items.length / 100)));
		for (const later of sent.slice(1))
			expect(later.query).toEqual({ page_info: expect.any(String), limit: '100' });
		expect(new Set(items.map((i) => i.json.id)).size).toBe(items.length);
	});
});
