import { fulfillbotSeedData } from './apis/fulfillbot/seedData';
import { s2SeedData } from './apis/s2/seedData';
import { ALL_SCOPES, READ_SCOPES } from './apis/fulfillbot/scopes';
import { shoplineSeedData } from './apis/shopline/seedData';
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

/** The webhook secret Fulfillbot shows for each seeded key (one per key, as the docs tie webhooks to API key settings). */
export const FULFILLBOT_WEBHOOK_SECRETS = {
	all: 'whsec-sandbox-fulfillbot-0001',
	readOnly: 'whsec-sandbox-fulfillbot-0002',
	productsCart: 'whsec-sandbox-fulfillbot-0003',
} as const;

/** S2 tokens and organizations. `token` (principal `alpha`) is in both orgs; `tokenBetaOnly` (`beta`) only in org B. */
export const S2 = {
	token: 's2-sandbox-token-alpha',
	tokenBetaOnly: 's2-sandbox-token-beta',
	/** The organization id from S2's own docs example. */
	orgA: '95d73baf-76ba-4bea-86ac-1534c5e5d4aa',
	orgB: 'c1f0e7a2-5b3d-4c8e-9a61-2d7f4b8e3c10',
} as const;

/** Ids of the seeded S2 warehouses, products, orders, fulfillments and carriers, per organization. */
export { S2_SEED } from './apis/s2/seedData';

/** SHOPLINE stores and tokens (`SHOPLINE`) and the ids of the seeded records (`SHOPLINE_SEED`). */
export { SHOPLINE, SHOPLINE_SEED } from './apis/shopline/seedData';
/** The seeded SHOPLINE catalog (products, variants, inventory items, locations, levels) and its generator. */
export { SHOPLINE_CATALOG, generatedCatalog } from './apis/shopline/catalogSeed';

export const FULFILLBOT_USER_ID = 1001;

/** Ids of the seeded Fulfillbot products, packages, addresses, coupons, channels... */
export { FULFILLBOT_SEED } from './apis/fulfillbot/seedData';

/** A fresh copy of the seed state (callers may mutate it). */
export function seedState(): SandboxState {
	return {
		sandbox: { clockOffsetSeconds: 0 },
		fulfillbot: {
			keys: [
				{
					name: 'all',
					key: FULFILLBOT_KEYS.all,
					userId: FULFILLBOT_USER_ID,
					scopes: [...ALL_SCOPES],
					webhookUrl: null,
					webhookSecret: FULFILLBOT_WEBHOOK_SECRETS.all,
				},
				{
					name: 'readOnly',
					key: FULFILLBOT_KEYS.readOnly,
					userId: FULFILLBOT_USER_ID,
					scopes: [...READ_SCOPES],
					webhookUrl: null,
					webhookSecret: FULFILLBOT_WEBHOOK_SECRETS.readOnly,
				},
				{
					name: 'productsCart',
					key: FULFILLBOT_KEYS.productsCart,
					userId: FULFILLBOT_USER_ID,
					scopes: ['products:read', 'cart:read'],
					webhookUrl: null,
					webhookSecret: FULFILLBOT_WEBHOOK_SECRETS.productsCart,
				},
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
				purchaseOrder(
					'ORD-20240115-001',
					'in_warehouse',
					598,
					'2024-01-15T08:30:00Z',
					'2024-01-18T10:00:00Z',
					{
						logistics: { trackingNo: 'SF1234567890', carrier: 'SF Express' },
						inspection: {
							result: 'passed',
							weight: 850,
							photos: ['https://example.com/qc/ORD-20240115-001-1.jpg'],
						},
						// Two lines, so the order has the two warehouse packages 101 and 102 (850 g + 800 g).
						items: [
							{
								productId: 12345,
								title: 'Nike Air Max 90',
								skuId: 's001',
								skuName: 'Black / US 9',
								price: 299,
								quantity: 1,
							},
							{
								productId: 12347,
								title: 'Adidas Backpack',
								skuId: 'b001',
								skuName: 'Black',
								price: 299,
								quantity: 1,
							},
						],
					},
				),
				purchaseOrder(
					'ORD-20240115-002',
					'pending',
					299,
					'2024-01-15T09:00:00Z',
					'2024-01-15T09:00:00Z',
				),
				purchaseOrder(
					'ORD-20240116-003',
					'paid',
					128,
					'2024-01-16T11:20:00Z',
					'2024-01-16T11:25:00Z',
				),
				purchaseOrder(
					'ORD-20240117-004',
					'completed',
					89,
					'2024-01-17T02:00:00Z',
					'2024-01-25T06:00:00Z',
					{
						logistics: { trackingNo: 'YT9876543210', carrier: 'YTO Express' },
						inspection: { result: 'passed', weight: 420, photos: [] },
					},
				),
				purchaseOrder(
					'ORD-20240118-005',
					'cancelled',
					45,
					'2024-01-18T07:45:00Z',
					'2024-01-18T08:00:00Z',
				),
			],
			...fulfillbotSeedData(FULFILLBOT_USER_ID),
		},
		s2: s2SeedData(S2),
		shopline: shoplineSeedData(),
	};
}

function purchaseOrder(
	orderNo: string,
	status: SandboxState['fulfillbot']['orders'][number]['status'],
	totalAmount: number,
	createdAt: string,
	updatedAt: string,
	extra: Partial<
		Pick<SandboxState['fulfillbot']['orders'][number], 'logistics' | 'inspection' | 'items'>
	> = {},
): SandboxState['fulfillbot']['orders'][number] {
	return {
		userId: FULFILLBOT_USER_ID,
		orderNo,
		status,
		totalAmount,
		serviceFee: Math.round(totalAmount * 5) / 100,
		currency: 'CNY',
		platform: 'taobao',
		items: extra.items ?? [
			{
				productId: 12345,
				title: 'Nike Air Max 90',
				skuId: 's001',
				skuName: 'Black / US 9',
				price: totalAmount,
				quantity: 1,
			},
		],
		logistics: extra.logistics ?? null,
		inspection: extra.inspection ?? null,
		remark: '',
		couponId: null,
		discountAmount: 0,
		createdAt,
		updatedAt,
	};
}
