import type { IDataObject } from 'n8n-workflow';

import { FULFILLBOT_KEYS } from '../../sandbox/src';
import * as faults from '../support/createFaults';
import { useSandbox } from '../support/sandbox';
import { answered, BLANK, type FulfillbotRunOptions, fulfillbotTestKit } from './support';

// Rate limit off: the Return All test places >100 orders.
const sandbox = useSandbox({ rateLimits: { fulfillbot: null } });
const fb = fulfillbotTestKit(sandbox);
const { requests, post } = fb;

const ITEM = { productId: '12345', skuId: 's001', quantity: 2, remark: 'Check quality' };
/** The sandbox's cheapest SKU (0.10 CNY), for placing many orders on the seeded wallet. */
const CHEAP = { productId: '12349', skuId: 'st02', quantity: 1 };

const purchaseOrder = (
	operation: string,
	parameters?: IDataObject,
	options?: FulfillbotRunOptions,
) => fb.run('purchaseOrder', operation, parameters, options);

/** GET through the API directly (then the journal is cleared), to compare with what the node returns. */
const api = <T = IDataObject>(path: string) => fb.api<T>('GET', path);

type Balance = { balance: number; frozenBalance: number; availableBalance: number };
const wallet = () => api<Balance>('/user/wallet/balance');

