import type { ShoplinePostalAddress } from './address';
import type { ShoplineCatalog } from './catalogModel';

/** A SHOPLINE store, reached at {handle}.myshopline.com, with the access token of our app there. */
export interface ShoplineStore {
	handle: string;
	token: string;
	name: string;
	/** Docs (Http status code): 402 = the store is frozen (unpaid balance), 423 = the store is locked. */
	condition?: 'frozen' | 'locked';
	/** The app secret webhooks are signed with (HMAC-SHA256 of the raw body). */
	appSecret?: string;
}

/** A webhook subscription (Admin API webhooks.json; shape from the official Go SDK's `Webhook`). */
export interface ShoplineWebhook {
	id: number;
	handle: string;
	address: string;
	topic: string;
	api_version: string;
	created_at: string;
	updated_at: string;
}

export const ORDER_STATUSES = ['open', 'cancelled', 'hidden'] as const;
export const FINANCIAL_STATUSES = [
	'unpaid',
	'authorized',
	'pending',
	'partially_paid',
	'paid',
	'partially_refunded',
	'refunded',
] as const;
export const FULFILLMENT_STATUSES = ['unshipped', 'partial', 'shipped'] as const;
export const FULFILLMENT_RECORD_STATUSES = ['success', 'cancelled'] as const;
/** Docs' values (one spelled "faliure" on a page; the SDK spells it `failure`). */
export const SHIPMENT_STATUSES = ['picked_up', 'out_for_delivery', 'delivered', 'failure'] as const;

export type FulfillmentStatus = (typeof FULFILLMENT_STATUSES)[number];
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

export interface ShoplineMoney {
	amount: string;
	currency_code: string;
}

/** An order line ("line item snapshot"). Ids are numeric strings small enough to survive a JSON number (the docs send them as `long`). */
export interface ShoplineLineItem {
	id: string;
	product_id: string;
	variant_id: string;
	sku: string;
	title: string;
	/** Docs: "SKU title, same as title". */
	name: string;
	variant_title: string | null;
	price: string;
	quantity: number;
	fulfillable_quantity: number;
	requires_shipping: boolean;
	grams: number;
	taxable: boolean;
	total_discount: string;
	/** Inferred (Shopify-style): null = nothing shipped, partial, fulfilled (the create answer shows `fulfilled`: docs/api-notes.md#shopline-fulfillment-create). */
	fulfillment_status: null | 'partial' | 'fulfilled';
}

export interface ShoplineTrackingInfo {
	tracking_company: string | null;
	tracking_number: string | null;
	tracking_url: string | null;
}

/** A fulfillment line as the create answer shows it (docs/api-notes.md#shopline-fulfillment-create): the order line plus how many this fulfillment shipped. */
export interface ShoplineFulfillmentLine extends Omit<ShoplineLineItem, 'fulfillment_status'> {
	fulfillment_quantity: number;
	fulfillment_status: 'fulfilled' | 'partial';
	version: string;
}

export interface ShoplineFulfillment {
	id: string;
	/** "Fulfillment code"; the docs mask it, the sandbox uses `#1001.1` (Shopify-style, inferred). */
	name: string;
	order_id: string;
	status: (typeof FULFILLMENT_RECORD_STATUSES)[number];
	shipment_status: ShipmentStatus | null;
	notify_customer: boolean;
	line_items: ShoplineFulfillmentLine[];
	tracking_info_list: ShoplineTrackingInfo[];
	created_at: string;
	updated_at: string;
}

export interface ShoplineAddress extends ShoplinePostalAddress {
	first_name: string;
	last_name: string;
	name: string;
}

export interface ShoplineCustomer {
	id: string;
	email: string;
	first_name: string;
	last_name: string;
}

/** An order as kept in the state (snake_case, as the Admin REST API). */
export interface ShoplineOrder {
	[field: string]: unknown;
	/** Internal: the store this order belongs to (never sent). */
	handle: string;
	id: string;
	name: string;
	email: string;
	status: (typeof ORDER_STATUSES)[number];
	financial_status: (typeof FINANCIAL_STATUSES)[number];
	fulfillment_status: FulfillmentStatus;
	currency: string;
	total_price: string;
	subtotal_price: string;
	created_at: string;
	updated_at: string;
	cancelled_at: string | null;
	cancel_reason: string | null;
	line_items: ShoplineLineItem[];
	shipping_address: ShoplineAddress;
	customer: ShoplineCustomer;
	fulfillments: ShoplineFulfillment[];
}

export interface ShoplineState {
	stores: ShoplineStore[];
	orders: ShoplineOrder[];
	/** Next number for generated fulfillment ids (kept in the state so reset and persistence restore it). */
	nextFulfillmentSeq: number;
	/** Webhook subscriptions of every store (absent in state files saved before webhooks existed). */
	webhooks?: ShoplineWebhook[];
	nextWebhookId?: number;
	/** Products, variants, inventory items, locations and levels (absent in state files saved before them). */
	catalog?: ShoplineCatalog;
}
