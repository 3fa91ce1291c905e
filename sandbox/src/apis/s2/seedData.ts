import { cloneJson } from '../../core/state';
import type {
	S2Account,
	S2Address,
	S2Brand,
	S2Carrier,
	S2Fulfillment,
	S2InventoryItem,
	S2Order,
	S2Product,
	S2State,
	S2Warehouse,
} from './model';

/**
 * Ids of the seeded S2 records, per organization. Where S2's example answer (docs/api-notes.md#s2-fulfillment-create) gives an id (products 3775cc37... and
 * bab7c35b..., warehouse 9cae310d..., order ae52b0ab...) the seed uses it, completed to a valid UUID
 * (the docs' copies are truncated in places).
 */
export const S2_SEED = {
	orgA: {
		accounts: {
			sandboxStore: '1ac48942-405a-4841-a7d8-708f50dbe001',
			wholesale: '1ac48942-405a-4841-a7d8-708f50dbe002',
			testAccount: '1ac48942-405a-4841-a7d8-708f50dbe003',
		},
		/** [0] is the docs' "test warehouse" (Oakville, CA) and the one assigned when a fulfillment names none. */
		warehouses: ['9cae310d-c440-4d78-bdc0-bf306ec33888', '4b1e6f0a-2c7d-4e9a-8f35-6d0c1a2b3e02'],
		/** [0] sku "test" (Sony), [1] "SKU-GREY", [2] "MUG-BLUE-12OZ". */
		products: [
			'3775cc37-30e7-4579-a58e-c9adda6fa888',
			'bab7c35b-2ecb-4b40-be82-8dc1e0a86888',
			'5e8f2a1c-7b4d-4c9e-a3f6-0d1b2c3e4a03',
		],
		skus: ['test', 'SKU-GREY', 'MUG-BLUE-12OZ'],
		orders: {
			/** The docs' order (channelOrderId test_order_id2): UNFULFILLED, UNASSIGNED, no fulfillment. */
			unfulfilled: 'ae52b0ab-8f0c-4b11-9c13-c5c221228ecd',
			/** UNFULFILLED, ASSIGNED, one CREATED fulfillment (`fulfillments.created`). */
			assigned: '6c1d2e3f-4a5b-4c6d-8e7f-a0b1c2d3e402',
			/** FULFILLED, one SHIPPED fulfillment (`fulfillments.shipped`) with a FedEx tracking number. */
			fulfilled: '7d2e3f4a-5b6c-4d7e-9f8a-b1c2d3e4f503',
			/** CANCELLED, no fulfillment. */
			cancelled: '8e3f4a5b-6c7d-4e8f-a09b-c2d3e4f5a604',
		},
		channelOrderIds: {
			unfulfilled: 'test_order_id2',
			assigned: '1002',
			fulfilled: 'WH-5003',
			cancelled: '1004',
		},
		fulfillments: {
			created: '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a01',
			shipped: '2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c02',
		},
		channelFulfillmentIds: { created: 'CF-1002-1', shipped: 'CF-WH-5003' },
		shipments: {
			created: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c01',
			shipped: 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d02',
		},
		trackingNumber: '794612345678',
	},
	orgB: {
		accounts: {
			betaMarket: '2bd59a53-516b-4952-b8e9-819f61ecf001',
			betaRetail: '2bd59a53-516b-4952-b8e9-819f61ecf002',
		},
		warehouses: ['d2a7c9e4-1f3b-4a6d-9c8e-5b0f7a3d1e01'],
		products: ['e7c4a2d9-3b5f-4e1a-8d6c-9f0a1b2c3d01'],
		skus: ['BETA-WIDGET'],
		orders: { unfulfilled: '9f4a5b6c-7d8e-4f9a-b0ac-d3e4f5a6b701' },
		channelOrderIds: { unfulfilled: 'B-2001' },
	},
	/** Carrier ids for `shipments[].shippingCarrierId`; OTHER is the documented default. */
	carriers: ['OTHER', 'UPS', 'FEDEX', 'USPS'],
} as const;

