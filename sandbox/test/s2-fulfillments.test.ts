/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies the tests reshape */

import { useSandbox } from '../../test/support/sandbox';
import { S2, S2_SEED } from '../src';
import { client, UUID_RE } from './http';
import {
	ADDRESS_KEYS,
	expectS2Error,
	FULFILLMENT_KEYS,
	LABEL_KEYS,
	PRODUCT_KEYS,
	s2Client,
	SHIPMENT_KEYS,
	WAREHOUSE_KEYS,
} from './s2-http';

const sandbox = useSandbox();
const orgA = () => s2Client(sandbox.s2BaseUrl, S2.token, S2.orgA);
const orgB = () => s2Client(sandbox.s2BaseUrl, S2.token, S2.orgB);
const A = S2_SEED.orgA;
const B = S2_SEED.orgB;

const ISO_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const LABEL_PATH = `${S2.orgA}/2024-04-24/shipping_label/Snipaste_2024_04_15_13_37_25_wgfZCvetlGQmtEBqnQ__m.png`;
const ATTACHMENT = {
	fileName: '听雨 (24 x 26.25)_PFPWig.jpg',
	path: `${S2.orgA}/2024-04-24/fulfillment/听雨__24_x_26.25__PFPWig_bdsL5YZcA8A5Wcfshhj3E.jpg`,
};
const docsAddress = () => ({
	name: 'test',
	company: 'test company',
	address1: 'test address',
	address2: 'test address2',
	city: 'test city',
	state: 'test',
	postalCode: '123456',
	countryId: 'CN',
	phone: '123456',
	email: '',
});

/** Seed 002's request body example, with the seeded ids in place of the docs' (partly truncated) ones. */
function docsExample(): Record<string, any> {
	return {
		orderId: A.orders.unfulfilled,
		address: docsAddress(),
		warehouseId: A.warehouses[0],
		channelFulfillmentId: null,
		orderAccountId: A.accounts.testAccount,
		accountCode: 'test_account_code',
		orderType: 0,
		shippingMethod: 'Expedited',
		items: [
			{ productId: A.products[0], quantity: 2 },
			{ productId: A.products[1], quantity: 1 },
		],
		shipments: [
			{
				items: [
					{ productId: A.products[0], quantity: 2 },
					{ productId: A.products[1], quantity: 1 },
				],
				prepaidLabels: [{ filePath: LABEL_PATH }],
				shippingCarrierId: 'OTHER',
			},
		],
		attachments: [ATTACHMENT],
		additionalReferenceIds: [],
	};
}

/** A small standalone fulfillment (no order, no warehouse). */
const standalone = (extra: Record<string, unknown> = {}) => ({
	address: docsAddress(),
	shippingMethod: 'standard',
	items: [{ productId: A.products[2], quantity: 1 }],
	shipments: [{ items: [{ productId: A.products[2], quantity: 1 }], prepaidLabels: [] }],
	attachments: [],
	...extra,
});

