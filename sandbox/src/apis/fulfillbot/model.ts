import type { FulfillbotScope } from './scopes';

/** An API key as configured on the "API Keys" page: its secret, owner and scopes. */
export interface FulfillbotKey {
	/** Seed name, reported as the journal's principal. */
	name: string;
	key: string;
	userId: number;
	scopes: FulfillbotScope[];
	/**
	 * Webhooks (beta): "Configure a webhook URL in your API Key settings", signed with "your webhook
	 * secret". No API is published; the sandbox's control `POST /__sandbox/webhooks/fulfillbot` plays
	 * the dashboard. Absent in state files saved before webhooks existed.
	 */
	webhookUrl?: string | null;
	webhookSecret?: string;
}

/** GET /user/profile `data` (API reference). */
export interface FulfillbotProfile {
	id: number;
	username: string;
	email: string;
	avatar: string;
	language: string;
	createdAt: string;
}

export const PURCHASE_ORDER_STATUSES = [
	'pending',
	'paid',
	'purchased',
	'shipped_to_warehouse',
	'in_warehouse',
	'completed',
	'cancelled',
] as const;
export type PurchaseOrderStatus = (typeof PURCHASE_ORDER_STATUSES)[number];

/** A purchase order as GET /orders/:id shows it, plus the owning user (internal). */
export interface FulfillbotPurchaseOrder {
	[field: string]: unknown;
	userId: number;
	orderNo: string;
	status: PurchaseOrderStatus;
	totalAmount: number;
	serviceFee: number;
	currency: string;
	platform: string;
	items: Array<{
		productId: number;
		title: string;
		skuId: string;
		skuName: string;
		price: number;
		quantity: number;
		remark?: string;
	}>;
	logistics: { trackingNo: string; carrier: string } | null;
	inspection: { result: string; weight: number; photos: string[] } | null;
	remark?: string;
	couponId?: number | null;
	/** What the coupon took off totalAmount; the wallet is charged totalAmount - discountAmount. */
	discountAmount?: number;
	cancelReason?: string;
	createdAt: string;
	updatedAt: string;
}

export interface FulfillbotState {
	keys: FulfillbotKey[];
	users: FulfillbotProfile[];
	/** Oldest first: lists answer newest first by walking backwards. */
	orders: FulfillbotPurchaseOrder[];
	products: FulfillbotProduct[];
	cart: FulfillbotCartItem[];
	wallets: FulfillbotWallet[];
	transactions: FulfillbotTransaction[];
	packages: FulfillbotPackage[];
	shippingOrders: FulfillbotShippingOrder[];
	addresses: FulfillbotAddress[];
	favorites: FulfillbotFavorite[];
	coupons: FulfillbotCoupon[];
	claimedCoupons: FulfillbotClaimedCoupon[];
	countries: FulfillbotCountry[];
	channels: FulfillbotChannel[];
	sequences: FulfillbotSequences;
}

export const PLATFORMS = ['taobao', '1688', 'weidian'] as const;
export type Platform = (typeof PLATFORMS)[number];

export interface FulfillbotSku {
	skuId: string;
	name: string;
	price: number;
	stock: number;
	image: string;
}

/** A product as GET /products/:id shows it, plus sandbox-only fields (stripped from answers). */
export interface FulfillbotProduct {
	id: number;
	title: string;
	description: string;
	price: number;
	originalPrice: number;
	currency: string;
	platform: Platform;
	platformItemId: string;
	imageUrl: string;
	images: string[];
	shopName: string;
	shopUrl: string;
	sales: number;
	stock: number;
	categoryId: number;
	skus: FulfillbotSku[];
	attributes: Array<{ name: string; value: string }>;
	/** 1688 only (import answer). */
	minOrder?: number;
	/** Sandbox-only: grams per unit, the weight of the warehouse package an order line becomes. */
	weight: number;
	/** Sandbox-only: in the local catalog (/products/search) rather than only on its platform until imported. */
	inCatalog: boolean;
}