const A = S2_SEED.orgA;
const B = S2_SEED.orgB;

export interface S2SeedIdentity {
	token: string;
	tokenBetaOnly: string;
	orgA: string;
	orgB: string;
}

const blank: S2Address = {
	name: '',
	company: '',
	address1: '',
	address2: '',
	city: '',
	state: '',
	postalCode: '',
	countryId: '',
	phone: '',
	email: '',
};
const address = (a: Partial<S2Address>): S2Address => ({ ...blank, ...a });

const BRANDS: Record<string, S2Brand> = {
	sony: {
		id: 'e0cbbf33-cbea-4867-9fd9-5d72f22c2888',
		name: 'Sony',
		nameNormalized: 'sony',
		createdAt: '2024-06-04T03:16:22.617577Z',
	},
	none: {
		id: '5643b7ee-7df1-48c6-b690-1e29ffa8ab33',
		name: '',
		nameNormalized: '',
		createdAt: '2024-03-05T22:17:28.679732Z',
	},
	acme: {
		id: '8a9b0c1d-2e3f-4a5b-9c6d-7e8f9a0b1c03',
		name: 'Acme',
		nameNormalized: 'acme',
		createdAt: '2024-03-06T09:00:00.000000Z',
	},
	beta: {
		id: 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a01',
		name: 'Beta Goods',
		nameNormalized: 'beta goods',
		createdAt: '2024-04-02T09:00:00.000000Z',
	},
};

function products(orgA: string, orgB: string): S2Product[] {
	const base = {
		remarks: '',
		imageMain: '',
		condition: 'NEW',
		serialNumberRequired: false,
		expiryDateRequired: false,
		unknown: false,
		otherIds: [] as string[],
	};
	return [
		{
			...base,
			id: A.products[0],
			organizationId: orgA,
			sku: 'test',
			brand: BRANDS.sony,
			gtin: '7888888888888',
			name: 'Test Product',
			remarks: 'remark.',
			imageMain: `${orgA}/2024-04-23/avatar/test_product.jpg`,
			packageLengthMm: 33.27078,
			packageWidthMm: 64.29312,
			packageHeightMm: 96.57682,
			shippingWeightKg: 76.44365,
			caseUnit: 'EACH',
			casePack: 2,
			caseLengthMm: 34.340958,
			caseWidthMm: 20.323586,
			caseHeightMm: 12.659683,
			caseWeightKg: 0.35708416,
			serialNumberRequired: true,
			expiryDateRequired: true,
			createdAt: '2024-06-04T03:16:22.617577Z',
			updatedAt: '2024-06-04T03:31:28.192345Z',
		},
		{
			...base,
			id: A.products[1],
			organizationId: orgA,
			sku: 'SKU-GREY',
			brand: BRANDS.none,
			gtin: '',
			name: 'SKU GREY',
			packageLengthMm: 1500,
			packageWidthMm: 260,
			packageHeightMm: 810,
			shippingWeightKg: 35,
			caseUnit: 'CARTON',
			casePack: 1,
			caseLengthMm: 0,
			caseWidthMm: 0,
			caseHeightMm: 0,
			caseWeightKg: 0,
			createdAt: '2024-03-05T22:20:44.132006Z',
			updatedAt: '2024-04-01T14:31:19.885955Z',
		},
		{
			...base,
			id: A.products[2],
			organizationId: orgA,
			sku: 'MUG-BLUE-12OZ',
			brand: BRANDS.acme,
			gtin: '0012345678905',
			name: 'Blue Ceramic Mug 12 oz',
			packageLengthMm: 120,
			packageWidthMm: 95,
			packageHeightMm: 110,
			shippingWeightKg: 0.45,
			caseUnit: 'CARTON',
			casePack: 12,
			caseLengthMm: 400,
			caseWidthMm: 300,
			caseHeightMm: 240,
			caseWeightKg: 5.6,
			createdAt: '2024-03-10T12:00:00.000000Z',
			updatedAt: '2024-03-10T12:00:00.000000Z',
			otherIds: ['ACME-4411'],
		},
		{
			...base,
			id: B.products[0],
			organizationId: orgB,
			sku: 'BETA-WIDGET',
			brand: BRANDS.beta,
			gtin: '4006381333931',
			name: 'Beta Widget',
			packageLengthMm: 50,
			packageWidthMm: 50,
			packageHeightMm: 20,
			shippingWeightKg: 0.1,
			caseUnit: 'EACH',
			casePack: 1,
			caseLengthMm: 0,
			caseWidthMm: 0,
			caseHeightMm: 0,
			caseWeightKg: 0,
			createdAt: '2024-04-02T10:30:00.000000Z',
			updatedAt: '2024-04-02T10:30:00.000000Z',
		},
	];
}

