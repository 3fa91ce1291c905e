import { useSandbox } from '../../test/support/sandbox';
import { FULFILLBOT_KEYS } from '../src';
import { bearer, client } from './http';

const sandbox = useSandbox({ rateLimits: { fulfillbot: null } });
const api = (key: string = FULFILLBOT_KEYS.all) => client(sandbox.fulfillbotBaseUrl, bearer(key));
const balance = async () => (await api().get('/user/wallet/balance')).data.data;
const advance = (id: string) => sandbox.advance({ api: 'fulfillbot', kind: 'order', id });
const NIKE_X2 = {
	items: [{ productId: '12345', skuId: 's001', quantity: 2, remark: 'Check quality' }],
	remark: 'Handle with care',
};

describe('Fulfillbot purchase orders: reading', () => {
	it('GET /orders lists newest first with documented paging and summary fields', async () => {
		const res = await api().get('/orders');
		expect(res.data.data).toMatchObject({ total: 5, page: 1, limit: 20 });
		expect(res.data.data.items.map((o: { orderNo: string }) => o.orderNo)).toEqual([
			'ORD-20240118-005',
			'ORD-20240117-004',
			'ORD-20240116-003',
			'ORD-20240115-002',
			'ORD-20240115-001',
		]);
		expect(res.data.data.items[4]).toMatchObject({
			orderNo: 'ORD-20240115-001',
			status: 'in_warehouse',
			totalAmount: 598,
			itemCount: 2,
			createdAt: '2024-01-15T08:30:00Z',
		});
	});

	it('GET /orders filters by status and pages: page 2, total, limit > 100 and page 0 refused by name', async () => {
		expect(
			(await api().get('/orders', { params: { status: 'in_warehouse', page: 1, limit: 10 } })).data
				.data,
		).toMatchObject({
			total: 1,
			limit: 10,
			items: [expect.objectContaining({ orderNo: 'ORD-20240115-001' })],
		});
		const page2 = await api().get('/orders', { params: { page: 2, limit: 2 } });
		expect(page2.data.data.items.map((o: { orderNo: string }) => o.orderNo)).toEqual([
			'ORD-20240116-003',
			'ORD-20240115-002',
		]);
		expect(page2.data.data).toMatchObject({ total: 5, page: 2, limit: 2 });
		expect((await api().get('/orders', { params: { page: 9 } })).data.data).toMatchObject({
			items: [],
			total: 5,
		});
		for (const [params, field] of [
			[{ limit: 101 }, 'limit'],
			[{ limit: 0 }, 'limit'],
			[{ page: 0 }, 'page'],
			[{ status: 'shipped' }, 'status'],
		] as const) {
			const res = await api().get('/orders', { params });
			expect(res.status).toBe(400);
			expect(res.data.message).toMatch(new RegExp(`^${field}: `));
		}
		expect((await api().get('/orders', { params: { limit: 100 } })).status).toBe(200);
	});

	it('GET /orders/stats counts per documented status', async () => {
		expect((await api().get('/orders/stats')).data.data).toEqual({
			total: 5,
			pending: 1,
			paid: 1,
			purchased: 0,
			shipped_to_warehouse: 0,
			in_warehouse: 1,
			completed: 1,
			cancelled: 1,
		});
	});

	it('GET /orders/:id and its /status, /logistics, /inspection', async () => {
		const detail = (await api().get('/orders/ORD-20240115-001')).data.data;
		expect(detail).toMatchObject({
			orderNo: 'ORD-20240115-001',
			status: 'in_warehouse',
			totalAmount: 598,
			currency: 'CNY',
			platform: 'taobao',
			logistics: { trackingNo: 'SF1234567890', carrier: 'SF Express' },
		});
		expect(detail.userId).toBeUndefined();
		expect((await api().get('/orders/ORD-20240115-001/status')).data.data).toEqual({
			orderNo: 'ORD-20240115-001',
			status: 'in_warehouse',
			updatedAt: '2024-01-18T10:00:00Z',
		});
		expect((await api().get('/orders/ORD-20240115-001/logistics')).data.data).toEqual({
			orderNo: 'ORD-20240115-001',
			status: 'in_warehouse',
			trackingNo: 'SF1234567890',
			carrier: 'SF Express',
		});
		expect((await api().get('/orders/ORD-20240115-001/inspection')).data.data).toEqual({
			orderNo: 'ORD-20240115-001',
			status: 'in_warehouse',
			result: 'passed',
			weight: 850,
			photos: ['https://example.com/qc/ORD-20240115-001-1.jpg'],
		});
		expect((await api().get('/orders/ORD-20240115-002/logistics')).data.data).toMatchObject({
			trackingNo: null,
			carrier: null,
		});
		expect((await api().get('/orders/ORD-NOPE/status')).data).toEqual({
			statusCode: 404,
			message: 'Order ORD-NOPE not found',
			error: 'Not Found',
		});
	});
});

