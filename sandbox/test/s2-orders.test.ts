import { useSandbox } from '../../test/support/sandbox';
import { S2, S2_SEED } from '../src';
import { client, UUID_RE } from './http';
import { ADDRESS_KEYS, expectS2Error, PRODUCT_KEYS, s2Client } from './s2-http';

const sandbox = useSandbox();
const orgA = () => s2Client(sandbox.s2BaseUrl, S2.token, S2.orgA);
const orgB = () => s2Client(sandbox.s2BaseUrl, S2.token, S2.orgB);
const A = S2_SEED.orgA;
const B = S2_SEED.orgB;
const tick = () => client(sandbox.url).post('/__sandbox/clock', { advanceSeconds: 5 });

const ORDER_KEYS = [
	'id',
	'organization',
	'accountId',
	'account',
	'status',
	'assignStatus',
	'archived',
	'channelOrderId',
	'channelOrderIdAlt',
	'channelOrderIdAlt2',
	'channelShippingMethod',
	'shippingAddress',
	'billingAddress',
	'channelOrderDate',
	'currencyId',
	'items',
	'meta',
	'attachments',
	'createdAt',
	'updatedAt',
];
const DETAIL_KEYS = [
	...ORDER_KEYS,
	'orderId',
	'address',
	'warehouseId',
	'shippingMethod',
	'additionalReferenceIds',
	'fulfillments',
];

const address = (name: string) => ({
	name,
	company: '',
	address1: '1 Test Rd',
	address2: '',
	city: 'Testville',
	state: 'CA',
	postalCode: '90001',
	countryId: 'US',
	phone: '',
	email: '',
});
const newOrder = (extra: Record<string, unknown> = {}) => ({
	accountId: A.accounts.sandboxStore,
	channelOrderId: 'SO-9001',
	channelShippingMethod: '',
	shippingAddress: address('Zed Zulu'),
	billingAddress: null,
	channelOrderDate: '2024-07-01T12:30:00+02:00',
	currencyId: 'EUR',
	item: [{ productId: A.products[0], quantity: 2, price: 9.5 }],
	meta: {},
	attachments: [],
	...extra,
});

describe('S2 GET /order', () => {
	it('lists the organization orders, newest first, in the list shape', async () => {
		const res = await orgA().get('/order');
		expect(res.status).toBe(200);
		expect(res.data.total).toBe(4);
		expect(res.data.items.map((o: { id: string }) => o.id)).toEqual([
			A.orders.cancelled,
			A.orders.fulfilled,
			A.orders.assigned,
			A.orders.unfulfilled,
		]);
		const o = res.data.items[3];
		expect(Object.keys(o)).toEqual(ORDER_KEYS);
		expect(o).toMatchObject({
			organization: { id: S2.orgA },
			accountId: A.accounts.testAccount,
			account: { id: A.accounts.testAccount, code: 'test_account_code' },
			status: 'UNFULFILLED',
			assignStatus: 'UNASSIGNED',
			archived: false,
			channelOrderId: 'test_order_id2',
			channelOrderIdAlt: '',
			channelOrderIdAlt2: 'test_order_ref_id1',
			channelShippingMethod: 'Expedited',
			billingAddress: null,
			channelOrderDate: '2024-04-24T06:00:33.889Z',
			currencyId: 'USD',
		});
		expect(Object.keys(o.shippingAddress)).toEqual(ADDRESS_KEYS);
		expect(Object.keys(o.items[0].product)).toEqual(PRODUCT_KEYS);
		expect(
			o.items.map((i: { product: { sku: string }; quantity: number; price: number }) => [
				i.product.sku,
				i.quantity,
				i.price,
			]),
		).toEqual([
			['test', 2, 19.99],
			['SKU-GREY', 1, 149],
		]);
		expect(res.data.items.map((x: { status: string }) => x.status)).toEqual([
			'CANCELLED',
			'FULFILLED',
			'UNFULFILLED',
			'UNFULFILLED',
		]);
	});

	it('org B sees only its own order', async () => {
		const res = await orgB().get('/order');
		expect(res.data).toMatchObject({
			total: 1,
			items: [
				{ id: B.orders.unfulfilled, channelOrderId: 'B-2001', organization: { id: S2.orgB } },
			],
		});
	});

	it.each([
		['test_order_id2', [A.orders.unfulfilled]],
		['#1002', [A.orders.assigned]],
		['TEST_ORDER_REF', [A.orders.unfulfilled]],
		['jane', [A.orders.cancelled, A.orders.assigned]],
		['B-2001', []],
	])('term %s', async (term, ids) => {
		const res = await orgA().get('/order', { params: { term } });
		expect(res.data.total).toBe(ids.length);
		expect(res.data.items.map((o: { id: string }) => o.id)).toEqual(ids);
	});

	it('limit / offset page; limit over 100 is 400', async () => {
		const res = await orgA().get('/order', { params: { limit: 2, offset: 1 } });
		expect(res.data).toMatchObject({
			total: 4,
			items: [{ id: A.orders.fulfilled }, { id: A.orders.assigned }],
		});
		const big = await orgA().get('/order', { params: { limit: 101 } });
		expect(big.status).toBe(400);
		expectS2Error(big.data, /limit/);
	});
});