describe('Fulfillbot › Purchase Order', () => {
	describe('reads', () => {
		it('Get Many: GET /orders?page=1&limit=50, one item per order', async () => {
			const expected = await api<{ items: IDataObject[]; total: number }>(
				'/orders?page=1&limit=50',
			);
			const { items, error } = await purchaseOrder('getAll');

			expect(error).toBeUndefined();
			expect(items.map((i) => i.json)).toEqual(expected.items);
			expect(items.length).toBe(expected.total);
			expect(items.length).toBeGreaterThan(1);
			expect(await requests()).toEqual([answered('GET', '/orders', { page: '1', limit: '50' })]);
		});

		it('Get Many with the status filter: ?status=pending, only pending orders', async () => {
			const { items, error } = await purchaseOrder('getAll', { filters: { status: 'pending' } });

			expect(error).toBeUndefined();
			expect(items.length).toBeGreaterThan(0);
			expect(items.every((i) => i.json.status === 'pending')).toBe(true);
			expect(await requests()).toEqual([
				answered('GET', '/orders', { page: '1', limit: '50', status: 'pending' }),
			]);
		});

		it('Get Many with Limit 2: asks for 2, returns 2, one request', async () => {
			const { items } = await purchaseOrder('getAll', { returnAll: false, limit: 2 });

			expect(items).toHaveLength(2);
			expect(await requests()).toEqual([answered('GET', '/orders', { page: '1', limit: '2' })]);
		});

		it('Return All walks pages of 100 to the total; Limit 101 truncates the second page without an extra request', async () => {
			const before = await api<{ total: number }>('/orders?page=1&limit=1');
			// Enough orders for more than one page of 100, placed through the API (the cheapest SKU).
			const needed = 101 - before.total + 5;
			await Promise.all(Array.from({ length: needed }, () => post('/orders', { items: [CHEAP] })));
			const total = before.total + needed;
			await sandbox.clearJournal();

			const all = await purchaseOrder('getAll', { returnAll: true });
			expect(all.error).toBeUndefined();
			expect(all.items).toHaveLength(total);
			expect(new Set(all.items.map((i) => i.json.orderNo)).size).toBe(total);
			expect((await requests()).map((r) => r.query)).toEqual([
				{ page: '1', limit: '100' },
				{ page: '2', limit: '100' },
			]);

			await sandbox.clearJournal();
			const limited = await purchaseOrder('getAll', { returnAll: false, limit: 101 });
			expect(limited.items).toHaveLength(101);
			expect(limited.items.map((i) => i.json)).toEqual(all.items.slice(0, 101).map((i) => i.json));
			// Pages keep their size: page 2 of size 1 would be the 2nd order, not the 101st.
			expect((await requests()).map((r) => r.query)).toEqual([
				{ page: '1', limit: '100' },
				{ page: '2', limit: '100' },
			]);
		});

		it('Get Stats: GET /orders/stats', async () => {
			const expected = await api('/orders/stats');
			const { items, error } = await purchaseOrder('getStats');

			expect(error).toBeUndefined();
			expect(items.map((i) => i.json)).toEqual([expected]);
			expect(await requests()).toEqual([
				{ method: 'GET', path: '/orders/stats', query: {}, body: null, status: 200 },
			]);
		});

		it.each([
			['get', ''],
			['getStatus', '/status'],
			['getLogistics', '/logistics'],
			['getInspection', '/inspection'],
		])('%s: GET /orders/:id%s with the trimmed order number', async (operation, suffix) => {
			const expected = await api(`/orders/ORD-20240115-001${suffix}`);
			const { items, error } = await purchaseOrder(operation, { orderId: ' ORD-20240115-001 ' });

			expect(error).toBeUndefined();
			expect(items.map((i) => i.json)).toEqual([expected]);
			expect(await requests()).toEqual([answered('GET', `/orders/ORD-20240115-001${suffix}`)]);
		});

		it('Get of an unknown order: the API’s 404 message as a NodeApiError', async () => {
			const { error } = await purchaseOrder('get', { orderId: 'ORD-NOPE' });

			expect(error?.name).toBe('NodeApiError');
			expect((error as { httpCode?: string }).httpCode).toBe('404');
			expect(error?.message).not.toMatch(/^Fulfillbot answered/);
			expect(await requests()).toHaveLength(1);
		});

		it('a blank order ID is refused before any request', async () => {
			const { error } = await purchaseOrder('get', { orderId: BLANK });

			expect(error?.message).toBe('Order ID: is required');
			expect(await requests()).toEqual([]);
		});
	});

	describe('Create', () => {
		it('POST /orders with items, remark and coupon; the wallet is charged once', async () => {
			const before = await wallet();
			const { items, error } = await purchaseOrder('create', {
				inputMode: 'fields',
				items: { item: [ITEM, { productId: ' 12345 ', skuId: 's002', quantity: 1, remark: '' }] },
				additionalFields: { remark: 'Handle with care' },
			});

			expect(error).toBeUndefined();
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({ status: 'pending', currency: 'CNY' });
			expect(items[0].json.orderNo).toEqual(expect.any(String));
			expect(items[0].pairedItem).toEqual({ item: 0 });
			expect(await requests()).toEqual([
				{
					method: 'POST',
					path: '/orders',
					query: {},
					body: {
						items: [ITEM, { productId: '12345', skuId: 's002', quantity: 1 }],
						remark: 'Handle with care',
					},
					status: 201,
				},
			]);
			// Charged once: one order, one payment, available balance down by the order amount.
			const orderNo = items[0].json.orderNo;
			const state = await sandbox.state();
			expect(
				state.fulfillbot.orders.filter((o: IDataObject) => o.orderNo === orderNo),
			).toHaveLength(1);
			expect(
				state.fulfillbot.transactions.filter((t: IDataObject) => t.orderNo === orderNo),
			).toEqual([expect.objectContaining({ type: 'order_payment', amount: -(299 * 2 + 319) })]);
			const after = await wallet();
			expect(before.availableBalance - after.availableBalance).toBeCloseTo(299 * 2 + 319, 2);
			expect(items[0].json.totalAmount).toBe(299 * 2 + 319);
		});

		it('Items (JSON) from an earlier node, with a coupon ID given as text', async () => {
			const coupons = await api<IDataObject[]>('/user/coupons/my');
			const couponId = coupons[0]?.id;
			const { error } = await purchaseOrder('create', {
				inputMode: 'json',
				itemsJson: JSON.stringify([{ productId: 12345, skuId: 's001', quantity: '3' }]),
				additionalFields: couponId === undefined ? {} : { couponId: `=${couponId}` },
			});

			expect(error).toBeUndefined();
			expect((await requests())[0].body).toEqual({
				items: [{ productId: '12345', skuId: 's001', quantity: 3 }],
				...(couponId === undefined ? {} : { couponId: Number(couponId) }),
			});
		});

		it('one order per input item, each paired with its input', async () => {
			const { items, error } = await purchaseOrder(
				'create',
				{ items: { item: [{ ...ITEM, quantity: 1 }] } },
				{ items: [{}, {}] },
			);

			expect(error).toBeUndefined();
			expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
			expect(new Set(items.map((i) => i.json.orderNo)).size).toBe(2);
			expect((await requests()).filter((r) => r.method === 'POST')).toHaveLength(2);
		});

		describe('bad input is refused before any request', () => {
			it.each<[string, IDataObject, RegExp]>([
				['no items', { items: {} }, /^Items: is empty$/],
				[
					'missing skuId (third row)',
					{ items: { item: [ITEM, ITEM, { productId: '12345', skuId: '', quantity: 1 }] } },
					/^Items\[2\]\.skuId: is required$/,
				],
				[
					'blank skuId by expression',
					{ items: { item: [{ productId: '12345', skuId: BLANK, quantity: 1 }] } },
					/^Items\[0\]\.skuId: is required$/,
				],
				[
					'missing productId',
					{ items: { item: [{ productId: ' ', skuId: 's001', quantity: 1 }] } },
					/^Items\[0\]\.productId: is required$/,
				],
				[
					'quantity 0',
					{ items: { item: [{ productId: '12345', skuId: 's001', quantity: 0 }] } },
					/^Items\[0\]\.quantity: must be a whole number of at least 1 \(got 0\)$/,
				],
				[
					'quantity -1 (JSON)',
					{ inputMode: 'json', itemsJson: '[{"productId":"12345","skuId":"s001","quantity":-1}]' },
					/^Items\[0\]\.quantity: must be a whole number of at least 1/,
				],
				[
					'quantity 1.5 (JSON)',
					{ inputMode: 'json', itemsJson: '[{"productId":"12345","skuId":"s001","quantity":1.5}]' },
					/^Items\[0\]\.quantity: must be a whole number/,
				],
				[
					'quantity missing (JSON)',
					{ inputMode: 'json', itemsJson: '[{"productId":"12345","skuId":"s001"}]' },
					/^Items\[0\]\.quantity: is required$/,
				],
				[
					'skuId missing (JSON)',
					{ inputMode: 'json', itemsJson: '[{"productId":"12345","quantity":1}]' },
					/^Items\[0\]\.skuId: is required$/,
				],
				['empty JSON array', { inputMode: 'json', itemsJson: '[]' }, /^Items: is empty$/],
				[
					'JSON that is not JSON',
					{ inputMode: 'json', itemsJson: '[{"productId":' },
					/^Items \(JSON\): is not valid JSON$/,
				],
				[
					'JSON row that is not an object',
					{ inputMode: 'json', itemsJson: '["12345"]' },
					/^Items\[0\]: must be an object/,
				],
				[
					'coupon that is not an ID',
					{ items: { item: [ITEM] }, additionalFields: { couponId: '=abc' } },
					/^Coupon: must be a coupon ID/,
				],
			])('%s', async (_case, parameters, message) => {
				const before = await sandbox.state();
				const { items, error } = await purchaseOrder('create', {
					inputMode: 'fields',
					...parameters,
				});

				expect(items).toEqual([]);
				expect(error?.message).toMatch(message);
				expect(error?.description).toEqual(expect.any(String));
				expect(await requests()).toEqual([]);
				expect((await sandbox.state()).fulfillbot.orders).toEqual(before.fulfillbot.orders);
			});
		});

		describe('never sent twice', () => {
			const create = (extra: { continueOnFail?: boolean; items?: IDataObject[] } = {}) =>
				purchaseOrder(
					'create',
					{ items: { item: [ITEM] }, requestOptions: { timeout: 1000 } },
					extra,
				);

			it.each([500, 502, 503])(
				'HTTP %i from POST /orders: exactly one POST, a NodeApiError saying the order may exist',
				async (status) => {
					await faults.faultPost(sandbox, 'fulfillbot', '/orders', {
						kind: 'status',
						status,
						count: 5,
					});
					const result = await create();

					faults.expectCreateFailed(
						result,
						status,
						new RegExp(`^Fulfillbot failed while creating the purchase order \\(HTTP ${status}\\)`),
					);
					expect(result.error?.description).toMatch(
						/may or may not have been created.*will not be re-sent.*"Retry On Fail" off/,
					);
					expect(await faults.postsTo(sandbox, 'fulfillbot')).toHaveLength(1);
				},
			);

			it('an nginx 502 page: exactly one POST', async () => {
				await faults.faultPost(sandbox, 'fulfillbot', '/orders', { kind: 'html', count: 5 });
				const { error } = await create();

				expect(error?.name).toBe('NodeApiError');
				expect((error as { httpCode?: string }).httpCode).toBe('502');
				expect(await sandbox.journal('fulfillbot')).toHaveLength(1);
			});

			it('no answer (hang) with a 1 s request timeout: exactly one POST, then a clear NodeApiError', async () => {
				await faults.faultPost(sandbox, 'fulfillbot', '/orders', { kind: 'hang', count: 5 });
				const { items, error } = await create();

				expect(items).toEqual([]);
				expect(error?.name).toBe('NodeApiError');
				expect(error?.message).toBe(
					'Fulfillbot did not answer the request to create the purchase order',
				);
				expect(error?.description).toMatch(/may or may not have been created \(.*timeout.*\)/i);
				expect(error?.description).not.toMatch(/consider setting the 'Retry on Fail'/);
				await faults.expectOneHungPost(sandbox, 'fulfillbot', '/orders');
			});

			it('a 4xx stays the API’s own error (nothing was created)', async () => {
				const { error } = await purchaseOrder(
					'create',
					{ items: { item: [ITEM] } },
					{ apiKey: FULFILLBOT_KEYS.readOnly },
				);

				expect(error?.name).toBe('NodeApiError');
				expect(error?.message).toMatch(
					/^Insufficient scope\. Required: orders:write\. Your key has: /,
				);
				expect(await requests()).toHaveLength(1);
			});

			it('continueOnFail: the failed create becomes an error item paired with its input, the other goes through — one POST each', async () => {
				await faults.faultPost(sandbox, 'fulfillbot', '/orders', {
					kind: 'status',
					status: 500,
					count: 1,
				});
				const result = await create(faults.TWO_ITEMS);
				const { items } = result;

				faults.expectPairedWithInputs(result);
				const failed = items.filter((i) => i.json.error);
				expect(failed).toHaveLength(1);
				expect(String(failed[0].json.error)).toMatch(
					/Fulfillbot failed while creating the purchase order/,
				);
				expect(items.filter((i) => !i.json.error)[0].json).toMatchObject({ status: 'pending' });
				expect(await faults.postsTo(sandbox, 'fulfillbot')).toHaveLength(2);
			});

			it('the operation tells users to keep Retry On Fail off', async () => {
				const { create, notice } = await faults.createOperationHelp('fulfillbot', 'purchaseOrder');
				expect(create?.description).toMatch(/Retry On Fail/);
				expect(notice?.displayName).toMatch(/Keep "Retry On Fail" off/);
			});
		});
	});

	describe('Cancel', () => {
		it('POST /orders/:id/cancel {reason}: cancelled and refunded to the wallet', async () => {
			const created = await post('/orders', {
				items: [{ productId: '12345', skuId: 's001', quantity: 1 }],
			});
			const before = await wallet();
			await sandbox.clearJournal();
			const { items, error } = await purchaseOrder('cancel', {
				orderId: String(created.orderNo),
				reason: 'Changed my mind',
			});

			expect(error).toBeUndefined();
			expect(items[0].json).toMatchObject({ orderNo: created.orderNo, status: 'cancelled' });
			expect(await requests()).toEqual([
				{
					method: 'POST',
					path: `/orders/${String(created.orderNo)}/cancel`,
					query: {},
					body: { reason: 'Changed my mind' },
					status: 200,
				},
			]);
			const after = await wallet();
			expect(after.availableBalance - before.availableBalance).toBeCloseTo(
				Number(items[0].json.refundAmount),
				2,
			);
			expect(Number(items[0].json.refundAmount)).toBeGreaterThan(0);
		});

		it('without a reason sends no body', async () => {
			const { error } = await purchaseOrder('cancel', { orderId: 'ORD-20240115-002' });
			expect(error).toBeUndefined();
			expect(await requests()).toEqual([answered('POST', '/orders/ORD-20240115-002/cancel')]);
		});

		it('after purchase: the API’s 400 message surfaces as a NodeApiError', async () => {
			const created = await post('/orders', {
				items: [{ productId: '12345', skuId: 's001', quantity: 1 }],
			});
			await sandbox.advance({ api: 'fulfillbot', kind: 'order', id: String(created.orderNo) }); // paid
			await sandbox.advance({ api: 'fulfillbot', kind: 'order', id: String(created.orderNo) }); // purchased
			await sandbox.clearJournal();
			const { error } = await purchaseOrder('cancel', {
				orderId: String(created.orderNo),
				reason: 'too late',
			});

			expect(error?.name).toBe('NodeApiError');
			expect((error as { httpCode?: string }).httpCode).toBe('400');
			const journal = await sandbox.journal('fulfillbot');
			expect(journal).toHaveLength(1);
			expect(error?.message).toBe(
				`Order ${String(created.orderNo)} is purchased: cancellation is only available for orders in pending/paid status`,
			);
			expect(journal[0]).toMatchObject({ method: 'POST', status: 400 });
		});
	});
});