function warehouses(orgA: string, orgB: string): S2Warehouse[] {
	return [
		{
			id: A.warehouses[0],
			organizationId: orgA,
			name: 'test warehouse',
			address: address({
				name: 'GDI',
				address1: 'test warehouse Rd Unit 3',
				city: 'Oakville',
				state: 'ON',
				postalCode: 'L6L 8X8',
				countryId: 'CA',
			}),
			dropshipper: true,
			fulfillmentCenter: true,
			rmaCenter: true,
			unitSystem: 'METRIC',
			createdAt: '2024-04-01T14:18:10.903581Z',
			updatedAt: '2024-04-01T14:18:10.903581Z',
		},
		{
			id: A.warehouses[1],
			organizationId: orgA,
			name: 'East Coast FC',
			address: address({
				name: 'East Coast FC',
				company: 'Sandbox Logistics',
				address1: '100 Harbor Way',
				city: 'Newark',
				state: 'NJ',
				postalCode: '07114',
				countryId: 'US',
				phone: '+1 973 555 0100',
			}),
			dropshipper: false,
			fulfillmentCenter: true,
			rmaCenter: false,
			unitSystem: 'IMPERIAL',
			createdAt: '2024-04-05T09:00:00.000000Z',
			updatedAt: '2024-04-05T09:00:00.000000Z',
		},
		{
			id: B.warehouses[0],
			organizationId: orgB,
			name: 'Beta Warehouse',
			address: address({
				name: 'Beta Warehouse',
				address1: '1 Beta Street',
				city: 'Austin',
				state: 'TX',
				postalCode: '73301',
				countryId: 'US',
			}),
			dropshipper: false,
			fulfillmentCenter: true,
			rmaCenter: true,
			unitSystem: 'IMPERIAL',
			createdAt: '2024-04-02T09:30:00.000000Z',
			updatedAt: '2024-04-02T09:30:00.000000Z',
		},
	];
}

function inventory(orgA: string, orgB: string): S2InventoryItem[] {
	const row = (
		organizationId: string,
		warehouseId: string,
		productId: string,
		onHand: number,
		allocated = 0,
	): S2InventoryItem => ({
		organizationId,
		warehouseId,
		productId,
		quantityOnHand: onHand,
		quantityAllocated: allocated,
		quantityAvailable: onHand - allocated,
	});
	return [
		row(orgA, A.warehouses[0], A.products[0], 120),
		row(orgA, A.warehouses[0], A.products[1], 8),
		row(orgA, A.warehouses[0], A.products[2], 40),
		row(orgA, A.warehouses[1], A.products[0], 30),
		// The CREATED fulfillment of order 1002 holds 3 mugs.
		row(orgA, A.warehouses[1], A.products[2], 200, 3),
		row(orgB, B.warehouses[0], B.products[0], 50),
	];
}

const CARRIERS: S2Carrier[] = [
	{
		id: 'OTHER',
		name: 'Other',
		createdAt: '2024-03-25T00:09:52.442733Z',
		updatedAt: '2024-03-25T00:09:52.729273Z',
	},
	{
		id: 'UPS',
		name: 'UPS',
		createdAt: '2024-03-25T00:09:52.442733Z',
		updatedAt: '2024-03-25T00:09:52.729273Z',
	},
	{
		id: 'FEDEX',
		name: 'FedEx',
		createdAt: '2024-03-25T00:09:52.442733Z',
		updatedAt: '2024-03-25T00:09:52.729273Z',
	},
	{
		id: 'USPS',
		name: 'USPS',
		createdAt: '2024-03-25T00:09:52.442733Z',
		updatedAt: '2024-03-25T00:09:52.729273Z',
	},
];