describe('S2 GET /order/{orderId} (Get Order Details)', () => {
	it('the assigned order lists its CREATED fulfillment in the full shape', async () => {
		const res = await orgA().get(`/order/${A.orders.assigned}`);
		expect(res.status).toBe(200);
		expect(Object.keys(res.data)).toEqual(DETAIL_KEYS);
		expect(res.data).toMatchObject({
			orderId: A.orders.assigned,
			address: res.data.shippingAddress,
			warehouseId: A.warehouses[1],
			shippingMethod: 'Standard',
			additionalReferenceIds: [],
			assignStatus: 'ASSIGNED',
			fulfillments: [
				{
					id: A.fulfillments.created,
					status: 'CREATED',
					warehousePickStatus: 'CREATED',
					shippingQuotes: [],
					orderType: 0,
					channelFulfillmentId: 'CF-1002-1',
				},
			],
		});
		expect(res.data.fulfillments[0].shipments[0]).toMatchObject({
			id: A.shipments.created,
			status: 'CREATED',
			trackingNumber: '',
			shippingCarrier: { id: 'UPS' },
		});
	});

	it('the fulfilled order shows the shipped tracking number and label', async () => {
		const res = await orgA().get(`/order/${A.orders.fulfilled}`);
		const shipment = res.data.fulfillments[0].shipments[0];
		expect(res.data.status).toBe('FULFILLED');
		expect(shipment).toMatchObject({
			status: 'SHIPPED',
			trackingNumber: '794612345678',
			trackingUrl: 'https://www.fedex.com/fedextrack/?trknbr=794612345678',
		});
		expect(shipment.labels[0]).toMatchObject({
			type: 'PREPAID',
			filePath: expect.stringContaining('WH-5003'),
		});
	});

	it("org isolation: org B's view of A's order is 404; beta-only token naming org A is 403", async () => {
		const res = await orgB().get(`/order/${A.orders.unfulfilled}`);
		expect(res.status).toBe(404);
		expectS2Error(res.data, new RegExp(`Not Found: order '${A.orders.unfulfilled}'`));
		const beta = await s2Client(sandbox.s2BaseUrl, S2.tokenBetaOnly, S2.orgA).get(
			`/order/${A.orders.unfulfilled}`,
		);
		expect(beta.status).toBe(403);
		expectS2Error(beta.data, /Forbidden/);
		expect(
			(await s2Client(sandbox.s2BaseUrl, S2.tokenBetaOnly).get(`/order/${B.orders.unfulfilled}`))
				.status,
		).toBe(200);
	});
});

