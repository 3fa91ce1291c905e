 
import { fulfillbotSeedData } from './apis/fulfillbot/seedData';
import { ALL_SCOPES, READ_SCOPES } from './apis/fulfillbot/scopes';
import type { ShoplineOrder } from './apis/shopline/model';
import type { SandboxState } from './state';

/**
 * Deterministic seed data and the credentials that unlock it. Tests and demos import these
 * constants; `POST /__sandbox/reset` restores exactly this state.
 */

/** Fulfillbot API keys. `productsCart` matches the docs' 403 example ("Your key has: products:read, cart:read"). */
export const FULFILLBOT_KEYS = {
	all: 'sk-sandbox-all-scopes-0001',
	readOnly: 'sk-sandbox-read-only-0002',
	productsCart: 'sk-sandbox-products-cart-0003',
} as const;

/** S2 tokens and organizations. `token` (principal `alpha`) is in both orgs; `tokenBetaOnly` (`beta`) only in org B. */
export const S2 = {
	token: 's2-sandbox-token-alpha',
	tokenBetaOnly: 's2-sandbox-token-beta',
	/** The organization id from S2's own docs example. */
	orgA: '95d73baf-76ba-4bea-86ac-1534c5e5d4aa',
	orgB: 'c1f0e7a2-5b3d-4c8e-9a61-2d7f4b8e3c10',
} as const;

/** SHOPLINE stores (handle + access token each) and the API version the nodes use. */
export const SHOPLINE = {
	handle: 'sandbox-store',
	token: 'shopline-sandbox-token-0001',
	otherHandle: 'other-store',
	otherToken: 'shopline-sandbox-token-0002',
	version: 'v20260301',
} as const;

export const FULFILLBOT_USER_ID = 1001;

/** Ids of the seeded Fulfillbot products, packages, addresses, coupons, channels... */
export { FULFILLBOT_SEED } from './apis/fulfillbot/seedData';

function shoplineOrder(handle: string, id: string, n: number, o: Pick<ShoplineOrder, 'status' | 'financial_status' | 'fulfillment_status' | 'created_at' | 'updated_at' | 'total_price'>): ShoplineOrder {
	return { handle, id, name: `#${n}`, email: `buyer${n}@example.com`, currency: 'USD', ...o };
}