function orders(orgA: string, orgB: string): S2Order[] {
	const docsAddress = address({
		name: 'test',
		company: 'test company',
		address1: 'test address',
		address2: 'test address2',
		city: 'test city',
		state: 'test',
		postalCode: '123456',
		countryId: 'CN',
		phone: '123456',
	});
	const jane = address({
		name: 'Jane Doe',
		address1: '42 Main St',
		address2: 'Apt 5',
		city: 'Springfield',
		state: 'IL',
		postalCode: '62701',
		countryId: 'US',
		phone: '+1 217 555 0142',
		email: 'jane.doe@example.com',
	});
	const acme = address({
		name: 'Receiving',
		company: 'Acme Retail',
		address1: '9 Commerce Blvd',
		city: 'Toronto',
		state: 'ON',
		postalCode: 'M5V 2T6',
		countryId: 'CA',
		email: 'receiving@example.com',
	});
	const common = {
		archived: false,
		meta: {},
		attachments: [],
		additionalReferenceIds: [] as string[],
		billingAddress: null,
		channelOrderIdAlt: '',
		channelOrderIdAlt2: '',
	};
	const item = (n: string, productId: string, quantity: number, price: number) => ({
		id: n,
		productId,
		channelOrderItemId: null,
		quantity,
		price,
		meta: {},
	});
	return [
		{
			...common,
			id: A.orders.unfulfilled,
			organizationId: orgA,
			accountId: A.accounts.testAccount,
			status: 'UNFULFILLED',
			assignStatus: 'UNASSIGNED',
			channelOrderId: 'test_order_id2',
			channelOrderIdAlt2: 'test_order_ref_id1',
			channelShippingMethod: 'Expedited',
			shippingAddress: docsAddress,
			channelOrderDate: '2024-04-24T06:00:33.889Z',
			currencyId: 'USD',
			items: [
				item('c0a80101-0001-4000-8000-000000000001', A.products[0], 2, 19.99),
				item('c0a80101-0001-4000-8000-000000000002', A.products[1], 1, 149),
			],
			createdAt: '2024-04-24T06:01:02.114233Z',
			updatedAt: '2024-04-24T06:01:02.114233Z',
		},
		{
			...common,
			id: A.orders.assigned,
			organizationId: orgA,
			accountId: A.accounts.sandboxStore,
			status: 'UNFULFILLED',
			assignStatus: 'ASSIGNED',
			channelOrderId: '1002',
			channelOrderIdAlt: '#1002',
			channelShippingMethod: 'Standard',
			shippingAddress: jane,
			billingAddress: jane,
			channelOrderDate: '2024-05-02T15:20:00.000Z',
			currencyId: 'USD',
			items: [item('c0a80101-0002-4000-8000-000000000001', A.products[2], 3, 12.5)],
			createdAt: '2024-05-02T15:21:10.500000Z',
			updatedAt: '2024-05-02T16:00:00.000000Z',
		},
		{
			...common,
			id: A.orders.fulfilled,
			organizationId: orgA,
			accountId: A.accounts.wholesale,
			status: 'FULFILLED',
			assignStatus: 'ASSIGNED',
			channelOrderId: 'WH-5003',
			channelShippingMethod: 'Ground',
			shippingAddress: acme,
			channelOrderDate: '2024-05-10T08:00:00.000Z',
			currencyId: 'CAD',
			items: [
				item('c0a80101-0003-4000-8000-000000000001', A.products[0], 1, 25),
				item('c0a80101-0003-4000-8000-000000000002', A.products[2], 2, 11),
			],
			createdAt: '2024-05-10T08:01:00.000000Z',
			updatedAt: '2024-05-12T17:30:00.000000Z',
		},
		{
			...common,
			id: A.orders.cancelled,
			organizationId: orgA,
			accountId: A.accounts.sandboxStore,
			status: 'CANCELLED',
			assignStatus: 'UNASSIGNED',
			channelOrderId: '1004',
			channelOrderIdAlt: '#1004',
			channelShippingMethod: '',
			shippingAddress: jane,
			channelOrderDate: '2024-05-20T11:00:00.000Z',
			currencyId: 'USD',
			items: [item('c0a80101-0004-4000-8000-000000000001', A.products[1], 1, 149)],
			createdAt: '2024-05-20T11:00:30.000000Z',
			updatedAt: '2024-05-21T09:00:00.000000Z',
		},
		{
			...common,
			id: B.orders.unfulfilled,
			organizationId: orgB,
			accountId: B.accounts.betaMarket,
			status: 'UNFULFILLED',
			assignStatus: 'UNASSIGNED',
			channelOrderId: 'B-2001',
			channelShippingMethod: 'Standard',
			shippingAddress: address({
				name: 'Bob Beta',
				address1: '7 Elm Rd',
				city: 'Austin',
				state: 'TX',
				postalCode: '73301',
				countryId: 'US',
			}),
			channelOrderDate: '2024-06-01T10:00:00.000Z',
			currencyId: 'USD',
			items: [item('c0a80101-0005-4000-8000-000000000001', B.products[0], 4, 5)],
			createdAt: '2024-06-01T10:00:45.000000Z',
			updatedAt: '2024-06-01T10:00:45.000000Z',
		},
	];
}

