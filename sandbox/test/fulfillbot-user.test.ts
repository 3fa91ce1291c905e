import { useSandbox } from '../../test/support/sandbox';
import { FULFILLBOT_KEYS } from '../src';
import { bearer, client } from './http';

const sandbox = useSandbox({ rateLimits: { fulfillbot: null } });
const api = (key: string = FULFILLBOT_KEYS.all) => client(sandbox.fulfillbotBaseUrl, bearer(key));

const JANE = {
	name: 'Jane Roe',
	phone: '+49-30-123456',
	country: 'DE',
	state: 'Berlin',
	city: 'Berlin',
	address: 'Unter den Linden 1',
	zipCode: '10117',
};

describe('Fulfillbot addresses', () => {
	it('GET /user/addresses is a plain array, the docs example first and default', async () => {
		const res = await api().get('/user/addresses');
		expect(res.data.data).toEqual([
			{
				id: 10,
				name: 'John Doe',
				phone: '+1-555-0123',
				country: 'US',
				state: 'California',
				city: 'Los Angeles',
				address: '123 Main St',
				zipCode: '90001',
				isDefault: true,
			},
			expect.objectContaining({ id: 11, country: 'GB', isDefault: false }),
		]);
	});

	it('POST /user/addresses (inferred body: the GET fields) creates one; isDefault moves the default', async () => {
		const res = await api().post('/user/addresses', JANE);
		expect(res.status).toBe(201);
		expect(res.data.data).toEqual({ id: 12, ...JANE, isDefault: false });
		const def = await api().post('/user/addresses', { ...JANE, state: undefined, isDefault: true });
		expect(def.data.data).toMatchObject({ id: 13, state: '', isDefault: true });
		const all = (await api().get('/user/addresses')).data.data;
		expect(
			all.filter((a: { isDefault: boolean }) => a.isDefault).map((a: { id: number }) => a.id),
		).toEqual([13]);
	});

	it.each([
		[{ ...JANE, country: 'Germany' }, /^country: must be a 2-letter/],
		[{ ...JANE, zipCode: '' }, /^zipCode: is required$/],
		[{ ...JANE, name: undefined }, /^name: /],
		[{ ...JANE, street: 'x' }, /street/],
	])('POST /user/addresses %j is a 400 naming the field', async (body, message) => {
		const res = await api().post('/user/addresses', body);
		expect(res.status).toBe(400);
		expect(res.data.message).toMatch(message);
		expect((await api().get('/user/addresses')).data.data).toHaveLength(2);
	});

	it('PUT /user/addresses/:id changes the given fields only; 404 for an unknown id', async () => {
		const res = await api().put('/user/addresses/10', { city: 'San Diego', zipCode: '92101' });
		expect(res.data.data).toMatchObject({
			id: 10,
			city: 'San Diego',
			zipCode: '92101',
			address: '123 Main St',
			isDefault: true,
		});
		expect((await api().put('/user/addresses/11', { isDefault: true })).data.data.isDefault).toBe(
			true,
		);
		expect(
			(await api().get('/user/addresses')).data.data.map(
				(a: { isDefault: boolean }) => a.isDefault,
			),
		).toEqual([false, true]);
		expect((await api().put('/user/addresses/999', { city: 'x' })).data).toEqual({
			statusCode: 404,
			message: 'Address 999 not found',
			error: 'Not Found',
		});
	});

	it('DELETE /user/addresses/:id removes it; the default passes to a remaining address', async () => {
		expect((await api().delete('/user/addresses/10')).data.data).toEqual({
			id: 10,
			message: 'Address deleted',
		});
		expect((await api().get('/user/addresses')).data.data).toEqual([
			expect.objectContaining({ id: 11, isDefault: true }),
		]);
		expect((await api().delete('/user/addresses/10')).status).toBe(404);
		expect((await api(FULFILLBOT_KEYS.readOnly).delete('/user/addresses/11')).status).toBe(403);
	});
});

