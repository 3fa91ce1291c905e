import { useSandbox } from '../../test/support/sandbox';
import { FULFILLBOT_KEYS } from '../src';
import { bearer, client } from './http';

const sandbox = useSandbox({ rateLimits: { fulfillbot: null } });
const api = (key: string = FULFILLBOT_KEYS.all) => client(sandbox.fulfillbotBaseUrl, bearer(key));
const balance = async () => (await api().get('/user/wallet/balance')).data.data;
const advance = (id: string) => sandbox.advance({ api: 'fulfillbot', kind: 'shipping-order', id });

/** The docs' example request: packages 101 + 102 (850 g + 800 g = 1650 g) by ch-001. */
const DOCS_SHIPMENT = {
	items: [
		{ inventoryId: 101, quantity: 1 },
		{ inventoryId: 102, quantity: 1 },
	],
	logisticsChannelId: 'ch-001',
	recipientName: 'John Doe',
	recipientPhone: '+1-555-0123',
	recipientCountry: 'US',
	recipientState: 'California',
	recipientCity: 'Los Angeles',
	recipientAddress: '123 Main St',
	recipientZipCode: '90001',
};

describe('Fulfillbot logistics', () => {
	it('GET /logistics/countries lists code + name, the docs four among them', async () => {
		const { data } = (await api().get('/logistics/countries')).data;
		expect(data).toEqual(
			expect.arrayContaining([
				{ code: 'US', name: 'United States' },
				{ code: 'GB', name: 'United Kingdom' },
				{ code: 'JP', name: 'Japan' },
				{ code: 'AU', name: 'Australia' },
				{ code: 'DE', name: 'Germany' },
				{ code: 'CA', name: 'Canada' },
			]),
		);
	});

	it('GET /logistics/shipping-methods?country=US&weight=1500 answers the docs example exactly', async () => {
		const res = await api().get('/logistics/shipping-methods', {
			params: { country: 'US', weight: 1500 },
		});
		expect(res.data.data).toEqual([
			{
				channelId: 'ch-001',
				name: 'EMS Express',
				carrier: 'EMS',
				deliveryDays: '7-15',
				supportedCargo: ['general'],
				weightRange: { min: 100, max: 30000 },
			},
			{
				channelId: 'ch-002',
				name: 'DHL Economy',
				carrier: 'DHL',
				deliveryDays: '10-20',
				supportedCargo: ['general', 'sensitive'],
				weightRange: { min: 100, max: 50000 },
			},
		]);
	});

	it('shipping-methods filters by country, weight range and cargo type', async () => {
		const ids = async (params: object) =>
			(await api().get('/logistics/shipping-methods', { params })).data.data.map(
				(c: { channelId: string }) => c.channelId,
			);
		expect(await ids({})).toEqual(['ch-001', 'ch-002', 'ch-003', 'ch-004', 'ch-005']);
		expect(await ids({ country: 'US', weight: 1500, cargoType: 'sensitive' })).toEqual(['ch-002']);
		expect(await ids({ country: 'US', weight: 2500 })).toEqual(['ch-001', 'ch-002', 'ch-003']);
		expect(await ids({ country: 'JP', cargoType: 'liquid' })).toEqual(['ch-004']);
		expect(await ids({ country: 'GB', weight: 1000 })).toEqual(['ch-001', 'ch-002', 'ch-005']);
		expect(await ids({ weight: 40000 })).toEqual(['ch-002']);
		const bad = await api().get('/logistics/shipping-methods', { params: { country: 'us' } });
		expect(bad.status).toBe(400);
		expect(bad.data.message).toMatch(/^country: must be a 2-letter/);
		expect(
			(await api().get('/logistics/shipping-methods', { params: { cargoType: 'frozen' } })).data
				.message,
		).toMatch(/^cargoType: /);
		expect(
			(await api().get('/logistics/shipping-methods', { params: { country: 'ZZ' } })).data.message,
		).toMatch(/^country: ZZ is not a supported destination/);
	});

	it('POST /logistics/calculate-freight-batch reproduces the docs example: 1800 g charged, 185.00 and 210.00', async () => {
		const res = await api().post('/logistics/calculate-freight-batch', {
			country: 'US',
			weight: 1500,
			length: 30,
			width: 20,
			height: 15,
		});
		expect(res.status).toBe(200);
		expect(res.data).toEqual({
			data: {
				channels: [
					{
						channelId: 'ch-001',
						name: 'EMS Express',
						actualWeight: 1500,
						volumetricWeight: 1800,
						chargeWeight: 1800,
						totalPrice: 185,
						currency: 'CNY',
						deliveryDays: '7-15',
					},
					{
						channelId: 'ch-002',
						name: 'DHL Economy',
						actualWeight: 1500,
						volumetricWeight: 1800,
						chargeWeight: 1800,
						totalPrice: 210,
						currency: 'CNY',
						deliveryDays: '10-20',
					},
				],
			},
		});
	});

	it('charge weight is the larger of actual and volumetric; no dimensions means volumetric 0', async () => {
		const heavy = await api().post('/logistics/calculate-freight-batch', {
			country: 'US',
			weight: 2600,
			length: 10,
			width: 10,
			height: 10,
		});
		expect(heavy.data.data.channels[0]).toMatchObject({
			actualWeight: 2600,
			volumetricWeight: 200,
			chargeWeight: 2600,
			totalPrice: 80 + 5 * 35,
		});
		const plain = await api().post('/logistics/calculate-freight-batch', {
			country: 'US',
			weight: 500,
		});
		expect(plain.data.data.channels.map((c: { totalPrice: number }) => c.totalPrice)).toEqual([
			80, 90,
		]);
		expect(plain.data.data.channels[0]).toMatchObject({ volumetricWeight: 0, chargeWeight: 500 });
		const partial = await api().post('/logistics/calculate-freight-batch', {
			country: 'US',
			weight: 500,
			length: 10,
		});
		expect(partial.status).toBe(400);
		expect(partial.data.message).toBe('length, width, height: give all three dimensions or none');
		for (const [body, field] of [
			[{ weight: 500 }, 'country'],
			[{ country: 'US' }, 'weight'],
			[{ country: 'US', weight: 0 }, 'weight'],
		] as const) {
			const res = await api().post('/logistics/calculate-freight-batch', body);
			expect(res.status).toBe(400);
			expect(res.data.message).toMatch(new RegExp(`^${field}: `));
		}
	});

	it('POST /logistics/calculate-freight (inferred body: channelId + the batch fields) quotes one channel', async () => {
		const res = await api().post('/logistics/calculate-freight', {
			channelId: 'ch-002',
			country: 'US',
			weight: 1500,
			length: 30,
			width: 20,
			height: 15,
		});
		expect(res.data.data).toEqual({
			channelId: 'ch-002',
			name: 'DHL Economy',
			actualWeight: 1500,
			volumetricWeight: 1800,
			chargeWeight: 1800,
			totalPrice: 210,
			currency: 'CNY',
			deliveryDays: '10-20',
		});
		expect(
			(
				await api().post('/logistics/calculate-freight', {
					channelId: 'ch-nope',
					country: 'US',
					weight: 1500,
				})
			).data,
		).toEqual({
			statusCode: 404,
			message: 'Shipping channel ch-nope not found',
			error: 'Not Found',
		});
		const wrongCountry = await api().post('/logistics/calculate-freight', {
			channelId: 'ch-005',
			country: 'US',
			weight: 1500,
		});
		expect(wrongCountry.data.message).toBe(
			'channelId: ch-005 (YunExpress UK Line) does not ship to US',
		);
		const tooLight = await api().post('/logistics/calculate-freight', {
			channelId: 'ch-003',
			country: 'US',
			weight: 1500,
		});
		expect(tooLight.data.message).toBe(
			'channelId: ch-003 (Yanwen Special Line) carries 2000-20000 g, not 1500 g',
		);
	});

	it('GET /logistics/shipping-methods/:channelId/pricing shows the tariff behind the quotes', async () => {
		const res = await api().get('/logistics/shipping-methods/ch-001/pricing');
		expect(res.data.data).toMatchObject({
			channelId: 'ch-001',
			currency: 'CNY',
			firstWeight: 500,
			firstPrice: 80,
			additionalWeight: 500,
			additionalPrice: 35,
			volumetricDivisor: 5000,
			weightRange: { min: 100, max: 30000 },
		});
		expect((await api().get('/logistics/shipping-methods/ch-nope/pricing')).status).toBe(404);
	});
});