function fulfillments(orgA: string): S2Fulfillment[] {
	const jane = orders(orgA, '').find((o) => o.id === A.orders.assigned)!.shippingAddress;
	const acme = orders(orgA, '').find((o) => o.id === A.orders.fulfilled)!.shippingAddress;
	const common = {
		organizationId: orgA,
		meta: {},
		attachments: [],
		shipByDate: null,
		deliverByDate: null,
		customerNote: null,
		additionalReferenceIds: [] as string[],
		rmaId: null,
		accountCode: null,
		orderType: 0 as const,
		method: null,
		signatureRequired: false,
	};
	const created = '2024-05-02T16:00:00.000000Z';
	const shippedAt = '2024-05-12T17:30:00.000000Z';
	return [
		{
			...common,
			id: A.fulfillments.created,
			status: 'CREATED',
			address: jane,
			channelFulfillmentId: 'CF-1002-1',
			warehouseId: A.warehouses[1],
			warehousePickId: '3b4c5d6e-7f8a-4b9c-8d0e-2f3a4b5c6d01',
			warehousePickStatus: 'CREATED',
			shippingMethod: 'Standard',
			items: [{ productId: A.products[2], channelFulfillmentItemId: null, quantity: 3, meta: {} }],
			shipments: [
				{
					id: A.shipments.created,
					manifestId: null,
					channelShipmentId: null,
					status: 'CREATED',
					meta: {},
					shippingCarrierId: 'UPS',
					trackingNumber: '',
					trackingUrl: '',
					items: [{ channelShipmentItemId: null, productId: A.products[2], quantity: 3, meta: {} }],
					labels: [],
					packages: [],
					createdAt: created,
					updatedAt: created,
				},
			],
			orderId: A.orders.assigned,
			orderAccountId: A.accounts.sandboxStore,
			createdAt: created,
			updatedAt: created,
		},
		{
			...common,
			id: A.fulfillments.shipped,
			status: 'SHIPPED',
			address: acme,
			channelFulfillmentId: 'CF-WH-5003',
			warehouseId: A.warehouses[0],
			warehousePickId: '3b4c5d6e-7f8a-4b9c-8d0e-2f3a4b5c6d02',
			warehousePickStatus: 'COMPLETED',
			shippingMethod: 'Ground',
			items: [
				{ productId: A.products[0], channelFulfillmentItemId: null, quantity: 1, meta: {} },
				{ productId: A.products[2], channelFulfillmentItemId: null, quantity: 2, meta: {} },
			],
			shipments: [
				{
					id: A.shipments.shipped,
					manifestId: null,
					channelShipmentId: null,
					status: 'SHIPPED',
					meta: {},
					shippingCarrierId: 'FEDEX',
					trackingNumber: A.trackingNumber,
					trackingUrl: `https://www.fedex.com/fedextrack/?trknbr=${A.trackingNumber}`,
					items: [
						{ channelShipmentItemId: null, productId: A.products[0], quantity: 1, meta: {} },
						{ channelShipmentItemId: null, productId: A.products[2], quantity: 2, meta: {} },
					],
					labels: [
						{
							id: '4c5d6e7f-8a9b-4c0d-9e1f-3a4b5c6d7e02',
							type: 'PREPAID',
							carrier: '',
							trackingNumber: '',
							trackingUrl: '',
							amount: 0,
							amountCurrency: 'USD',
							filePath: `${orgA}/2024-05-10/shipping_label/WH-5003.pdf`,
							purchasedLabel: null,
							createdAt: '2024-05-10T09:00:00.000000Z',
							updatedAt: '2024-05-10T09:00:00.000000Z',
						},
					],
					packages: [],
					createdAt: '2024-05-10T09:00:00.000000Z',
					updatedAt: shippedAt,
				},
			],
			orderId: A.orders.fulfilled,
			orderAccountId: A.accounts.wholesale,
			createdAt: '2024-05-10T09:00:00.000000Z',
			updatedAt: shippedAt,
		},
	];
}