describe('S2 POST /fulfillment: the seed-002 example', () => {
	it('is accepted and answered in the full documented shape', async () => {
		const res = await orgA().post('/fulfillment', docsExample());
		expect(res.status).toBe(200);
		const f = res.data;
		expect(Object.keys(f)).toEqual(FULFILLMENT_KEYS);
		expect(f.id).toMatch(UUID_RE);
		expect(f).toMatchObject({
			status: 'CREATED',
			address: docsAddress(),
			channelFulfillmentId: null,
			meta: {},
			shippingMethod: 'Expedited',
			shipByDate: null,
			deliverByDate: null,
			customerNote: null,
			referenceIds: ['', 'test_order_id2', 'test_order_ref_id1'],
			orderId: A.orders.unfulfilled,
			orderDate: '2024-04-24T06:00:33.889Z',
			orderAccountId: A.accounts.testAccount,
			orderChannelOrderId: 'test_order_id2',
		});
		expect(f.createdAt).toMatch(ISO_RE);
		expect(f.updatedAt).toBe(f.createdAt);
		expect(f.warehousePickId).toMatch(UUID_RE);
		expect(f.orderOrganization).toEqual({
			id: S2.orgA,
			name: 'Sandbox Organization A',
			createdAt: '2024-03-05T22:17:23.520948Z',
			updatedAt: '2024-04-09T21:15:15.615765Z',
		});

		expect(Object.keys(f.warehouse)).toEqual(WAREHOUSE_KEYS);
		expect(f.warehouse).toMatchObject({
			id: A.warehouses[0],
			name: 'test warehouse',
			unitSystem: 'METRIC',
			dropshipper: true,
			organization: { id: S2.orgA },
		});
		expect(Object.keys(f.warehouse.address)).toEqual(ADDRESS_KEYS);

		expect(f.items).toHaveLength(2);
		expect(Object.keys(f.items[0])).toEqual([
			'product',
			'channelFulfillmentItemId',
			'quantity',
			'meta',
		]);
		expect(Object.keys(f.items[0].product)).toEqual(PRODUCT_KEYS);
		expect(
			f.items.map((i: any) => [
				i.product.id,
				i.product.sku,
				i.quantity,
				i.channelFulfillmentItemId,
			]),
		).toEqual([
			[A.products[0], 'test', 2, null],
			[A.products[1], 'SKU-GREY', 1, null],
		]);
		expect(f.items[0].product.brand).toEqual({
			id: 'e0cbbf33-cbea-4867-9fd9-5d72f22c2888',
			name: 'Sony',
			nameNormalized: 'sony',
			createdAt: '2024-06-04T03:16:22.617577Z',
		});

		expect(f.attachments).toEqual([
			{
				id: expect.stringMatching(UUID_RE),
				...ATTACHMENT,
				createdAt: f.createdAt,
				updatedAt: f.createdAt,
			},
		]);

		expect(f.shipments).toHaveLength(1);
		const s = f.shipments[0];
		expect(Object.keys(s)).toEqual(SHIPMENT_KEYS);
		expect(s).toMatchObject({
			fulfillmentId: f.id,
			manifestId: null,
			channelShipmentId: null,
			status: 'CREATED',
			meta: {},
			trackingNumber: '',
			trackingUrl: '',
			packages: [],
		});
		expect(s.shippingCarrier).toEqual({
			id: 'OTHER',
			name: 'Other',
			createdAt: '2024-03-25T00:09:52.442733Z',
			updatedAt: '2024-03-25T00:09:52.729273Z',
		});
		expect(s.items.map((i: any) => [i.channelShipmentItemId, i.product.id, i.quantity])).toEqual([
			[null, A.products[0], 2],
			[null, A.products[1], 1],
		]);
		expect(s.labels).toHaveLength(1);
		expect(Object.keys(s.labels[0])).toEqual(LABEL_KEYS);
		expect(s.labels[0]).toMatchObject({
			type: 'PREPAID',
			carrier: '',
			trackingNumber: '',
			amount: 0,
			amountCurrency: 'USD',
			filePath: LABEL_PATH,
			purchasedLabel: null,
		});
	});

	it('links the order: it becomes ASSIGNED, its updatedAt moves, its details list the fulfillment', async () => {
		const before = (await orgA().get(`/order/${A.orders.unfulfilled}`)).data;
		expect(before).toMatchObject({ assignStatus: 'UNASSIGNED', fulfillments: [] });
		await client(sandbox.url).post('/__sandbox/clock', { advanceSeconds: 1 });
		await orgA().post('/fulfillment', docsExample());
		const created = (await orgA().get(`/order/${A.orders.unfulfilled}`)).data;
		expect(created.assignStatus).toBe('ASSIGNED');
		expect(created.status).toBe('UNFULFILLED');
		expect(created.updatedAt > before.updatedAt).toBe(true);
		expect(created.fulfillments).toHaveLength(1);
		expect(created.fulfillments[0]).toMatchObject({
			status: 'CREATED',
			orderId: A.orders.unfulfilled,
			shipments: [{ status: 'CREATED', labels: [{ filePath: LABEL_PATH }] }],
		});
	});

	it('GET /fulfillment/{id} answers the same shape plus warehousePickStatus, shippingQuotes, orderType', async () => {
		const created = (await orgA().post('/fulfillment', { ...docsExample(), orderType: 1 })).data;
		const res = await orgA().get(`/fulfillment/${created.id}`);
		expect(res.status).toBe(200);
		expect(Object.keys(res.data)).toEqual([
			...FULFILLMENT_KEYS,
			'warehousePickStatus',
			'shippingQuotes',
			'orderType',
		]);
		expect(res.data).toEqual({
			...created,
			warehousePickStatus: 'CREATED',
			shippingQuotes: [],
			orderType: 1,
		});
	});
});