describe('Fulfillbot warehouse', () => {
	it('GET /warehouse/packages pages the seeded packages with the documented fields', async () => {
		const res = await api().get('/warehouse/packages', { params: { page: 1, limit: 20 } });
		expect(res.data.data).toMatchObject({ total: 3, page: 1, limit: 20 });
		const [first] = res.data.data.items;
		expect(first).toEqual({
			id: 101,
			productName: 'Nike Air Max 90',
			weight: 850,
			quantity: 1,
			status: 'in_warehouse',
			orderId: 'ORD-20240115-001',
			inspectionPhotos: [expect.any(String)],
			arrivedAt: '2024-01-18T10:00:00Z',
			storageDays: expect.any(Number),
		});
		expect(first.storageDays).toBe(
			Math.floor((Date.now() - Date.parse('2024-01-18T10:00:00Z')) / 86_400_000),
		);
		expect(
			(
				await api().get('/warehouse/packages', { params: { status: 'shipped' } })
			).data.data.items.map((p: { id: number }) => p.id),
		).toEqual([103]);
		expect(
			(
				await api().get('/warehouse/packages', { params: { page: 2, limit: 2 } })
			).data.data.items.map((p: { id: number }) => p.id),
		).toEqual([103]);
		expect(
			(await api().get('/warehouse/packages', { params: { limit: 101 } })).data.message,
		).toMatch(/^limit: /);
	});

	it('stats, shippable and detail', async () => {
		expect((await api().get('/warehouse/packages/stats')).data.data).toEqual({
			total: 3,
			in_warehouse: 2,
			shipped: 1,
			shippable: 2,
			shippableWeight: 1650,
		});
		expect((await api().get('/warehouse/packages/shippable')).data.data).toMatchObject({
			total: 2,
			page: 1,
			limit: 20,
			items: [{ id: 101 }, { id: 102 }],
		});
		expect((await api().get('/warehouse/packages/102')).data.data).toMatchObject({
			id: 102,
			productName: 'Adidas Backpack',
			weight: 800,
		});
		expect((await api().get('/warehouse/packages/999999')).data).toEqual({
			statusCode: 404,
			message: 'Package 999999 not found',
			error: 'Not Found',
		});
	});
});

