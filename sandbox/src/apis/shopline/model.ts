 
/** A SHOPLINE store, reached at {handle}.myshopline.com, with the access token of our app there. */
export interface ShoplineStore {
	handle: string;
	token: string;
	name: string;
}

export const ORDER_STATUSES = ['open', 'cancelled', 'hidden'] as const;
export const FINANCIAL_STATUSES = ['unpaid', 'authorized', 'pending', 'partially_paid', 'paid', 'partially_refunded', 'refunded'] as const;
export const FULFILLMENT_STATUSES = ['unshipped', 'partial', 'shipped'] as const;

/** The order fields the sandbox knows so far (snake_case, as the Admin REST API). */
export interface ShoplineOrder {
	[field: string]: unknown;
	/** Internal: the store this order belongs to. */
	handle: string;
	id: string;
	name: string;
	email: string;
	status: (typeof ORDER_STATUSES)[number];
	financial_status: (typeof FINANCIAL_STATUSES)[number];
	fulfillment_status: (typeof FULFILLMENT_STATUSES)[number];
	currency: string;
	total_price: string;
	created_at: string;
	updated_at: string;
}

export interface ShoplineState {
	stores: ShoplineStore[];
	orders: ShoplineOrder[];
}
