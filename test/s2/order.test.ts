import type { IDataObject } from 'n8n-workflow';

import { S2, S2_SEED } from '../../sandbox/src';
import { faultPost, postsTo } from '../support/createFaults';
import { useSandbox } from '../support/sandbox';
import { BLANK, orderBody, s2TestKit, type S2RunOptions, wireOf } from './support';

const sandbox = useSandbox();
const s2 = s2TestKit(sandbox);
const { requests } = s2;
const A = S2_SEED.orgA;

const order = (operation: string, parameters?: IDataObject, options?: S2RunOptions) =>
	s2.run('order', operation, parameters, options);

type Page = { items: IDataObject[]; total: number };

const ADDRESS_PARAMETERS = {
	addressName: 'Jane Doe',
	address1: '42 Main St',
	address2: 'Apt 5',
	addressCity: 'Springfield',
	addressState: 'IL',
	addressPostalCode: '62701',
	addressCountryId: 'US',
	addressEmail: 'jane.doe@example.com',
};
const ADDRESS = {
	name: 'Jane Doe',
	company: '',
	address1: '42 Main St',
	address2: 'Apt 5',
	city: 'Springfield',
	state: 'IL',
	postalCode: '62701',
	countryId: 'US',
	phone: '',
	email: 'jane.doe@example.com',
};
const CREATE = {
	accountId: A.accounts.sandboxStore,
	channelOrderId: 'SHOP-1001',
	channelOrderDate: '2026-11-20T10:30:00',
	...ADDRESS_PARAMETERS,
	orderItems: { item: [{ productId: A.products[2], quantity: 2 }] },
};