describe('Fulfillbot shipping orders', () => {
	it('GET /shipping/orders and /:id show the seeded shipped order', async () => {
		const list = await api().get('/shipping/orders', { params: { page: 1, limit: 10 } });
		expect(list.data.data).toEqual({
			items: [
				{
					orderNo: 'SHP-20240120-001',
					status: 'shipped',
					channelName: 'EMS Express',
					trackingNo: 'EMS1234567890CN',
					totalWeight: 420,
					shippingFee: 80,
					currency: 'CNY',
					createdAt: '2024-01-20T09:00:00Z',
					updatedAt: '2024-01-21T08:00:00Z',
				},
			],
			total: 1,
			page: 1,
			limit: 10,
		});
		const detail = (await api().get('/shipping/orders/SHP-20240120-001')).data.data;
		expect(detail).toMatchObject({
			orderNo: 'SHP-20240120-001',
			items: [{ inventoryId: 103, name: 'Nike Air Max 90', quantity: 1, weight: 420 }],
			recipientCountry: 'US',
		});
		expect(detail.userId).toBeUndefined();
		expect((await api().get('/shipping/orders/SHP-NOPE')).status).toBe(404);
	});

	it('POST /shipping/create (docs example) consumes the packages and charges 185.00 for 1650 g', async () => {
		const before = await balance();
		const res = await api().post('/shipping/create', DOCS_SHIPMENT);
		expect(res.status).toBe(201);
		expect(res.data.data).toMatchObject({
			orderNo: expect.stringMatching(/^SHP-\d{8}-002$/),
			status: 'pending',
			channelName: 'EMS Express',
			totalWeight: 1650,
			shippingFee: 185,
			currency: 'CNY',
			items: [
				{ inventoryId: 101, name: 'Nike Air Max 90' },
				{ inventoryId: 102, name: 'Adidas Backpack' },
			],
			trackingNo: null,
			createdAt: expect.stringMatching(/Z$/),
		});
		expect(await balance()).toEqual({
			...before,
			balance: before.balance - 185,
			availableBalance: before.availableBalance - 185,
		});
		const [latest] = (await api().get('/user/wallet/transactions')).data.data.items;
		expect(latest).toMatchObject({
			type: 'shipping_fee',
			amount: -185,
			orderNo: res.data.data.orderNo,
		});
		expect((await api().get('/warehouse/packages/shippable')).data.data).toMatchObject({
			items: [],
			total: 0,
		});

		// The same packages cannot go twice; a retry is a new request and is refused, not a second charge.
		const again = await api().post('/shipping/create', DOCS_SHIPMENT);
		expect(again.status).toBe(400);
		expect(again.data.message).toBe(
			`items.0.inventoryId: package 101 is not shippable (already on ${res.data.data.orderNo})`,
		);
		expect((await balance()).balance).toBe(before.balance - 185);
		expect((await api().get('/shipping/orders')).data.data.items[0].orderNo).toBe(
			res.data.data.orderNo,
		);
	});

	it.each([
		[
			{ items: [{ inventoryId: 999, quantity: 1 }] },
			'items.0.inventoryId: package 999 not found in your warehouse',
		],
		[
			{ items: [{ inventoryId: 103, quantity: 1 }] },
			'items.0.inventoryId: package 103 is not shippable (already on SHP-20240120-001)',
		],
		[
			{
				items: [
					{ inventoryId: 101, quantity: 1 },
					{ inventoryId: 101, quantity: 1 },
				],
			},
			'items.1.inventoryId: package 101 is listed twice',
		],
		[
			{ items: [{ inventoryId: 101, quantity: 2 }] },
			'items.0.quantity: package 101 holds 1; ship it whole',
		],
		[
			{ logisticsChannelId: 'ch-005' },
			'logisticsChannelId: ch-005 (YunExpress UK Line) does not ship to US',
		],
		[
			{ recipientCountry: 'usa' },
			'recipientCountry: must be a 2-letter upper-case country code such as US',
		],
		[{ recipientName: '  ' }, 'recipientName: is required'],
		[{ recipientZipCode: undefined }, 'recipientZipCode: '],
	])(
		'POST /shipping/create with %j is a 400 naming the field; nothing is charged',
		async (change, message) => {
			const before = await balance();
			const res = await api().post('/shipping/create', { ...DOCS_SHIPMENT, ...change });
			expect(res.status).toBe(400);
			expect(res.data.message).toContain(message);
			expect(await balance()).toEqual(before);
			expect((await api().get('/shipping/orders')).data.data.total).toBe(1);
		},
	);

	it('unknown channel is 404; insufficient balance is 400 "Insufficient balance"', async () => {
		expect(
			(await api().post('/shipping/create', { ...DOCS_SHIPMENT, logisticsChannelId: 'ch-nope' }))
				.status,
		).toBe(404);
		// Freeze most of the wallet with a purchase order first: 975 - 3 × 319 = 18 left.
		expect(
			(await api().post('/orders', { items: [{ productId: 12345, skuId: 's002', quantity: 3 }] }))
				.status,
		).toBe(201);
		const res = await api().post('/shipping/create', DOCS_SHIPMENT);
		expect(res.data).toEqual({
			statusCode: 400,
			message: 'Insufficient balance',
			error: 'Bad Request',
		});
		expect((await api().get('/warehouse/packages/shippable')).data.data.total).toBe(2);
	});

	it('cancel (only pending) refunds and releases the packages; confirm-delivery only when shipped', async () => {
		const created = (await api().post('/shipping/create', DOCS_SHIPMENT)).data.data;
		const before = await balance();
		const early = await api().post(`/shipping/orders/${created.orderNo}/confirm-delivery`, {});
		expect(early.status).toBe(400);
		expect(early.data.message).toBe(
			`Shipping order ${created.orderNo} is pending: delivery can only be confirmed for shipping orders in shipped status`,
		);

		const cancel = await api().post(`/shipping/orders/${created.orderNo}/cancel`, {});
		expect(cancel.data.data).toEqual({
			orderNo: created.orderNo,
			status: 'cancelled',
			refundAmount: 185,
			message: 'Shipping order cancelled',
		});
		expect(await balance()).toEqual({
			...before,
			balance: before.balance + 185,
			availableBalance: before.availableBalance + 185,
		});
		expect((await api().get('/warehouse/packages/shippable')).data.data.total).toBe(2);
		expect(
			(await api().post(`/shipping/orders/${created.orderNo}/cancel`, {})).data.message,
		).toMatch(
			/is cancelled: cancellation is only available for shipping orders in pending status$/,
		);
		expect(await advance(created.orderNo)).toEqual([]);

		// The seeded order is shipped: it cannot be cancelled, but its delivery can be confirmed.
		expect((await api().post('/shipping/orders/SHP-20240120-001/cancel', {})).status).toBe(400);
		const confirmed = await api().post('/shipping/orders/SHP-20240120-001/confirm-delivery', {});
		expect(confirmed.data.data).toEqual({
			orderNo: 'SHP-20240120-001',
			status: 'delivered',
			message: 'Delivery confirmed',
		});
		expect(
			(await api().get('/shipping/orders', { params: { status: 'delivered' } })).data.data.total,
		).toBe(1);
	});

	it('shipping:write is refused to the read-only key', async () => {
		const res = await api(FULFILLBOT_KEYS.readOnly).post('/shipping/create', DOCS_SHIPMENT);
		expect(res.status).toBe(403);
		expect(res.data.message).toMatch(/^Insufficient scope\. Required: shipping:write\./);
		expect((await api().get('/warehouse/packages/shippable')).data.data.total).toBe(2);
	});

	it('advance: pending -> shipped (tracking number, packages shipped) -> delivered (terminal)', async () => {
		const { orderNo } = (await api().post('/shipping/create', DOCS_SHIPMENT)).data.data;
		await client(sandbox.url).post('/__sandbox/clock', { advanceSeconds: 3600 });
		expect(await advance(orderNo)).toEqual([{ id: orderNo, from: 'pending', to: 'shipped' }]);
		const shipped = (await api().get(`/shipping/orders/${orderNo}`)).data.data;
		expect(shipped.trackingNo).toMatch(/^EMS\d{10}CN$/);
		expect(Date.parse(shipped.updatedAt)).toBeGreaterThan(Date.now() + 3_000_000);
		expect((await api().get('/warehouse/packages/101')).data.data.status).toBe('shipped');
		expect((await api().get('/warehouse/packages/stats')).data.data).toMatchObject({
			in_warehouse: 0,
			shipped: 3,
		});

		expect(await advance(orderNo)).toEqual([{ id: orderNo, from: 'shipped', to: 'delivered' }]);
		expect(await advance(orderNo)).toEqual([]);
		expect((await api().get(`/shipping/orders/${orderNo}`)).data.data.status).toBe('delivered');
		// Without an id every movable shipping order steps once: only the seeded shipped one.
		expect(await sandbox.advance({ api: 'fulfillbot', kind: 'shipping-order' })).toEqual([
			{ id: 'SHP-20240120-001', from: 'shipped', to: 'delivered' },
		]);
	});

	it('full flow: a new purchase order advanced to in_warehouse yields packages that ship', async () => {
		const { orderNo } = (
			await api().post('/orders', { items: [{ productId: 67890, skuId: 's010', quantity: 1 }] })
		).data.data;
		for (let i = 0; i < 4; i++)
			await sandbox.advance({ api: 'fulfillbot', kind: 'order', id: orderNo });
		const [pkg] = (await api().get('/warehouse/packages/shippable')).data.data.items.filter(
			(p: { orderId: string }) => p.orderId === orderNo,
		);
		expect(pkg).toMatchObject({ productName: 'Handmade Canvas Tote Bag', weight: 400 });
		const res = await api().post('/shipping/create', {
			...DOCS_SHIPMENT,
			items: [{ inventoryId: pkg.id, quantity: 1 }],
			logisticsChannelId: 'ch-002',
		});
		expect(res.data.data).toMatchObject({
			totalWeight: 400,
			shippingFee: 90,
			channelName: 'DHL Economy',
		});
	});
});