export interface FulfillbotCartItem {
	id: number;
	userId: number;
	productId: number;
	skuId: string;
	quantity: number;
	selected: boolean;
	remark: string;
}

export interface FulfillbotWallet {
	userId: number;
	balance: number;
	frozenBalance: number;
	currency: string;
}

export const TRANSACTION_TYPES = [
	'recharge',
	'order_payment',
	'order_refund',
	'shipping_fee',
	'shipping_refund',
] as const;

/** One wallet movement. `amount` is the signed change of availableBalance; the *After fields are snapshots. */
export interface FulfillbotTransaction {
	id: number;
	userId: number;
	type: (typeof TRANSACTION_TYPES)[number];
	amount: number;
	balanceAfter: number;
	frozenBalanceAfter: number;
	availableBalanceAfter: number;
	currency: string;
	orderNo: string | null;
	description: string;
	createdAt: string;
}

export const PACKAGE_STATUSES = ['in_warehouse', 'shipped'] as const;

/** A parcel in the warehouse (GET /warehouse/packages), one per purchase-order line. */
export interface FulfillbotPackage {
	id: number;
	userId: number;
	productName: string;
	/** Grams. */
	weight: number;
	quantity: number;
	status: (typeof PACKAGE_STATUSES)[number];
	orderId: string;
	inspectionPhotos: string[];
	arrivedAt: string;
	/** Sandbox-only: the shipping order holding it (not cancelled), else null. */
	shippingOrderNo: string | null;
}

export const SHIPPING_ORDER_STATUSES = ['pending', 'shipped', 'delivered', 'cancelled'] as const;
export type ShippingOrderStatus = (typeof SHIPPING_ORDER_STATUSES)[number];

export interface FulfillbotShippingOrder {
	[field: string]: unknown;
	userId: number;
	orderNo: string;
	status: ShippingOrderStatus;
	channelId: string;
	channelName: string;
	carrier: string;
	trackingNo: string | null;
	totalWeight: number;
	shippingFee: number;
	currency: string;
	items: Array<{ inventoryId: number; name: string; quantity: number; weight: number }>;
	recipientName: string;
	recipientPhone: string;
	recipientCountry: string;
	recipientState: string;
	recipientCity: string;
	recipientAddress: string;
	recipientZipCode: string;
	remark: string;
	createdAt: string;
	updatedAt: string;
}

export interface FulfillbotAddress {
	id: number;
	userId: number;
	name: string;
	phone: string;
	country: string;
	state: string;
	city: string;
	address: string;
	zipCode: string;
	isDefault: boolean;
}

export interface FulfillbotFavorite {
	id: number;
	userId: number;
	productId: number;
	addedAt: string;
}

export interface FulfillbotCoupon {
	id: number;
	name: string;
	type: 'percentage' | 'fixed';
	value: number;
	minOrderAmount: number;
	expiresAt: string;
}

/** A coupon a user has claimed; `used` while an order (not cancelled) carries it. */
export interface FulfillbotClaimedCoupon {
	couponId: number;
	userId: number;
	claimedAt: string;
	usedByOrderNo: string | null;
}

export interface FulfillbotCountry {
	code: string;
	name: string;
}

/** A shipping channel: the documented fields plus its tariff (GET .../:channelId/pricing). */
export interface FulfillbotChannel {
	channelId: string;
	name: string;
	carrier: string;
	deliveryDays: string;
	supportedCargo: Array<'general' | 'sensitive' | 'battery' | 'liquid'>;
	weightRange: { min: number; max: number };
	countries: string[];
	/** Grams covered by firstPrice. */
	firstWeight: number;
	firstPrice: number;
	/** Each further started `additionalWeight` grams costs additionalPrice. */
	additionalWeight: number;
	additionalPrice: number;
	/** Tracking numbers look like `<prefix>1234567890CN`. */
	trackingPrefix: string;
}

/** The next id / order number of each kind (records are never renumbered, even after deletes). */
export interface FulfillbotSequences {
	product: number;
	cartItem: number;
	package: number;
	address: number;
	favorite: number;
	transaction: number;
	order: number;
	shippingOrder: number;
}