describe('S2 POST /fulfillment: channelFulfillmentId is unique per organization (409)', () => {
	const body = (org: string, id: string) => ({
		...standalone(),
		channelFulfillmentId: id,
		items: [{ productId: org, quantity: 1 }],
		shipments: [],
	});

	it('a seeded id reused in the same organization is 409 with exactly the documented body', async () => {
		const res = await orgA().post(
			'/fulfillment',
			body(A.products[2], A.channelFulfillmentIds.created),
		);
		expect(res.status).toBe(409);
		expect(res.data).toEqual({
			code: 'ALREADY_EXISTS',
			message:
				"Fulfillment with channelFulfillmentId 'CF-1002-1' already exists for this organization",
		});
	});

	it('the same id is free in the other organization, once', async () => {
		const first = await orgB().post('/fulfillment', body(B.products[0], 'CF-1002-1'));
		expect(first.status).toBe(200);
		expect(first.data.channelFulfillmentId).toBe('CF-1002-1');
		expect(first.data.warehouse.id).toBe(B.warehouses[0]);
		const again = await orgB().post('/fulfillment', body(B.products[0], 'CF-1002-1'));
		expect(again.status).toBe(409);
		expect(again.data).toEqual({
			code: 'ALREADY_EXISTS',
			message:
				"Fulfillment with channelFulfillmentId 'CF-1002-1' already exists for this organization",
		});
		const state = await sandbox.state();
		expect(
			state.s2.fulfillments.filter(
				(f: { channelFulfillmentId: string }) => f.channelFulfillmentId === 'CF-1002-1',
			),
		).toHaveLength(2);
	});

	it('a new id works, then conflicts; null or "" never conflicts', async () => {
		expect((await orgA().post('/fulfillment', body(A.products[2], 'CF-NEW-1'))).status).toBe(200);
		expect((await orgA().post('/fulfillment', body(A.products[2], 'CF-NEW-1'))).status).toBe(409);
		for (const id of [null, '', null]) {
			const res = await orgA().post('/fulfillment', { ...standalone(), channelFulfillmentId: id });
			expect(res.status).toBe(200);
			expect(res.data.channelFulfillmentId).toBeNull();
		}
	});
});

describe('S2 POST /fulfillment: standalone and defaults', () => {
	it('no order, no warehouse: the first fulfillment center is assigned, no order fields, carrier OTHER', async () => {
		const res = await orgA().post(
			'/fulfillment',
			standalone({
				additionalReferenceIds: ['PO-77'],
				customerNote: 'Leave at door',
				method: 2,
				signatureRequired: true,
			}),
		);
		expect(res.status).toBe(200);
		expect(res.data).toMatchObject({
			orderId: null,
			orderDate: null,
			orderChannelOrderId: null,
			orderOrganization: null,
			orderAccountId: null,
			referenceIds: ['PO-77'],
			customerNote: 'Leave at door',
			warehouse: { id: A.warehouses[0] },
			shipments: [
				{ shippingCarrier: { id: 'OTHER', name: 'Other' }, labels: [], trackingNumber: '' },
			],
		});
	});

	it('accountCode picks the order account; a given carrier and tracking number are kept; prepaidLabels "" means none', async () => {
		const res = await orgA().post(
			'/fulfillment',
			standalone({
				accountCode: 'wholesale',
				warehouseId: A.warehouses[1],
				shipments: [
					{
						items: [{ productId: A.products[2], quantity: 1 }],
						prepaidLabels: '',
						shippingCarrierId: 'UPS',
						trackingNumber: '1ZTEST0001',
					},
				],
			}),
		);
		expect(res.status).toBe(200);
		expect(res.data.orderAccountId).toBe(A.accounts.wholesale);
		expect(res.data.warehouse.id).toBe(A.warehouses[1]);
		expect(res.data.shipments[0]).toMatchObject({
			shippingCarrier: { id: 'UPS', name: 'UPS' },
			trackingNumber: '1ZTEST0001',
			labels: [],
		});
	});

	it('with an order, the order account wins over orderAccountId', async () => {
		const res = await orgA().post('/fulfillment', {
			...docsExample(),
			orderAccountId: A.accounts.sandboxStore,
			accountCode: null,
		});
		expect(res.data.orderAccountId).toBe(A.accounts.testAccount);
	});
});