describe('Fulfillbot purchase orders: money', () => {
	it('the seeded wallet: 2000.00 with the three open orders frozen', async () => {
		expect(await balance()).toEqual({
			balance: 2000,
			frozenBalance: 1025,
			availableBalance: 975,
			currency: 'CNY',
		});
	});

	it('POST /orders (201) prices the SKUs, adds a 5% service fee and freezes the amount', async () => {
		const res = await api().post('/orders', NIKE_X2);
		expect(res.status).toBe(201);
		expect(res.data.data).toMatchObject({
			orderNo: expect.stringMatching(/^ORD-\d{8}-006$/),
			status: 'pending',
			totalAmount: 598,
			serviceFee: 29.9,
			currency: 'CNY',
			platform: 'taobao',
			items: [
				{
					productId: 12345,
					title: 'Nike Air Max 90',
					skuId: 's001',
					skuName: 'Black / US 9',
					price: 299,
					quantity: 2,
					remark: 'Check quality',
				},
			],
			remark: 'Handle with care',
			createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
		});
		expect(await balance()).toEqual({
			balance: 2000,
			frozenBalance: 1623,
			availableBalance: 377,
			currency: 'CNY',
		});
		const [latest] = (await api().get('/user/wallet/transactions')).data.data.items;
		expect(latest).toMatchObject({
			type: 'order_payment',
			amount: -598,
			orderNo: res.data.data.orderNo,
			balanceAfter: 2000,
			availableBalanceAfter: 377,
		});
		expect((await api().get('/orders')).data.data.items[0].orderNo).toBe(res.data.data.orderNo);
	});

	it('every POST /orders is a new order and a new charge (no idempotency in the docs)', async () => {
		const a = await api().post('/orders', {
			items: [{ productId: 12349, skuId: 'st01', quantity: 2 }],
		});
		const b = await api().post('/orders', {
			items: [{ productId: 12349, skuId: 'st01', quantity: 2 }],
		});
		expect(a.data.data.orderNo).not.toBe(b.data.data.orderNo);
		expect((await balance()).availableBalance).toBe(973);
	});

	it('insufficient availableBalance is a 400 and charges nothing', async () => {
		const res = await api().post('/orders', {
			items: [{ productId: 12345, skuId: 's002', quantity: 4 }],
		});
		expect(res.data).toEqual({
			statusCode: 400,
			message: 'Insufficient balance',
			error: 'Bad Request',
		});
		expect((await balance()).availableBalance).toBe(975);
		expect((await api().get('/orders')).data.data.total).toBe(5);
	});

	it.each([
		[{ items: [] }, /^items: /],
		[{ items: [{ productId: '12345', skuId: 's001', quantity: 0 }] }, /^items\.0\.quantity: /],
		[{ items: [{ productId: '12345', quantity: 1 }] }, /^items\.0\.skuId: /],
		[
			{
				items: [
					{ productId: '12345', skuId: 's001', quantity: 1 },
					{ productId: '12345', skuId: 'x', quantity: 1 },
				],
			},
			/^items\.1\.skuId: x is not a SKU/,
		],
		[
			{ items: [{ productId: '12345', skuId: 's001', quantity: 1 }], couponId: 50 },
			/^couponId: coupon 50 is not one of your claimed coupons$/,
		],
		[
			{ items: [{ productId: '67890', skuId: 's010', quantity: 1 }], couponId: 51 },
			/^couponId: coupon 51 needs an order of at least 300\.00$/,
		],
	])('POST /orders %j is refused by field', async (body, message) => {
		const res = await api().post('/orders', body);
		expect(res.status).toBe(400);
		expect(res.data.message).toMatch(message);
		expect((await balance()).frozenBalance).toBe(1025);
	});

	it('a claimed coupon takes its discount off the frozen amount, once; cancelling frees it again', async () => {
		const res = await api().post('/orders', { ...NIKE_X2, couponId: 51 });
		expect(res.data.data).toMatchObject({ totalAmount: 598, discountAmount: 30, couponId: 51 });
		expect((await balance()).frozenBalance).toBe(1025 + 568);
		expect((await api().get('/user/coupons/my')).data.data[0]).toMatchObject({
			id: 51,
			status: 'used',
			usedByOrderNo: res.data.data.orderNo,
		});
		const reuse = await api().post('/orders', { ...NIKE_X2, couponId: 51 });
		expect(reuse.data.message).toBe(
			`couponId: coupon 51 was already used by ${res.data.data.orderNo}`,
		);
		const cancel = await api().post(`/orders/${res.data.data.orderNo}/cancel`, {});
		expect(cancel.data.data.refundAmount).toBe(568);
		expect((await api().get('/user/coupons/my')).data.data[0]).toMatchObject({
			id: 51,
			status: 'unused',
			usedByOrderNo: null,
		});
	});

	it('POST /orders/:id/cancel refunds a pending order (docs example) and records it', async () => {
		const res = await api().post('/orders/ORD-20240115-002/cancel', { reason: 'Changed my mind' });
		expect(res.data).toEqual({
			data: {
				orderNo: 'ORD-20240115-002',
				status: 'cancelled',
				refundAmount: 299,
				message: 'Order cancelled',
			},
		});
		expect(await balance()).toMatchObject({
			balance: 2000,
			frozenBalance: 726,
			availableBalance: 1274,
		});
		expect((await api().get('/orders/ORD-20240115-002')).data.data).toMatchObject({
			status: 'cancelled',
			cancelReason: 'Changed my mind',
		});
		const [latest] = (await api().get('/user/wallet/transactions')).data.data.items;
		expect(latest).toMatchObject({
			type: 'order_refund',
			amount: 299,
			orderNo: 'ORD-20240115-002',
			availableBalanceAfter: 1274,
		});
		// A paid order can be cancelled too, without a body.
		const noBody = await api().post('/orders/ORD-20240116-003/cancel', undefined, {
			headers: { 'Content-Type': 'application/json' },
		});
		expect(noBody.data.data.refundAmount).toBe(128);
	});

	it('cancel after purchased (and of a cancelled order) is the documented 400; nothing moves', async () => {
		await advance('ORD-20240116-003'); // paid -> purchased
		const res = await api().post('/orders/ORD-20240116-003/cancel', { reason: 'late' });
		expect(res.status).toBe(400);
		expect(res.data.message).toBe(
			'Order ORD-20240116-003 is purchased: cancellation is only available for orders in pending/paid status',
		);
		expect((await api().post('/orders/ORD-20240118-005/cancel', {})).status).toBe(400);
		expect((await balance()).frozenBalance).toBe(1025);
		expect((await api().post('/orders/ORD-NOPE/cancel', {})).status).toBe(404);
	});

	it('orders:write is refused to the read-only key, and nothing is charged', async () => {
		const res = await api(FULFILLBOT_KEYS.readOnly).post('/orders', NIKE_X2);
		expect(res.status).toBe(403);
		expect(res.data.message).toMatch(/^Insufficient scope\. Required: orders:write\./);
		expect((await balance()).frozenBalance).toBe(1025);
	});
});

