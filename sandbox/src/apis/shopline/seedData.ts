import { shoplineCatalogSeed } from './catalogSeed';
import { createFulfillment, recomputeOrder, type FulfillLine } from './fulfilling';
import type {
	ShoplineLineItem,
	ShoplineOrder,
	ShoplineState,
	ShoplineStore,
	ShoplineTrackingInfo,
} from './model';

/** SHOPLINE stores (handle + access token each) and the API version the nodes use. */
export const SHOPLINE = {
	handle: 'sandbox-store',
	token: 'shopline-sandbox-token-0001',
	otherHandle: 'other-store',
	otherToken: 'shopline-sandbox-token-0002',
	/** ~250 generated orders, for paging. */
	busyHandle: 'busy-store',
	busyToken: 'shopline-sandbox-token-0003',
	/** Answers every request with 402 (store frozen). */
	frozenHandle: 'frozen-store',
	frozenToken: 'shopline-sandbox-token-0004',
	/** Answers every request with 423 (store locked). */
	lockedHandle: 'locked-store',
	lockedToken: 'shopline-sandbox-token-0005',
	version: 'v20260301',
	/** App secrets that sign each store's webhooks. */
	appSecret: 'shopline-sandbox-app-secret-0001',
	otherAppSecret: 'shopline-sandbox-app-secret-0002',
} as const;

const BUSY_COUNT = 250;
const busyOrderId = (i: number) => `2105740193282631666697${String(i + 1).padStart(4, '0')}`;

/** Ids of the seeded SHOPLINE records (store `sandbox-store` unless said otherwise). */
export const SHOPLINE_SEED = {
	orders: {
		/** #1001 open, paid, unshipped, 2 lines (1 + 2 units). */
		unshipped: '21057401932826316666967001',
		/** #1002 open, paid, partial: line 1 shipped by `fulfillments.partial`, line 2 still to ship. */
		partial: '21057401932826316666967002',
		/** #1003 open, paid, shipped by `fulfillments.shipped` (tracking_info_list, shipment_status delivered). */
		shipped: '21057401932826316666967003',
		/** #1004 open, unpaid, unshipped (1 line, 3 units). */
		unpaid: '21057401932826316666967004',
		/** #1005 cancelled, refunded. */
		cancelled: '21057401932826316666967005',
		/** #1006 open, authorized, unshipped. */
		authorized: '21057401932826316666967006',
		/** other-store #2001 (paid, unshipped) and #2002 (shipped). */
		otherUnshipped: '21057401932826316666968001',
		otherShipped: '21057401932826316666968002',
	},
	lineItems: {
		unshipped: ['10010010000001', '10010010000002'],
		partial: ['10010020000001', '10010020000002'],
		shipped: ['10010030000001'],
		unpaid: ['10010040000001'],
		cancelled: ['10010050000001'],
		authorized: ['10010060000001'],
		otherUnshipped: ['10020010000001'],
		otherShipped: ['10020020000001'],
	},
	fulfillments: {
		partial: '4000000000000001',
		shipped: '4000000000000002',
		otherShipped: '4000000000000003',
	},
	sandboxOrderCount: 6,
	otherOrderCount: 2,
	busy: {
		count: BUSY_COUNT,
		/** Oldest first: #3001 ... #3250, created 30 min apart from 2026-02-01T00:00:00+08:00. */
		firstOrderId: busyOrderId(0),
		lastOrderId: busyOrderId(BUSY_COUNT - 1),
		/** Orders #3101-#3110 share this updated_at (same-second updates). */
		sharedUpdatedAt: '2026-02-10T12:00:00+08:00',
		orderId: busyOrderId,
	},
} as const;

interface LineSpec {
	title: string;
	variant?: string;
	price: string;
	quantity: number;
	grams?: number;
}

interface OrderSpec {
	handle: string;
	id: string;
	/** The order number: name is `#n`. */
	n: number;
	status?: ShoplineOrder['status'];
	financial_status: ShoplineOrder['financial_status'];
	created_at: string;
	updated_at: string;
	lines: LineSpec[];
	/** Line-item id prefix (10 digits); ids are prefix + 4-digit index, safe as JSON numbers. */
	linePrefix: string;
}

const FIRST = ['Ada', 'Ben', 'Chloe', 'Dev', 'Eva', 'Finn', 'Gita', 'Hugo'];
const LAST = ['Lovelace', 'Ng', 'Martin', 'Patel', 'Rossi', 'Berg', 'Rao', 'Klein'];