describe('Fulfillbot favorites and coupons', () => {
	it('GET /user/favorites answers {items, total}; POST adds (201); DELETE removes', async () => {
		expect((await api().get('/user/favorites')).data.data).toEqual({
			items: [
				{
					id: 5,
					productId: 12345,
					title: 'Nike Air Max 90',
					price: 299,
					imageUrl: expect.any(String),
					addedAt: '2024-01-10T12:00:00Z',
				},
			],
			total: 1,
		});
		const added = await api().post('/user/favorites', { productId: '67890' });
		expect(added.status).toBe(201);
		expect(added.data.data).toMatchObject({
			id: 6,
			productId: 67890,
			title: 'Handmade Canvas Tote Bag',
		});
		expect((await api().post('/user/favorites', { productId: 67890 })).data.message).toBe(
			'productId: product 67890 is already a favorite',
		);
		expect((await api().post('/user/favorites', { productId: 424242 })).status).toBe(404);
		expect(
			(await api().get('/user/favorites', { params: { page: 2, limit: 1 } })).data.data,
		).toEqual({ items: [expect.objectContaining({ id: 6 })], total: 2 });
		expect((await api().delete('/user/favorites/5')).data.data).toEqual({
			id: 5,
			message: 'Removed from favorites',
		});
		expect((await api().delete('/user/favorites/5')).status).toBe(404);
		expect(
			(await api(FULFILLBOT_KEYS.readOnly).post('/user/favorites', { productId: 12345 })).status,
		).toBe(403);
	});

	it('GET /user/coupons/available lists unclaimed coupons in the docs shape; /my the claimed ones', async () => {
		expect((await api().get('/user/coupons/available')).data.data).toEqual([
			{
				id: 50,
				name: 'New User Discount',
				type: 'percentage',
				value: 10,
				minOrderAmount: 200,
				expiresAt: '2030-03-01T00:00:00Z',
			},
		]);
		const mine = (await api().get('/user/coupons/my')).data.data;
		expect(mine.map((c: { id: number; status: string }) => [c.id, c.status])).toEqual([
			[51, 'unused'],
			[52, 'unused'],
		]);
	});
});

describe('Fulfillbot wallet transactions', () => {
	it('the seeded history adds up to the balance, newest first', async () => {
		const { items, total } = (
			await api().get('/user/wallet/transactions', { params: { limit: 100 } })
		).data.data;
		expect(total).toBe(8);
		expect(items[0]).toEqual({
			id: 8,
			type: 'shipping_fee',
			amount: -80,
			balanceAfter: 2089,
			frozenBalanceAfter: 1114,
			availableBalanceAfter: 975,
			currency: 'CNY',
			orderNo: 'SHP-20240120-001',
			description: expect.any(String),
			createdAt: '2024-01-20T09:00:00Z',
		});
		expect(items.at(-1)).toMatchObject({ type: 'recharge', amount: 2169 });
		expect(items.reduce((sum: number, t: { amount: number }) => sum + t.amount, 0)).toBe(975);
	});
});

describe('Fulfillbot paging over 1,000 records', () => {
	it('1,000 orders created through the API page back newest first, each once, with a stable total', async () => {
		const created: string[] = [];
		for (let i = 0; i < 1000; i++) {
			const res = await api().post('/orders', {
				items: [{ productId: 12349, skuId: 'st02', quantity: 1 }],
			});
			expect(res.status).toBe(201);
			created.push(res.data.data.orderNo);
		}
		const seen: string[] = [];
		for (let page = 1; ; page++) {
			const { items, total } = (await api().get('/orders', { params: { page, limit: 100 } })).data
				.data;
			expect(total).toBe(1005);
			if (items.length === 0) break;
			seen.push(...items.map((o: { orderNo: string }) => o.orderNo));
		}
		expect(seen).toHaveLength(1005);
		expect(new Set(seen).size).toBe(1005);
		expect(seen.slice(0, 1000)).toEqual([...created].reverse());
		expect(seen.at(-1)).toBe('ORD-20240115-001');
		expect(created.at(-1)).toMatch(/-1005$/);
		expect((await api().get('/user/wallet/balance')).data.data.availableBalance).toBe(875);
		expect((await api().get('/user/wallet/transactions')).data.data.total).toBe(1008);
	}, 60_000);
});
