import type { IDataObject } from 'n8n-workflow';

import { SHOPLINE, SHOPLINE_SEED } from '../../sandbox/src';
import { useSandbox } from '../support/sandbox';
import {
	BLANK,
	JSON_CONTENT_TYPE,
	orderRead,
	shoplineTestKit,
	STORES,
	type ShoplineRunOptions,
} from './support';

const sandbox = useSandbox();
const kit = shoplineTestKit(sandbox);
const { requests, api } = kit;
const order = (operation: string, parameters?: IDataObject, options?: ShoplineRunOptions) =>
	kit.run('order', operation, parameters, options);

const SEED = SHOPLINE_SEED.orders;
const BUSY = SHOPLINE_SEED.busy;
const main = { handle: SHOPLINE.handle, version: SHOPLINE.version };
const busy = { handle: SHOPLINE.busyHandle, version: SHOPLINE.version };

describe('SHOPLINE › Order', () => {
	describe('Get Many', () => {
		it('GET orders.json?limit=50 on the store’s path with the JSON content type; one item per order', async () => {
			const expected = await api<{ orders: IDataObject[] }>('/orders.json?limit=50');
			const { items, error } = await order('getAll');

			expect(error).toBeUndefined();
			expect(items.length).toBeGreaterThan(0);
			expect(items.map((i) => i.json)).toEqual(expected.orders);
			expect(await requests()).toEqual([
				{
					method: 'GET',
					path: '/orders.json',
					query: { limit: '50' },
					body: null,
					status: 200,
					...main,
				},
			]);
			const [entry] = await sandbox.journal('shopline');
			expect(entry.headers['content-type']).toBe(JSON_CONTENT_TYPE);
			expect(entry.headers.authorization).toBe('Bearer sho***');
		});

		it('every filter and option goes out under its documented name; blank text filters are left out', async () => {
			const { error } = await order('getAll', {
				filters: {
					status: 'any',
					financial_status: 'paid',
					fulfillment_status: 'partial',
					created_at_min: '2026-03-01T00:00:00+08:00',
					created_at_max: ' 2026-03-31T23:59:59+08:00 ',
					updated_at_min: '2026-03-02T00:00:00Z',
					updated_at_max: '2026-04-01T00:00:00.000+08:00',
					email: BLANK,
					ids: ` ${SEED.partial} , ${SEED.unshipped}`,
				},
				options: { fields: 'id,name,line_items', sort_condition: '' },
			});

			expect(error).toBeUndefined();
			expect((await requests()).map((r) => r.query)).toEqual([
				{
					status: 'any',
					financial_status: 'paid',
					fulfillment_status: 'partial',
					created_at_min: '2026-03-01T00:00:00+08:00',
					created_at_max: '2026-03-31T23:59:59+08:00',
					updated_at_min: '2026-03-02T00:00:00Z',
					updated_at_max: '2026-04-01T00:00:00.000+08:00',
					ids: `${SEED.partial},${SEED.unshipped}`,
					fields: 'id,name,line_items',
					limit: '50',
				},
			]);
		});

		it('filters narrow the answer: paid + partial is order #1002 only', async () => {
			const { items, error } = await order('getAll', {
				filters: { status: 'any', financial_status: 'paid', fulfillment_status: 'partial' },
			});

			expect(error).toBeUndefined();
			expect(items.map((i) => i.json.id)).toEqual([SEED.partial]);
		});

		it('Return All walks the `link` header: ceil(250/100) = 3 requests; later pages send only page_info + limit + fields', async () => {
			const { items, error } = await order(
				'getAll',
				{ returnAll: true, filters: { status: 'any' }, options: { fields: 'id,name' } },
				{ store: STORES.busy },
			);

			expect(error).toBeUndefined();
			expect(items).toHaveLength(BUSY.count);
			expect(new Set(items.map((i) => i.json.id)).size).toBe(BUSY.count);
			const sent = await requests();
			expect(
				sent.map(({ method, path, status, handle, version }) => ({
					method,
					path,
					status,
					handle,
					version,
				})),
			).toEqual(
				Array.from({ length: Math.ceil(BUSY.count / 100) }, () => ({
					method: 'GET',
					path: '/orders.json',
					status: 200,
					...busy,
				})),
			);
			expect(sent[0].query).toEqual({ status: 'any', fields: 'id,name', limit: '100' });
			for (const later of sent.slice(1)) {
				expect(later.query).toEqual({
					page_info: expect.any(String),
					fields: 'id,name',
					limit: '100',
				});
			}
			expect(sent[1].query.page_info).not.toBe(sent[2].query.page_info);
		});

		it('Limit 150 crosses a page boundary: 100, then page_info with limit 50; the same orders as Return All', async () => {
			const all = await order('getAll', { returnAll: true }, { store: STORES.busy });
			await sandbox.clearJournal();
			const { items, error } = await order(
				'getAll',
				{ returnAll: false, limit: 150 },
				{ store: STORES.busy },
			);

			expect(error).toBeUndefined();
			expect(items).toHaveLength(150);
			expect(items.map((i) => i.json)).toEqual(all.items.slice(0, 150).map((i) => i.json));
			expect((await requests()).map((r) => r.query)).toEqual([
				{ limit: '100' },
				{ page_info: expect.any(String), limit: '50' },
			]);
		});

		it('Limit 100 is one request even though more pages exist', async () => {
			const { items } = await order(
				'getAll',
				{ returnAll: false, limit: 100 },
				{ store: STORES.busy },
			);

			expect(items).toHaveLength(100);
			expect((await requests()).map((r) => r.query)).toEqual([{ limit: '100' }]);
		});

		describe('bad filters are refused before any request', () => {
			it.each<[string, IDataObject, RegExp]>([
				[
					'a date without a time zone',
					{ created_at_min: '2026-03-01T00:00:00' },
					/^Created After: must be an ISO 8601 date and time with a time zone/,
				],
				[
					'a date that is not a date',
					{ updated_at_max: 'yesterday' },
					/^Updated Before: must be an ISO 8601/,
				],
				[
					'an order name among the IDs',
					{ ids: `${SEED.unshipped},#1002` },
					/^Order IDs: must be numeric IDs separated by commas/,
				],
				[
					'101 IDs',
					{ ids: Array.from({ length: 101 }, (_, i) => String(1000 + i)).join(',') },
					/^Order IDs: has 101 IDs; SHOPLINE accepts at most 100$/,
				],
			])('%s', async (_why, filters, message) => {
				const { error } = await order('getAll', { filters });

				expect(error?.message).toMatch(message);
				expect(await sandbox.journal()).toEqual([]);
			});
		});
	});

	describe('Get', () => {
		it('GET orders.json?ids=<id>&status=any: the one order, with its line items', async () => {
			const expected = await api<{ orders: IDataObject[] }>(
				`/orders.json?ids=${SEED.unshipped}&status=any`,
			);
			const { items, error } = await order('get', { orderId: ` ${SEED.unshipped} ` });

			expect(error).toBeUndefined();
			expect(items.map((i) => i.json)).toEqual(expected.orders);
			expect(items[0].json).toMatchObject({ id: SEED.unshipped, name: '#1001' });
			expect(await requests()).toEqual([orderRead(SEED.unshipped)]);
		});

		it('a cancelled order is found too (status=any)', async () => {
			const { items, error } = await order('get', { orderId: SEED.cancelled });

			expect(error).toBeUndefined();
			expect(items[0].json).toMatchObject({ id: SEED.cancelled, status: 'cancelled' });
		});

		it('no such order: a clear "order not found" error after the one GET', async () => {
			const { error } = await order('get', { orderId: '21057401932826316666960000' });

			expect(error?.message).toBe('SHOPLINE order 21057401932826316666960000 not found');
			expect(error?.description).toMatch(/numeric ID/);
			expect(await requests()).toHaveLength(1);
		});

		it("another store's order is not found in this store", async () => {
			const { error } = await order('get', { orderId: SEED.otherUnshipped });

			expect(error?.message).toBe(`SHOPLINE order ${SEED.otherUnshipped} not found`);
		});

		it.each([
			[
				'an order name',
				'#1001',
				/^Order ID: must be SHOPLINE's numeric ID, digits only \(got "#1001"\)$/,
			],
			['a path', '1/../../x', /^Order ID: must be SHOPLINE's numeric ID/],
			['blank by expression', BLANK, /^Order ID: is required$/],
		])('%s is refused before any request', async (_why, orderId, message) => {
			const { error } = await order('get', { orderId });

			expect(error?.message).toMatch(message);
			expect(await sandbox.journal()).toEqual([]);
		});
	});

	describe('Count', () => {
		it('GET orders/count.json with the filters: {count}', async () => {
			const expected = await api<{ count: number }>(
				'/orders/count.json?status=any&financial_status=paid',
			);
			const { items, error } = await order('count', {
				filters: { status: 'any', financial_status: 'paid' },
			});

			expect(error).toBeUndefined();
			expect(items.map((i) => i.json)).toEqual([expected]);
			expect(typeof expected.count).toBe('number');
			expect(await requests()).toEqual([
				{
					method: 'GET',
					path: '/orders/count.json',
					query: { status: 'any', financial_status: 'paid' },
					body: null,
					status: 200,
					...main,
				},
			]);
		});

		it('the busy store counts all its orders', async () => {
			const { items } = await order(
				'count',
				{ filters: { status: 'any' } },
				{ store: STORES.busy },
			);

			expect(items.map((i) => i.json)).toEqual([{ count: BUSY.count }]);
		});
	});

	describe('Cancel', () => {
		it('POST orders/{id}/cancel.json with an empty JSON object: the cancelled order', async () => {
			const { items, error } = await order('cancel', { orderId: SEED.unpaid });

			expect(error).toBeUndefined();
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({ id: SEED.unpaid, status: 'cancelled' });
			expect(await requests()).toEqual([
				{
					method: 'POST',
					path: `/orders/${SEED.unpaid}/cancel.json`,
					query: {},
					body: {},
					status: 200,
					...main,
				},
			]);
			const [entry] = await sandbox.journal('shopline');
			expect(entry.headers['content-type']).toBe(JSON_CONTENT_TYPE);
		});

		it('a bad order ID is refused before any request', async () => {
			const { error } = await order('cancel', { orderId: 'abc' });

			expect(error?.message).toMatch(/^Order ID: must be SHOPLINE's numeric ID/);
			expect(await sandbox.journal()).toEqual([]);
		});
	});
});