describe('S2 › Order', () => {
	describe('Get Many', () => {
		it('GET /order?offset=0&limit=50, one item per order, with the credential’s headers', async () => {
			const expected = await s2.get<Page>('/order?offset=0&limit=50');
			const { items, error } = await order('getAll');

			expect(error).toBeUndefined();
			expect(items.map((i) => i.json)).toEqual(expected.items);
			expect(items.length).toBe(expected.total);
			expect(items.length).toBeGreaterThan(1);
			const journal = await sandbox.journal('s2');
			expect(journal.map(wireOf)).toEqual([
				{
					method: 'GET',
					path: '/order',
					query: { offset: '0', limit: '50' },
					body: null,
					status: 200,
				},
			]);
			expect(journal[0].headers).toMatchObject({
				authorization: 'Bearer s2-***',
				'x-s2-organization': S2.orgA,
				accept: 'application/json',
			});
		});

		it('Limit 2: asks for 2, returns 2, one request', async () => {
			const { items } = await order('getAll', { returnAll: false, limit: 2 });

			expect(items).toHaveLength(2);
			expect((await requests()).map((r) => r.query)).toEqual([{ offset: '0', limit: '2' }]);
		});

		it('Search Term: ?term=, only matching orders', async () => {
			const { items, error } = await order('getAll', {
				filters: { term: A.channelOrderIds.fulfilled },
			});

			expect(error).toBeUndefined();
			expect(items.map((i) => i.json.id)).toEqual([A.orders.fulfilled]);
			expect((await requests()).map((r) => r.query)).toEqual([
				{ offset: '0', limit: '50', term: A.channelOrderIds.fulfilled },
			]);
		});

		it('Return All walks offsets in pages of 100: ceil(N/100) requests; Limit 150 stops after the second page', async () => {
			const before = await s2.get<Page>('/order?limit=1');
			const needed = 201 - before.total;
			for (let n = 0; n < needed; n++) {
				const { status } = await s2.api('POST', '/order', orderBody(`BULK-${n}`, ADDRESS));
				expect(status).toBeLessThan(300);
			}
			const total = before.total + needed;

			const all = await order('getAll', { returnAll: true });
			expect(all.error).toBeUndefined();
			expect(all.items).toHaveLength(total);
			expect(new Set(all.items.map((i) => i.json.id)).size).toBe(total);
			expect((await requests()).map((r) => r.query)).toEqual([
				{ offset: '0', limit: '100' },
				{ offset: '100', limit: '100' },
				{ offset: '200', limit: '100' },
			]);
			expect(Math.ceil(total / 100)).toBe(3);

			await sandbox.clearJournal();
			const limited = await order('getAll', { returnAll: false, limit: 150 });
			expect(limited.items.map((i) => i.json)).toEqual(all.items.slice(0, 150).map((i) => i.json));
			expect((await requests()).map((r) => r.query)).toEqual([
				{ offset: '0', limit: '100' },
				{ offset: '100', limit: '100' },
			]);
		});
	});

	describe('Get Details', () => {
		it('GET /order/{orderId}: the order with its fulfillments', async () => {
			const expected = await s2.get(`/order/${A.orders.fulfilled}`);
			const { items, error } = await order('get', { orderId: ` ${A.orders.fulfilled} ` });

			expect(error).toBeUndefined();
			expect(items.map((i) => i.json)).toEqual([expected]);
			expect((items[0].json.fulfillments as IDataObject[]).map((f) => f.id)).toEqual([
				A.fulfillments.shipped,
			]);
			expect(await requests()).toEqual([
				{ method: 'GET', path: `/order/${A.orders.fulfilled}`, query: {}, body: null, status: 200 },
			]);
		});

		it('an org B credential cannot see org A’s order: S2’s error surfaces', async () => {
			const { items, error } = await order(
				'get',
				{ orderId: A.orders.assigned },
				{ organizationId: S2.orgB },
			);

			expect(items).toEqual([]);
			expect(error?.name).toBe('NodeApiError');
			expect(Number((error as { httpCode?: string }).httpCode)).toBeGreaterThanOrEqual(400);
			expect(error?.message).not.toMatch(/^S2 answered HTTP/);
			expect(error?.message).not.toMatch(/reference ID/i);
			expect(error?.description).toMatch(/S2 reference ID for support: [0-9a-f-]{36}\./);
			const [entry] = await sandbox.journal('s2');
			expect(entry).toMatchObject({ method: 'GET', path: `/order/${A.orders.assigned}` });
			expect(entry.headers['x-s2-organization']).toBe(S2.orgB);
		});

		it('a blank order ID is refused before any request', async () => {
			const { error } = await order('get', { orderId: BLANK });

			expect(error?.message).toBe('Order ID: is required');
			expect(await requests()).toEqual([]);
		});
	});

	describe('Create', () => {
		it('POST /order with every documented field; the date in UTC; S2 has the order once', async () => {
			const { items, error } = await order('create', {
				...CREATE,
				currencyId: 'cad',
				channelShippingMethod: 'Express',
			});

			expect(error).toBeUndefined();
			const journal = await sandbox.journal('s2');
			expect(journal).toHaveLength(1);
			expect(journal[0].headers).toMatchObject({
				authorization: 'Bearer s2-***',
				'x-s2-organization': S2.orgA,
			});
			expect(journal[0]).toMatchObject({
				method: 'POST',
				path: '/order',
				query: {},
				body: {
					accountId: A.accounts.sandboxStore,
					channelOrderId: 'SHOP-1001',
					channelShippingMethod: 'Express',
					shippingAddress: ADDRESS,
					billingAddress: null,
					channelOrderDate: '2026-11-20T10:30:00.000Z',
					currencyId: 'CAD',
					item: [{ productId: A.products[2], quantity: 2 }],
					meta: {},
					attachments: [],
				},
			});
			expect(journal[0].status).toBeLessThan(300);
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({
				channelOrderId: 'SHOP-1001',
				status: 'UNFULFILLED',
				shippingAddress: ADDRESS,
			});
			const orders = ((await sandbox.state()).s2.orders as IDataObject[]).filter(
				(o) => o.channelOrderId === 'SHOP-1001',
			);
			expect(orders).toHaveLength(1);
		});

		it('items as JSON pass extra fields through; an empty shipping method is sent as ""', async () => {
			const { error } = await order('create', {
				...CREATE,
				orderItemsInputMode: 'json',
				orderItemsJson: JSON.stringify([{ productId: A.products[0], quantity: '3', price: 19.99 }]),
			});

			expect(error).toBeUndefined();
			expect((await requests())[0].body).toMatchObject({
				channelShippingMethod: '',
				item: [{ productId: A.products[0], quantity: 3, price: 19.99 }],
			});
		});

		describe('bad input is refused before any request', () => {
			it.each<[string, IDataObject, RegExp]>([
				['no account', { accountId: BLANK }, /^Account: is required$/],
				['no channel order ID', { channelOrderId: BLANK }, /^Channel Order ID: is required$/],
				[
					'a date that is not a date',
					{ channelOrderDate: '=yesterday' },
					/^Channel Order Date: is not a date/,
				],
				[
					'a currency that is not ISO 4217',
					{ currencyId: 'dollars' },
					/^Currency: must be a three-letter ISO 4217 code/,
				],
				['no items', { orderItems: {} }, /^Items: is empty$/],
				[
					'JSON items that are not JSON',
					{ orderItemsInputMode: 'json', orderItemsJson: 'nope' },
					/^Items \(JSON\): is not valid JSON$/,
				],
				[
					'bad country',
					{ addressCountryId: 'USA' },
					/^Shipping Address Country: must be an ISO 3166-1 alpha-2/,
				],
				['missing street', { address1: BLANK }, /^Shipping Address Address Line 1: is required$/],
			])('%s', async (_case, parameters, message) => {
				const { items, error } = await order('create', { ...CREATE, ...parameters });

				expect(items).toEqual([]);
				expect(error?.message).toMatch(message);
				expect(error?.description).toEqual(expect.any(String));
				expect(await sandbox.journal('s2')).toEqual([]);
			});
		});

		it('HTTP 503 from POST /order: exactly one POST, a NodeApiError saying the order may exist', async () => {
			await faultPost(sandbox, 's2', '/order', { kind: 'status', status: 503, count: 5 });
			const { error } = await order('create', CREATE);

			expect(error?.name).toBe('NodeApiError');
			expect(error?.message).toMatch(/^S2 failed while creating the order \(HTTP 503\)/);
			expect(error?.description).toMatch(/"Retry On Fail" off/);
			expect(await postsTo(sandbox, 's2')).toHaveLength(1);
		});
	});

	describe('Cancel', () => {
		it('POST /order/{orderId}/cancel: the order comes back CANCELLED', async () => {
			const { items, error } = await order('cancel', { orderId: A.orders.unfulfilled });

			expect(error).toBeUndefined();
			expect(items[0].json).toMatchObject({ id: A.orders.unfulfilled, status: 'CANCELLED' });
			expect(await requests()).toEqual([
				{
					method: 'POST',
					path: `/order/${A.orders.unfulfilled}/cancel`,
					query: {},
					body: null,
					status: 200,
				},
			]);
			expect(await s2.get(`/order/${A.orders.unfulfilled}`)).toMatchObject({ status: 'CANCELLED' });
		});

		it('a shipped order: S2’s refusal surfaces as a NodeApiError', async () => {
			const { error } = await order('cancel', { orderId: A.orders.fulfilled });

			expect(error?.name).toBe('NodeApiError');
			expect(Number((error as { httpCode?: string }).httpCode)).toBeGreaterThanOrEqual(400);
			expect(error?.message).not.toMatch(/^S2 answered HTTP/);
			expect(await requests()).toHaveLength(1);
		});
	});
});
