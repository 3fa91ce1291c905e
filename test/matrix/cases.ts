/**
 * What the n8n version matrix runs in every n8n version: one operation per resource of each node (all in ONE
 * workflow, a Manual Trigger fanned out to every node), and each trigger's first poll + one change.
 * Each case names the request the sandbox must see; the node's output is compared with the sandbox's own
 * answer to that same request (replayed directly), so nothing here is a canned value.
 */
import { FULFILLBOT_SEED, S2_SEED, SHOPLINE_CATALOG, SHOPLINE_SEED } from '../../sandbox/src';

export const PACKAGE_NAME = 'n8n-nodes-fulfillment';
export type Json = Record<string, unknown>;
export type Api = 'fulfillbot' | 's2' | 'shopline';

export interface OpCase {
	/** Node name in the workflow (unique). */
	node: string;
	api: Api;
	resource: string;
	operation: string;
	params?: Json;
	/** The one request the node must send (path relative to the API base, as the journal records it). */
	method: string;
	path: string;
}

const FB = FULFILLBOT_SEED;
const A = S2_SEED.orgA;
const SL = SHOPLINE_SEED.orders;
const CAT = SHOPLINE_CATALOG;

/** One case per resource of each node (checked against the built descriptions by test/hardening/matrix-cases.test.ts). */
export const OP_CASES: OpCase[] = [
	{
		node: 'Fulfillbot Product',
		api: 'fulfillbot',
		resource: 'product',
		operation: 'get',
		params: { productId: String(FB.products.denimJacket) },
		method: 'GET',
		path: `/products/${FB.products.denimJacket}`,
	},
	{
		node: 'Fulfillbot Cart',
		api: 'fulfillbot',
		resource: 'cart',
		operation: 'get',
		method: 'GET',
		path: '/cart',
	},
	{
		node: 'Fulfillbot Purchase Order',
		api: 'fulfillbot',
		resource: 'purchaseOrder',
		operation: 'getAll',
		params: { returnAll: false, limit: 5 },
		method: 'GET',
		path: '/orders',
	},
	{
		node: 'Fulfillbot Logistics',
		api: 'fulfillbot',
		resource: 'logistics',
		operation: 'getCountries',
		method: 'GET',
		path: '/logistics/countries',
	},
	{
		node: 'Fulfillbot Shipping Order',
		api: 'fulfillbot',
		resource: 'shippingOrder',
		operation: 'get',
		params: { shippingOrderId: FB.shippingOrderNo },
		method: 'GET',
		path: `/shipping/orders/${FB.shippingOrderNo}`,
	},
	{
		node: 'Fulfillbot Warehouse Package',
		api: 'fulfillbot',
		resource: 'warehousePackage',
		operation: 'getStats',
		method: 'GET',
		path: '/warehouse/packages/stats',
	},
	{
		node: 'Fulfillbot Profile',
		api: 'fulfillbot',
		resource: 'profile',
		operation: 'get',
		method: 'GET',
		path: '/user/profile',
	},
	{
		node: 'Fulfillbot Address',
		api: 'fulfillbot',
		resource: 'address',
		operation: 'getAll',
		method: 'GET',
		path: '/user/addresses',
	},
	{
		node: 'Fulfillbot Wallet',
		api: 'fulfillbot',
		resource: 'wallet',
		operation: 'getBalance',
		method: 'GET',
		path: '/user/wallet/balance',
	},
	{
		node: 'Fulfillbot Favorite',
		api: 'fulfillbot',
		resource: 'favorite',
		operation: 'getAll',
		params: { returnAll: false, limit: 5 },
		method: 'GET',
		path: '/user/favorites',
	},
	{
		node: 'Fulfillbot Coupon',
		api: 'fulfillbot',
		resource: 'coupon',
		operation: 'getAvailable',
		method: 'GET',
		path: '/user/coupons/available',
	},
	{
		node: 'S2 Account',
		api: 's2',
		resource: 'account',
		operation: 'getAll',
		params: { returnAll: false, limit: 5 },
		method: 'GET',
		path: '/account',
	},
	{
		node: 'S2 Fulfillment',
		api: 's2',
		resource: 'fulfillment',
		operation: 'get',
		params: { fulfillmentId: A.fulfillments.shipped },
		method: 'GET',
		path: `/fulfillment/${A.fulfillments.shipped}`,
	},
	{
		node: 'S2 Inventory',
		api: 's2',
		resource: 'inventory',
		operation: 'getOverview',
		method: 'GET',
		path: '/inventory/overview',
	},
	{
		node: 'S2 Order',
		api: 's2',
		resource: 'order',
		operation: 'get',
		params: { orderId: A.orders.assigned },
		method: 'GET',
		path: `/order/${A.orders.assigned}`,
	},
	{
		node: 'S2 Product',
		api: 's2',
		resource: 'product',
		operation: 'getAll',
		params: { returnAll: false, limit: 5 },
		method: 'GET',
		path: '/product',
	},
	{
		node: 'SHOPLINE Fulfillment',
		api: 'shopline',
		resource: 'fulfillment',
		operation: 'count',
		params: { orderId: SL.shipped },
		method: 'GET',
		path: `/orders/${SL.shipped}/fulfillments/count.json`,
	},
	{
		node: 'SHOPLINE Fulfillment Order',
		api: 'shopline',
		resource: 'fulfillmentOrder',
		operation: 'getForOrder',
		params: { orderId: SL.unshipped },
		method: 'GET',
		path: `/fulfillment_orders/${SL.unshipped}/fulfillment_orders.json`,
	},
	{
		node: 'SHOPLINE Order',
		api: 'shopline',
		resource: 'order',
		operation: 'get',
		params: { orderId: SL.partial },
		method: 'GET',
		path: '/orders.json',
	},
	{
		node: 'SHOPLINE Inventory Item',
		api: 'shopline',
		resource: 'inventoryItem',
		operation: 'get',
		params: { inventoryItemId: CAT.items.mug },
		method: 'GET',
		path: `/inventory_items/${CAT.items.mug}.json`,
	},
	{
		node: 'SHOPLINE Inventory Level',
		api: 'shopline',
		resource: 'inventoryLevel',
		operation: 'getAll',
		params: { inventoryItemIds: `${CAT.items.test},${CAT.items.grey}` },
		method: 'GET',
		path: '/inventory_levels.json',
	},
	{
		node: 'SHOPLINE Location',
		api: 'shopline',
		resource: 'location',
		operation: 'count',
		method: 'GET',
		path: '/locations/count.json',
	},
	{
		node: 'SHOPLINE Product',
		api: 'shopline',
		resource: 'product',
		operation: 'get',
		params: { productId: { __rl: true, mode: 'id', value: CAT.products.headphones } },
		method: 'GET',
		path: `/products/${CAT.products.headphones}.json`,
	},
	{
		node: 'SHOPLINE Variant',
		api: 'shopline',
		resource: 'variant',
		operation: 'get',
		params: { variantId: CAT.variants.mug },
		method: 'GET',
		path: `/products/variants/${CAT.variants.mug}.json`,
	},
];