function buildOrder(spec: OrderSpec): ShoplineOrder {
	const first = FIRST[spec.n % FIRST.length];
	const last = LAST[spec.n % LAST.length];
	const email = `${first}.${last}.${spec.n}@example.com`.toLowerCase();
	const line_items: ShoplineLineItem[] = spec.lines.map((l, i) => ({
		id: `${spec.linePrefix}${String(i + 1).padStart(4, '0')}`,
		product_id: `16057401932826${String(100 + i).padStart(4, '0')}`,
		variant_id: `18057401932826${String(100 + i).padStart(4, '0')}`,
		sku: `SKU-${l.title.toUpperCase().replace(/\W+/g, '-')}`,
		title: l.title,
		name: l.title,
		variant_title: l.variant ?? null,
		price: l.price,
		quantity: l.quantity,
		fulfillable_quantity: l.quantity,
		requires_shipping: true,
		grams: l.grams ?? 250,
		taxable: true,
		total_discount: '0.00',
		fulfillment_status: null,
	}));
	const subtotal = spec.lines.reduce((sum, l) => sum + Number(l.price) * l.quantity, 0).toFixed(2);
	const cancelled = spec.status === 'cancelled';
	const order: ShoplineOrder = {
		handle: spec.handle,
		id: spec.id,
		name: `#${spec.n}`,
		email,
		status: spec.status ?? 'open',
		financial_status: spec.financial_status,
		fulfillment_status: 'unshipped',
		currency: 'USD',
		total_price: subtotal,
		subtotal_price: subtotal,
		created_at: spec.created_at,
		updated_at: spec.updated_at,
		cancelled_at: cancelled ? spec.updated_at : null,
		cancel_reason: cancelled ? 'customer' : null,
		line_items,
		shipping_address: {
			first_name: first,
			last_name: last,
			name: `${first} ${last}`,
			address1: `${spec.n} Market Street`,
			address2: '',
			city: 'San Francisco',
			province: 'California',
			province_code: 'CA',
			country: 'United States',
			country_code: 'US',
			zip: '94103',
			phone: `+1415555${String(spec.n).padStart(4, '0').slice(-4)}`,
		},
		customer: { id: `7${spec.id.slice(-12)}`, email, first_name: first, last_name: last },
		fulfillments: [],
	};
	recomputeOrder(order);
	return order;
}

const track = (n: string): ShoplineTrackingInfo[] => [
	{ tracking_company: 'UPS', tracking_number: n, tracking_url: 'https://www.ups.com/track' },
];

/** Ships `lines` at `at` without moving the order's own updated_at (the seed sets it). */
function seedShip(
	state: ShoplineState,
	order: ShoplineOrder,
	lines: FulfillLine[],
	trackingNo: string,
	at: string,
): void {
	const keep = order.updated_at;
	createFulfillment(state, order, lines, track(trackingNo), false, at);
	order.updated_at = keep;
}

const SHIRT: LineSpec = {
	title: 'Sandbox T-Shirt',
	variant: 'Black / M',
	price: '19.99',
	quantity: 1,
	grams: 200,
};
const MUG: LineSpec = { title: 'Sandbox Mug', price: '7.00', quantity: 2, grams: 350 };

