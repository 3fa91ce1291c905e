/**
 * Fulfillbot's permission scopes and the scope each documented endpoint needs, transcribed from
 * the "Permission Scopes" table and the endpoint list of the Open API docs (docs/api-notes.md#fulfillbot-endpoints). Endpoints here look
 * their scope up instead of restating it. The overview page lists paths and scopes but drops the
 * HTTP verbs; verbs come from the API reference where shown, else from the summary
 * ("Update" = PATCH for cart items, PUT for profile/addresses as the reference says; "Remove"/
 * "Clear"/"Delete" = DELETE; "Create"/"Add"/"Calculate"/"Import"/"Cancel"/"Confirm" = POST).
 */
export const FULFILLBOT_SCOPES = {
	'products:read': 'Search and view products from Taobao, 1688, Weidian',
	'cart:read': 'View shopping cart items',
	'cart:write': 'Add, update, and remove cart items',
	'orders:read': 'View purchase orders and order details',
	'orders:write': 'Create purchase orders',
	'warehouse:read': 'View warehouse inventory',
	'shipping:read': 'View shipping/outbound orders',
	'shipping:write': 'Create shipping orders, cancel, confirm delivery, pay shipping fee',
	'logistics:read': 'Query shipping channels, calculate freight, view supported countries',
	'wallet:read': 'View wallet balance and transaction history',
	'profile:read': 'View user profile and addresses',
	'profile:write': 'Update user profile and addresses',
	'favorites:read': 'View favorite products',
	'favorites:write': 'Add and remove favorites',
	'coupons:read': 'View available coupons',
} as const;

export type FulfillbotScope = keyof typeof FULFILLBOT_SCOPES;
export const ALL_SCOPES = Object.keys(FULFILLBOT_SCOPES) as FulfillbotScope[];
export const READ_SCOPES = ALL_SCOPES.filter((s) => s.endsWith(':read'));

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface FulfillbotEndpoint {
	method: HttpMethod;
	/** Relative to the base URL, with `:param` placeholders as in the docs. */
	path: string;
	scope: FulfillbotScope;
	summary: string;
}

const e = (
	method: HttpMethod,
	path: string,
	scope: FulfillbotScope,
	summary: string,
): FulfillbotEndpoint => ({ method, path, scope, summary });