export interface TriggerCase {
	workflowId: string;
	node: string;
	api: Api;
	type: string;
	events: string[];
	/** The list request every poll sends (first poll = priming). */
	pollPath: string;
	/** The sandbox status machine moved between polls, and the move it must report. */
	advance: { kind: string; id: string; from: string; to: string };
	/** Fields the one emitted item must carry. */
	emitted: Json;
}

export const TRIGGER_CASES: TriggerCase[] = [
	{
		workflowId: 'matrixFulfillbotT',
		node: 'Fulfillbot Trigger',
		api: 'fulfillbot',
		type: 'fulfillbotTrigger',
		events: ['purchaseOrderStatusChanged'],
		pollPath: '/orders',
		advance: { kind: 'order', id: 'ORD-20240115-002', from: 'pending', to: 'paid' },
		emitted: {
			event: 'purchaseOrderStatusChanged',
			orderNo: 'ORD-20240115-002',
			previousStatus: 'pending',
			status: 'paid',
		},
	},
	{
		workflowId: 'matrixS2Trigger01',
		node: 'S2 Trigger',
		api: 's2',
		type: 's2Trigger',
		events: ['fulfillmentStatusChanged'],
		pollPath: '/order',
		advance: { kind: 'fulfillment', id: A.fulfillments.created, from: 'CREATED', to: 'PENDING' },
		emitted: {
			event: 'fulfillmentStatusChanged',
			id: A.fulfillments.created,
			orderId: A.orders.assigned,
			previousStatus: 'CREATED',
			status: 'PENDING',
		},
	},
	{
		workflowId: 'matrixShoplineT01',
		node: 'SHOPLINE Trigger',
		api: 'shopline',
		type: 'shoplineTrigger',
		events: ['orderFinancialStatusChanged'],
		pollPath: '/orders.json',
		advance: { kind: 'payment', id: SL.authorized, from: 'authorized', to: 'paid' },
		emitted: {
			event: 'orderFinancialStatusChanged',
			id: SL.authorized,
			previousFinancialStatus: 'authorized',
			financial_status: 'paid',
		},
	},
];