/** The SHOPLINE part of the seed state. Fulfillment ids come out in creation order (see SHOPLINE_SEED.fulfillments). */
export function shoplineSeedData(): ShoplineState {
	const stores: ShoplineStore[] = [
		{
			handle: SHOPLINE.handle,
			token: SHOPLINE.token,
			name: 'Sandbox Store',
			appSecret: SHOPLINE.appSecret,
		},
		{
			handle: SHOPLINE.otherHandle,
			token: SHOPLINE.otherToken,
			name: 'Other Store',
			appSecret: SHOPLINE.otherAppSecret,
		},
		{ handle: SHOPLINE.busyHandle, token: SHOPLINE.busyToken, name: 'Busy Store' },
		{
			handle: SHOPLINE.frozenHandle,
			token: SHOPLINE.frozenToken,
			name: 'Frozen Store',
			condition: 'frozen',
		},
		{
			handle: SHOPLINE.lockedHandle,
			token: SHOPLINE.lockedToken,
			name: 'Locked Store',
			condition: 'locked',
		},
	];
	const state: ShoplineState = {
		stores,
		orders: [],
		nextFulfillmentSeq: 1,
		webhooks: [],
		nextWebhookId: 13814,
		catalog: shoplineCatalogSeed(SHOPLINE.busyHandle, SHOPLINE.handle, SHOPLINE.otherHandle),
	};
	const o = SHOPLINE_SEED.orders;
	const sb = (id: string, n: number, rest: Omit<OrderSpec, 'handle' | 'id' | 'n' | 'linePrefix'>) =>
		buildOrder({
			handle: SHOPLINE.handle,
			id,
			n,
			linePrefix: `1001${String(n - 1000).padStart(3, '0')}000`,
			...rest,
		});
	const other = (
		id: string,
		n: number,
		rest: Omit<OrderSpec, 'handle' | 'id' | 'n' | 'linePrefix'>,
	) =>
		buildOrder({
			handle: SHOPLINE.otherHandle,
			id,
			n,
			linePrefix: `1002${String(n - 2000).padStart(3, '0')}000`,
			...rest,
		});

	const unshipped = sb(o.unshipped, 1001, {
		financial_status: 'paid',
		created_at: '2026-03-01T10:00:00+08:00',
		updated_at: '2026-03-01T10:05:00+08:00',
		lines: [SHIRT, MUG],
	});
	const partial = sb(o.partial, 1002, {
		financial_status: 'paid',
		created_at: '2026-03-02T11:00:00+08:00',
		updated_at: '2026-03-03T09:00:00+08:00',
		lines: [SHIRT, MUG],
	});
	const shipped = sb(o.shipped, 1003, {
		financial_status: 'paid',
		created_at: '2026-03-03T12:00:00+08:00',
		updated_at: '2026-03-05T08:00:00+08:00',
		lines: [{ ...SHIRT, quantity: 1 }],
	});
	const unpaid = sb(o.unpaid, 1004, {
		financial_status: 'unpaid',
		created_at: '2026-03-04T13:00:00+08:00',
		updated_at: '2026-03-04T13:00:00+08:00',
		lines: [{ ...MUG, quantity: 3 }],
	});
	const cancelled = sb(o.cancelled, 1005, {
		status: 'cancelled',
		financial_status: 'refunded',
		created_at: '2026-03-05T14:00:00+08:00',
		updated_at: '2026-03-06T10:00:00+08:00',
		lines: [{ ...SHIRT, quantity: 2 }],
	});
	const authorized = sb(o.authorized, 1006, {
		financial_status: 'authorized',
		created_at: '2026-03-06T15:00:00+08:00',
		updated_at: '2026-03-06T15:00:00+08:00',
		lines: [SHIRT, { ...MUG, quantity: 1 }],
	});
	const otherUnshipped = other(o.otherUnshipped, 2001, {
		financial_status: 'paid',
		created_at: '2026-03-02T08:00:00+08:00',
		updated_at: '2026-03-02T08:00:00+08:00',
		lines: [SHIRT],
	});
	const otherShipped = other(o.otherShipped, 2002, {
		financial_status: 'paid',
		created_at: '2026-03-03T08:00:00+08:00',
		updated_at: '2026-03-04T08:00:00+08:00',
		lines: [MUG],
	});

	seedShip(
		state,
		partial,
		[{ id: partial.line_items[0].id, quantity: 1 }],
		'1Z999AA10000001002',
		'2026-03-03T09:00:00+08:00',
	);
	seedShip(
		state,
		shipped,
		[{ id: shipped.line_items[0].id, quantity: 1 }],
		'1Z999AA10000001003',
		'2026-03-04T09:00:00+08:00',
	);
	shipped.fulfillments[0].shipment_status = 'delivered';
	shipped.fulfillments[0].updated_at = '2026-03-05T08:00:00+08:00';
	seedShip(
		state,
		otherShipped,
		[{ id: otherShipped.line_items[0].id, quantity: 2 }],
		'1Z999AA10000002002',
		'2026-03-04T08:00:00+08:00',
	);

	state.orders.push(
		unshipped,
		partial,
		shipped,
		unpaid,
		cancelled,
		authorized,
		otherUnshipped,
		otherShipped,
		...busyOrders(state),
	);
	return state;
}

const FINANCIAL_CYCLE: ShoplineOrder['financial_status'][] = [
	'paid',
	'paid',
	'paid',
	'unpaid',
	'pending',
	'authorized',
	'paid',
];

/** busy-store: #3001..#3250, deterministic. Every 25th is cancelled; paid ones cycle unshipped, unshipped, partial, shipped. */
function busyOrders(state: ShoplineState): ShoplineOrder[] {
	const start = Date.parse('2026-02-01T00:00:00+08:00');
	const at = (ms: number) =>
		new Date(ms + 8 * 3_600_000).toISOString().replace(/\.\d{3}Z$/, '+08:00');
	const orders: ShoplineOrder[] = [];
	for (let i = 0; i < BUSY_COUNT; i++) {
		const n = 3001 + i;
		const created = start + i * 30 * 60_000;
		const cancelled = i % 25 === 24;
		const updated_at =
			i >= 100 && i < 110 ? SHOPLINE_SEED.busy.sharedUpdatedAt : at(created + 2 * 3_600_000);
		const order = buildOrder({
			handle: SHOPLINE.busyHandle,
			id: busyOrderId(i),
			n,
			linePrefix: `1003${String(i + 1).padStart(3, '0')}000`,
			status: cancelled ? 'cancelled' : 'open',
			financial_status: cancelled ? 'refunded' : FINANCIAL_CYCLE[i % FINANCIAL_CYCLE.length],
			created_at: at(created),
			updated_at,
			lines: [SHIRT, MUG],
		});
		// Only paid orders ship.
		const step = order.financial_status === 'paid' ? i % 4 : 0;
		if (step >= 2)
			seedShip(
				state,
				order,
				[{ id: order.line_items[0].id, quantity: 1 }],
				`1Z999AA1000000${n}`,
				at(created + 3_600_000),
			);
		if (step === 3)
			seedShip(
				state,
				order,
				[{ id: order.line_items[1].id, quantity: 2 }],
				`1Z999AA1000001${n}`,
				at(created + 3_600_000),
			);
		orders.push(order);
	}
	return orders;
}