/** All 51 documented endpoints. */
export const FULFILLBOT_ENDPOINTS: readonly FulfillbotEndpoint[] = [
	// Products
	e('GET', '/products/search', 'products:read', 'Search products in the local catalog'),
	e('GET', '/products/:id', 'products:read', 'Get product detail by ID'),
	e('POST', '/products/import/1688', 'products:read', 'Import/fetch product details from 1688.com'),
	e('GET', '/products/platform/taobao/search', 'products:read', 'Search products on Taobao'),
	e('GET', '/products/platform/taobao/:itemId', 'products:read', 'Get Taobao product detail'),
	e('GET', '/products/platform/1688/search', 'products:read', 'Search products on 1688'),
	e('GET', '/products/platform/weidian/search', 'products:read', 'Search products on Weidian'),
	e('GET', '/products/platform/weidian/:itemId', 'products:read', 'Get Weidian product detail'),
	// Shopping Cart
	e('GET', '/cart', 'cart:read', 'Get current shopping cart'),
	e('POST', '/cart/items', 'cart:write', 'Add item to cart'),
	e('POST', '/cart/items/batch', 'cart:write', 'Batch add items to cart'),
	e('PATCH', '/cart/items/:itemId', 'cart:write', 'Update cart item (quantity, selection)'),
	e('PATCH', '/cart/items/batch', 'cart:write', 'Batch update cart items'),
	e('DELETE', '/cart/items/:itemId', 'cart:write', 'Remove item from cart'),
	e('DELETE', '/cart/items/batch', 'cart:write', 'Batch remove cart items'),
	e('DELETE', '/cart', 'cart:write', 'Clear entire cart'),
	// Purchase Orders
	e('GET', '/orders', 'orders:read', 'Get purchase order list (paginated)'),
	e('GET', '/orders/stats', 'orders:read', 'Get order statistics'),
	e('GET', '/orders/:id', 'orders:read', 'Get purchase order detail'),
	e('GET', '/orders/:id/status', 'orders:read', 'Get order status'),
	e('GET', '/orders/:id/logistics', 'orders:read', 'Get order logistics info'),
	e('GET', '/orders/:id/inspection', 'orders:read', 'Get order inspection result'),
	e('POST', '/orders', 'orders:write', 'Create a purchase order'),
	e('POST', '/orders/:id/cancel', 'orders:write', 'Request order cancellation'),
	// Logistics
	e('GET', '/logistics/countries', 'logistics:read', 'Get supported destination countries'),
	e(
		'GET',
		'/logistics/shipping-methods',
		'logistics:read',
		'Get available shipping channels (filter by country, weight, cargo type)',
	),
	e(
		'POST',
		'/logistics/calculate-freight',
		'logistics:read',
		'Calculate shipping fee for a specific channel',
	),
	e(
		'POST',
		'/logistics/calculate-freight-batch',
		'logistics:read',
		'Calculate shipping fee for all available channels at once',
	),
	e(
		'GET',
		'/logistics/shipping-methods/:channelId/pricing',
		'logistics:read',
		'Get pricing rules for a specific channel',
	),
	// Shipping Orders
	e('POST', '/shipping/create', 'shipping:write', 'Create a shipping/outbound order'),
	e('GET', '/shipping/orders', 'shipping:read', 'Get shipping order list'),
	e('GET', '/shipping/orders/:id', 'shipping:read', 'Get shipping order detail'),
	e('POST', '/shipping/orders/:id/cancel', 'shipping:write', 'Cancel a shipping order'),
	e('POST', '/shipping/orders/:id/confirm-delivery', 'shipping:write', 'Confirm delivery received'),
	// Warehouse
	e('GET', '/warehouse/packages', 'warehouse:read', 'Get warehouse packages/inventory'),
	e('GET', '/warehouse/packages/stats', 'warehouse:read', 'Get warehouse package statistics'),
	e('GET', '/warehouse/packages/shippable', 'warehouse:read', 'Get packages ready to ship'),
	e('GET', '/warehouse/packages/:id', 'warehouse:read', 'Get package detail'),
	// User Profile & Wallet
	e('GET', '/user/profile', 'profile:read', 'Get user profile'),
	e('PUT', '/user/profile', 'profile:write', 'Update user profile'),
	e('GET', '/user/addresses', 'profile:read', 'Get saved addresses'),
	e('POST', '/user/addresses', 'profile:write', 'Create a new address'),
	e('PUT', '/user/addresses/:id', 'profile:write', 'Update an address'),
	e('DELETE', '/user/addresses/:id', 'profile:write', 'Delete an address'),
	e('GET', '/user/wallet/balance', 'wallet:read', 'Get wallet balance'),
	e('GET', '/user/wallet/transactions', 'wallet:read', 'Get balance transaction history'),
	// Favorites & Coupons
	e('GET', '/user/favorites', 'favorites:read', 'Get favorite products'),
	e('POST', '/user/favorites', 'favorites:write', 'Add product to favorites'),
	e('DELETE', '/user/favorites/:id', 'favorites:write', 'Remove from favorites'),
	e('GET', '/user/coupons/available', 'coupons:read', 'Get available coupons'),
	e('GET', '/user/coupons/my', 'coupons:read', 'Get claimed coupons'),
];

/** The scope a documented endpoint needs; throws for an undocumented one so a typo fails at startup. */
export function requiredScope(method: HttpMethod, path: string): FulfillbotScope {
	const found = FULFILLBOT_ENDPOINTS.find((ep) => ep.method === method && ep.path === path);
	if (!found)
		throw new Error(
			`Fulfillbot endpoint ${method} ${path} is not in the documented endpoint table`,
		);
	return found.scope;
}