/** A fresh copy of the seed state (callers may mutate it). */
export function seedState(): SandboxState {
	return {
		sandbox: { clockOffsetSeconds: 0 },
		fulfillbot: {
			keys: [
				{ name: 'all', key: FULFILLBOT_KEYS.all, userId: FULFILLBOT_USER_ID, scopes: [...ALL_SCOPES] },
				{ name: 'readOnly', key: FULFILLBOT_KEYS.readOnly, userId: FULFILLBOT_USER_ID, scopes: [...READ_SCOPES] },
				{ name: 'productsCart', key: FULFILLBOT_KEYS.productsCart, userId: FULFILLBOT_USER_ID, scopes: ['products:read', 'cart:read'] },
			],
			users: [
				{
					id: FULFILLBOT_USER_ID,
					username: 'sandbox_user',
					email: 'sandbox.user@example.com',
					avatar: 'https://example.com/avatars/sandbox_user.png',
					language: 'en',
					createdAt: '2024-01-01T00:00:00Z',
				},
			],
			orders: [
				purchaseOrder('ORD-20240115-001', 'in_warehouse', 598, '2024-01-15T08:30:00Z', '2024-01-18T10:00:00Z', {
					logistics: { trackingNo: 'SF1234567890', carrier: 'SF Express' },
					inspection: { result: 'passed', weight: 850, photos: ['https://example.com/qc/ORD-20240115-001-1.jpg'] },
					// Two lines, so the order has the two warehouse packages 101 and 102 (850 g + 800 g).
					items: [
						{ productId: 12345, title: 'Nike Air Max 90', skuId: 's001', skuName: 'Black / US 9', price: 299, quantity: 1 },
						{ productId: 12347, title: 'Adidas Backpack', skuId: 'b001', skuName: 'Black', price: 299, quantity: 1 },
					],
				}),
				purchaseOrder('ORD-20240115-002', 'pending', 299, '2024-01-15T09:00:00Z', '2024-01-15T09:00:00Z'),
				purchaseOrder('ORD-20240116-003', 'paid', 128, '2024-01-16T11:20:00Z', '2024-01-16T11:25:00Z'),
				purchaseOrder('ORD-20240117-004', 'completed', 89, '2024-01-17T02:00:00Z', '2024-01-25T06:00:00Z', {
					logistics: { trackingNo: 'YT9876543210', carrier: 'YTO Express' },
					inspection: { result: 'passed', weight: 420, photos: [] },
				}),
				purchaseOrder('ORD-20240118-005', 'cancelled', 45, '2024-01-18T07:45:00Z', '2024-01-18T08:00:00Z'),
			],
			...fulfillbotSeedData(FULFILLBOT_USER_ID),
		},
		s2: {
			organizations: [
				{ id: S2.orgA, name: 'Sandbox Organization A', createdAt: '2024-03-05T22:17:23.520948Z', updatedAt: '2024-04-09T21:15:15.615765Z' },
				{ id: S2.orgB, name: 'Sandbox Organization B', createdAt: '2024-04-01T14:09:14.732646Z', updatedAt: '2024-04-01T14:09:14.732646Z' },
			],
			tokens: [
				{ name: 'alpha', token: S2.token, organizationIds: [S2.orgA, S2.orgB] },
				{ name: 'beta', token: S2.tokenBetaOnly, organizationIds: [S2.orgB] },
			],
			accounts: [
				{ id: '1ac48942-405a-4841-a7d8-708f50dbe001', organizationId: S2.orgA, name: 'Sandbox Store (SHOPLINE)', code: 'sandbox_store', type: 'MARKETPLACE_GENERIC', createdAt: '2024-03-06T10:00:00.000000Z', updatedAt: '2024-03-06T10:00:00.000000Z' },
				{ id: '1ac48942-405a-4841-a7d8-708f50dbe002', organizationId: S2.orgA, name: 'Wholesale Orders', code: 'wholesale', type: 'MARKETPLACE_GENERIC', createdAt: '2024-03-07T10:00:00.000000Z', updatedAt: '2024-03-07T10:00:00.000000Z' },
				{ id: '1ac48942-405a-4841-a7d8-708f50dbe003', organizationId: S2.orgA, name: 'Test Account', code: 'test_account_code', type: 'MARKETPLACE_GENERIC', createdAt: '2024-03-08T10:00:00.000000Z', updatedAt: '2024-03-08T10:00:00.000000Z' },
				{ id: '2bd59a53-516b-4952-b8e9-819f61ecf001', organizationId: S2.orgB, name: 'Beta Marketplace', code: 'beta_market', type: 'MARKETPLACE_GENERIC', createdAt: '2024-04-02T10:00:00.000000Z', updatedAt: '2024-04-02T10:00:00.000000Z' },
				{ id: '2bd59a53-516b-4952-b8e9-819f61ecf002', organizationId: S2.orgB, name: 'Beta Retail', code: 'beta_retail', type: 'MARKETPLACE_GENERIC', createdAt: '2024-04-03T10:00:00.000000Z', updatedAt: '2024-04-03T10:00:00.000000Z' },
			],
		},
		shopline: {
			stores: [
				{ handle: SHOPLINE.handle, token: SHOPLINE.token, name: 'Sandbox Store' },
				{ handle: SHOPLINE.otherHandle, token: SHOPLINE.otherToken, name: 'Other Store' },
			],
			orders: [
				shoplineOrder(SHOPLINE.handle, '21057401932826316666967001', 1001, { status: 'open', financial_status: 'paid', fulfillment_status: 'unshipped', total_price: '26.99', created_at: '2026-03-01T10:00:00+08:00', updated_at: '2026-03-01T10:05:00+08:00' }),
				shoplineOrder(SHOPLINE.handle, '21057401932826316666967002', 1002, { status: 'open', financial_status: 'paid', fulfillment_status: 'partial', total_price: '53.98', created_at: '2026-03-02T11:00:00+08:00', updated_at: '2026-03-03T09:00:00+08:00' }),
				shoplineOrder(SHOPLINE.handle, '21057401932826316666967003', 1003, { status: 'open', financial_status: 'paid', fulfillment_status: 'shipped', total_price: '15.00', created_at: '2026-03-03T12:00:00+08:00', updated_at: '2026-03-05T08:00:00+08:00' }),
				shoplineOrder(SHOPLINE.handle, '21057401932826316666967004', 1004, { status: 'open', financial_status: 'unpaid', fulfillment_status: 'unshipped', total_price: '99.00', created_at: '2026-03-04T13:00:00+08:00', updated_at: '2026-03-04T13:00:00+08:00' }),
				shoplineOrder(SHOPLINE.handle, '21057401932826316666967005', 1005, { status: 'cancelled', financial_status: 'refunded', fulfillment_status: 'unshipped', total_price: '42.50', created_at: '2026-03-05T14:00:00+08:00', updated_at: '2026-03-06T10:00:00+08:00' }),
				shoplineOrder(SHOPLINE.otherHandle, '21057401932826316666968001', 2001, { status: 'open', financial_status: 'paid', fulfillment_status: 'unshipped', total_price: '10.00', created_at: '2026-03-02T08:00:00+08:00', updated_at: '2026-03-02T08:00:00+08:00' }),
				shoplineOrder(SHOPLINE.otherHandle, '21057401932826316666968002', 2002, { status: 'open', financial_status: 'paid', fulfillment_status: 'shipped', total_price: '20.00', created_at: '2026-03-03T08:00:00+08:00', updated_at: '2026-03-04T08:00:00+08:00' }),
			],
		},
	};
}

function purchaseOrder(
	orderNo: string,
	status: SandboxState['fulfillbot']['orders'][number]['status'],
	totalAmount: number,
	createdAt: string,
	updatedAt: string,
	extra: Partial<Pick<SandboxState['fulfillbot']['orders'][number], 'logistics' | 'inspection' | 'items'>> = {},
): SandboxState['fulfillbot']['orders'][number] {
	return {
		userId: FULFILLBOT_USER_ID,
		orderNo,
		status,
		totalAmount,
		serviceFee: Math.round(totalAmount * 5) / 100,
		currency: 'CNY',
		platform: 'taobao',
		items: extra.items ?? [{ productId: 12345, title: 'Nike Air Max 90', skuId: 's001', skuName: 'Black / US 9', price: totalAmount, quantity: 1 }],
		logistics: extra.logistics ?? null,
		inspection: extra.inspection ?? null,
		remark: '',
		couponId: null,
		discountAmount: 0,
		createdAt,
		updatedAt,
	};
}