function accounts(orgA: string, orgB: string): S2Account[] {
	const acct = (
		id: string,
		organizationId: string,
		name: string,
		code: string,
		at: string,
	): S2Account => ({
		id,
		organizationId,
		name,
		code,
		type: 'MARKETPLACE_GENERIC',
		createdAt: at,
		updatedAt: at,
	});
	return [
		acct(
			A.accounts.sandboxStore,
			orgA,
			'Sandbox Store (SHOPLINE)',
			'sandbox_store',
			'2024-03-06T10:00:00.000000Z',
		),
		acct(
			A.accounts.wholesale,
			orgA,
			'Wholesale Orders',
			'wholesale',
			'2024-03-07T10:00:00.000000Z',
		),
		acct(
			A.accounts.testAccount,
			orgA,
			'Test Account',
			'test_account_code',
			'2024-03-08T10:00:00.000000Z',
		),
		acct(
			B.accounts.betaMarket,
			orgB,
			'Beta Marketplace',
			'beta_market',
			'2024-04-02T10:00:00.000000Z',
		),
		acct(B.accounts.betaRetail, orgB, 'Beta Retail', 'beta_retail', '2024-04-03T10:00:00.000000Z'),
	];
}

/** The whole S2 seed state: org A (the docs' id) is the busy one, org B holds one of each kind. */
export function s2SeedData(s2: S2SeedIdentity): S2State {
	const { orgA, orgB } = s2;
	// Records share address and brand objects above: hand out an unshared copy.
	return cloneJson({
		organizations: [
			{
				id: orgA,
				name: 'Sandbox Organization A',
				createdAt: '2024-03-05T22:17:23.520948Z',
				updatedAt: '2024-04-09T21:15:15.615765Z',
			},
			{
				id: orgB,
				name: 'Sandbox Organization B',
				createdAt: '2024-04-01T14:09:14.732646Z',
				updatedAt: '2024-04-01T14:09:14.732646Z',
			},
		],
		tokens: [
			{ name: 'alpha', token: s2.token, organizationIds: [orgA, orgB] },
			{ name: 'beta', token: s2.tokenBetaOnly, organizationIds: [orgB] },
		],
		accounts: accounts(orgA, orgB),
		warehouses: warehouses(orgA, orgB),
		products: products(orgA, orgB),
		inventory: inventory(orgA, orgB),
		carriers: CARRIERS.map((c) => ({ ...c })),
		orders: orders(orgA, orgB),
		fulfillments: fulfillments(orgA),
	});
}