describe('S2 POST /fulfillment: refused requests (nothing is created)', () => {
	const cases: Array<[string, (b: Record<string, any>) => void, number, RegExp]> = [
		['address without email', (b) => delete b.address.email, 400, /address\.email/],
		['address field null', (b) => (b.address.company = null), 400, /address\.company/],
		['address extra field', (b) => (b.address.zip = '1'), 400, /address\.zip/],
		['no address', (b) => delete b.address, 400, /address/],
		['no shippingMethod', (b) => delete b.shippingMethod, 400, /shippingMethod/],
		['no items', (b) => (b.items = []), 400, /items/],
		['quantity 0', (b) => (b.items[0].quantity = 0), 400, /items\.0\.quantity/],
		['no shipments', (b) => delete b.shipments, 400, /shipments/],
		[
			'shipment without prepaidLabels',
			(b) => delete b.shipments[0].prepaidLabels,
			400,
			/shipments\.0\.prepaidLabels/,
		],
		['no attachments', (b) => delete b.attachments, 400, /attachments/],
		['orderType 3', (b) => (b.orderType = 3), 400, /orderType/],
		['method "LTL"', (b) => (b.method = 'LTL'), 400, /method/],
		['unknown field', (b) => (b.item = []), 400, /unknown field\(s\): item/],
		[
			'unknown product',
			(b) => (b.items[1].productId = '00000000-0000-4000-8000-000000000000'),
			400,
			/items\.1\.productId.*does not exist/,
		],
		["org B's product", (b) => (b.items[0].productId = B.products[0]), 400, /items\.0\.productId/],
		[
			'shipment product not in items',
			(b) => (b.shipments[0].items[0].productId = A.products[2]),
			400,
			/shipments\.0\.items\.0\.productId/,
		],
		[
			'unknown carrier',
			(b) => (b.shipments[0].shippingCarrierId = 'DHL'),
			400,
			/shippingCarrierId.*OTHER, UPS, FEDEX, USPS/,
		],
		["org B's warehouse", (b) => (b.warehouseId = B.warehouses[0]), 400, /warehouseId/],
		['unknown accountCode', (b) => (b.accountCode = 'nope'), 400, /accountCode/],
		["org B's order", (b) => (b.orderId = B.orders.unfulfilled), 404, /order/],
		['cancelled order', (b) => (b.orderId = A.orders.cancelled), 400, /CANCELLED/],
	];

	it.each(cases)('%s', async (_name, mutate, status, text) => {
		const body = docsExample();
		mutate(body);
		const res = await orgA().post('/fulfillment', body);
		expect(res.status).toBe(status);
		expectS2Error(res.data, text);
		const state = await sandbox.state();
		expect(state.s2.fulfillments).toHaveLength(2);
		expect(
			state.s2.orders.find((o: { id: string }) => o.id === A.orders.unfulfilled).assignStatus,
		).toBe('UNASSIGNED');
	});

	it('standalone orderAccountId must be an account of the organization', async () => {
		const res = await orgA().post(
			'/fulfillment',
			standalone({ orderAccountId: B.accounts.betaMarket }),
		);
		expect(res.status).toBe(400);
		expectS2Error(res.data, /orderAccountId/);
	});
});

describe('S2 fulfillments are scoped to the organization', () => {
	it("org B cannot read org A's fulfillment (404), org A can", async () => {
		const res = await orgB().get(`/fulfillment/${A.fulfillments.created}`);
		expect(res.status).toBe(404);
		expectS2Error(res.data, /fulfillment/);
		expect((await orgA().get(`/fulfillment/${A.fulfillments.created}`)).status).toBe(200);
		expect((await orgA().get('/fulfillment/not-an-id')).status).toBe(404);
	});

	it('the beta-only token naming org A is 403 and creates nothing', async () => {
		const beta = s2Client(sandbox.s2BaseUrl, S2.tokenBetaOnly, S2.orgA);
		expect((await beta.get(`/fulfillment/${A.fulfillments.created}`)).status).toBe(403);
		const post = await beta.post('/fulfillment', docsExample());
		expect(post.status).toBe(403);
		expectS2Error(post.data, /Forbidden/);
		expect((await sandbox.state()).s2.fulfillments).toHaveLength(2);
	});

	it('the seeded shipped fulfillment carries its tracking number', async () => {
		const res = await orgA().get(`/fulfillment/${A.fulfillments.shipped}`);
		expect(res.data).toMatchObject({
			status: 'SHIPPED',
			warehousePickStatus: 'COMPLETED',
			orderId: A.orders.fulfilled,
			orderChannelOrderId: 'WH-5003',
			referenceIds: ['', 'WH-5003'],
			shipments: [
				{
					id: A.shipments.shipped,
					status: 'SHIPPED',
					trackingNumber: A.trackingNumber,
					shippingCarrier: { id: 'FEDEX' },
				},
			],
		});
	});
});

describe('S2 journal', () => {
	it('records the create as received: method, path, organization header, body, status, principal; the token masked', async () => {
		await sandbox.clearJournal();
		const body = docsExample();
		await orgA().post('/fulfillment', body);
		const [entry] = await sandbox.journal('s2');
		expect(entry).toMatchObject({
			api: 's2',
			method: 'POST',
			path: '/fulfillment',
			query: {},
			body,
			status: 200,
			principal: 'alpha',
		});
		expect(entry.headers['x-s2-organization']).toBe(S2.orgA);
		expect(entry.headers.authorization).not.toContain(S2.token);
	});
});