describe('S2 POST /order', () => {
	it('creates an UNFULFILLED, UNASSIGNED order, stores the date as UTC, lists it first', async () => {
		const res = await orgA().post(
			'/order',
			newOrder({ channelOrderIdAlt: 'ALT-1', meta: { source: 'test' } }),
		);
		expect(res.status).toBe(200);
		expect(res.data.id).toMatch(UUID_RE);
		expect(res.data).toMatchObject({
			organization: { id: S2.orgA },
			accountId: A.accounts.sandboxStore,
			status: 'UNFULFILLED',
			assignStatus: 'UNASSIGNED',
			archived: false,
			channelOrderId: 'SO-9001',
			channelOrderIdAlt: 'ALT-1',
			channelOrderIdAlt2: '',
			channelShippingMethod: '',
			shippingAddress: address('Zed Zulu'),
			billingAddress: null,
			channelOrderDate: '2024-07-01T10:30:00.000Z',
			currencyId: 'EUR',
			meta: { source: 'test' },
			attachments: [],
			fulfillments: [],
			warehouseId: null,
		});
		expect(res.data.items).toEqual([
			{
				id: expect.stringMatching(UUID_RE),
				product: expect.objectContaining({ id: A.products[0], sku: 'test' }),
				channelOrderItemId: null,
				quantity: 2,
				price: 9.5,
				meta: {},
			},
		]);
		expect(res.data.updatedAt).toBe(res.data.createdAt);
		const list = await orgA().get('/order');
		expect(list.data.total).toBe(5);
		expect(list.data.items[0].id).toBe(res.data.id);
		expect((await orgB().get('/order')).data.total).toBe(1);
		expect((await orgA().get(`/order/${res.data.id}`)).data.channelOrderId).toBe('SO-9001');
	});

	it('attachments get ids and timestamps; a billing address is kept', async () => {
		const res = await orgA().post(
			'/order',
			newOrder({
				billingAddress: address('Bill Payer'),
				attachments: [{ fileName: 'po.pdf', path: `${S2.orgA}/po.pdf` }],
			}),
		);
		expect(res.data.billingAddress).toEqual(address('Bill Payer'));
		expect(res.data.attachments).toEqual([
			{
				id: expect.stringMatching(UUID_RE),
				fileName: 'po.pdf',
				path: `${S2.orgA}/po.pdf`,
				createdAt: res.data.createdAt,
				updatedAt: res.data.createdAt,
			},
		]);
	});

	const cases: Array<[string, Record<string, unknown>, RegExp]> = [
		['channelShippingMethod null', { channelShippingMethod: null }, /channelShippingMethod/],
		[
			'shippingAddress without phone',
			{ shippingAddress: { ...address('x'), phone: undefined } },
			/shippingAddress\.phone/,
		],
		['no channelOrderId', { channelOrderId: '' }, /channelOrderId/],
		['local date without zone', { channelOrderDate: '2024-07-01 12:30' }, /channelOrderDate/],
		['currency "usd"', { currencyId: 'usd' }, /currencyId/],
		['items instead of item', { items: [] }, /unknown field\(s\): items/],
		['empty item', { item: [] }, /item/],
		[
			'unknown account',
			{ accountId: '00000000-0000-4000-8000-000000000000' },
			/accountId.*does not exist/,
		],
		["org B's account", { accountId: B.accounts.betaMarket }, /accountId/],
		[
			"org B's product",
			{ item: [{ productId: B.products[0], quantity: 1 }] },
			/item\.0\.productId/,
		],
	];
	it.each(cases)('refuses %s with 400 and creates nothing', async (_name, patch, text) => {
		const res = await orgA().post('/order', newOrder(patch));
		expect(res.status).toBe(400);
		expectS2Error(res.data, text);
		expect((await sandbox.state()).s2.orders).toHaveLength(5);
	});
});

describe('S2 POST /order/{orderId}/cancel', () => {
	it('cancels an UNFULFILLED order and bumps updatedAt; cancelling again is a no-op', async () => {
		await tick();
		const res = await orgA().post(`/order/${A.orders.unfulfilled}/cancel`);
		expect(res.status).toBe(200);
		expect(res.data).toMatchObject({ id: A.orders.unfulfilled, status: 'CANCELLED' });
		expect(res.data.updatedAt > '2024-04-24T06:01:02.114233Z').toBe(true);
		const again = await orgA().post(`/order/${A.orders.unfulfilled}/cancel`, {});
		expect(again.status).toBe(200);
		expect(again.data.updatedAt).toBe(res.data.updatedAt);
		expect((await orgA().get(`/order/${A.orders.unfulfilled}`)).data.status).toBe('CANCELLED');
	});

	it('a FULFILLED order cannot be cancelled (400 in the S2 shape)', async () => {
		const res = await orgA().post(`/order/${A.orders.fulfilled}/cancel`);
		expect(res.status).toBe(400);
		expectS2Error(res.data, /FULFILLED/);
		expect((await orgA().get(`/order/${A.orders.fulfilled}`)).data.status).toBe('FULFILLED');
	});

	it("org B cannot cancel org A's order; the beta-only token is 403", async () => {
		const res = await orgB().post(`/order/${A.orders.unfulfilled}/cancel`);
		expect(res.status).toBe(404);
		expectS2Error(res.data, /order/);
		const beta = await s2Client(sandbox.s2BaseUrl, S2.tokenBetaOnly, S2.orgA).post(
			`/order/${A.orders.unfulfilled}/cancel`,
		);
		expect(beta.status).toBe(403);
		expect((await orgA().get(`/order/${A.orders.unfulfilled}`)).data.status).toBe('UNFULFILLED');
	});
});

describe('S2 request bodies', () => {
	it('a non-JSON body is 415 in the S2 shape; an empty one with a form Content-Type is no body', async () => {
		const res = await orgA().post('/order', 'accountId=1', {
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		});
		expect(res.status).toBe(415);
		expectS2Error(res.data, /Content-Type/);
		const empty = await orgA().post(`/order/${A.orders.assigned}/cancel`, '', {
			headers: { 'Content-Type': 'text/plain' },
		});
		expect(empty.status).toBe(200);
		expect(empty.data.status).toBe('CANCELLED');
	});
});