describe('Fulfillbot purchase order machine (advance)', () => {
	it('pending -> ... -> in_warehouse creates one package per line; completed releases the frozen amount', async () => {
		const created = (
			await api().post('/orders', {
				items: [
					{ productId: 12345, skuId: 's002', quantity: 1 },
					{ productId: 67890, skuId: 's010', quantity: 2 },
				],
			})
		).data.data;
		const id = created.orderNo;
		const before = await balance();
		await client(sandbox.url).post('/__sandbox/clock', { advanceSeconds: 86_400 });
		const steps = ['pending', 'paid', 'purchased', 'shipped_to_warehouse', 'in_warehouse'];
		for (let i = 0; i < steps.length - 1; i++)
			expect(await advance(id)).toEqual([{ id, from: steps[i], to: steps[i + 1] }]);

		const order = (await api().get(`/orders/${id}`)).data.data;
		expect(Date.parse(order.updatedAt)).toBeGreaterThan(Date.now() + 80_000_000);
		expect(order.logistics).toMatchObject({ carrier: 'SF Express' });
		expect(order.inspection).toEqual({
			result: 'passed',
			weight: 850 + 2 * 400,
			photos: [`https://example.com/qc/${id}-1.jpg`, `https://example.com/qc/${id}-2.jpg`],
		});
		const packages = (
			await api().get('/warehouse/packages', { params: { limit: 100 } })
		).data.data.items.filter((p: { orderId: string }) => p.orderId === id);
		expect(packages).toEqual([
			{
				id: 104,
				productName: 'Nike Air Max 90',
				weight: 850,
				quantity: 1,
				status: 'in_warehouse',
				orderId: id,
				inspectionPhotos: [`https://example.com/qc/${id}-1.jpg`],
				arrivedAt: order.updatedAt,
				storageDays: 0,
			},
			{
				id: 105,
				productName: 'Handmade Canvas Tote Bag',
				weight: 800,
				quantity: 2,
				status: 'in_warehouse',
				orderId: id,
				inspectionPhotos: [`https://example.com/qc/${id}-2.jpg`],
				arrivedAt: order.updatedAt,
				storageDays: 0,
			},
		]);
		expect(
			(await api().get('/warehouse/packages/shippable')).data.data.items.map(
				(p: { id: number }) => p.id,
			),
		).toEqual([101, 102, 104, 105]);
		expect(await balance()).toEqual(before);

		expect(await advance(id)).toEqual([{ id, from: 'in_warehouse', to: 'completed' }]);
		expect(await balance()).toEqual({
			...before,
			balance: before.balance - 575,
			frozenBalance: before.frozenBalance - 575,
		});
		expect(await advance(id)).toEqual([]);
	});
});
