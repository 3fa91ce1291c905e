import type { IDataObject } from 'n8n-workflow';

import { SHOPLINE_CATALOG } from '../../sandbox/src';
import {
	FULFILLBOT_ADDRESS,
	FULFILLBOT_RECIPIENT,
	REPRESENTATIVE,
	S2_ADDRESS,
	SL,
	type NodeName,
} from './support';

/*
 * A valid parameter set for EVERY operation of the three nodes, with the path it must request (relative
 * to the API base). `every-operation.test.ts` checks that the keys are exactly the operations of the
 * built descriptions, so a new operation without an entry here fails the suite.
 * `ids` names the path parameters: the path-ID tests put hostile values into each of them.
 */
export interface OperationCase {
	parameters: IDataObject;
	method: string;
	path: string;
	ids?: string[];
	/** The answer is a list (a missing or non-list answer is no records, not an error). */
	list?: boolean;
	/** A money-moving create (sent at most once). */
	moneyMoving?: boolean;
}

const UPS = {
	trackingCompany: 'UPS',
	trackingNumber: '1Z999AA10123456784',
	trackingUrl: 'https://www.ups.com/track',
};
const ORDER = SL.orders.partial;
const CAT = SHOPLINE_CATALOG;
const PRODUCT = CAT.products.mug;
const VARIANT = CAT.variants.mug;
const ITEM = CAT.items.mug;
const LOCATION = CAT.locations.main;
const FULFILLMENT = SL.fulfillments.partial;

export const EVERY_OPERATION: Record<NodeName, Record<string, OperationCase>> = {
	fulfillbot: {
		'product.get': {
			parameters: { productId: '12345' },
			method: 'GET',
			path: '/products/12345',
			ids: ['productId'],
		},
		'product.getTaobaoItem': {
			parameters: { itemId: '600000000001' },
			method: 'GET',
			path: '/products/platform/taobao/600000000001',
			ids: ['itemId'],
		},
		'product.getWeidianItem': {
			parameters: { itemId: '700000000001' },
			method: 'GET',
			path: '/products/platform/weidian/700000000001',
			ids: ['itemId'],
		},
		'product.import1688': {
			parameters: { offerId: '700000000001' },
			method: 'POST',
			path: '/products/import/1688',
		},
		'product.search': { parameters: { limit: 5 }, method: 'GET', path: '/products/search' },
		'product.search1688': {
			parameters: { q: 'mug', limit: 5 },
			method: 'GET',
			path: '/products/platform/1688/search',
		},
		'product.searchTaobao': {
			parameters: { q: 'mug', limit: 5 },
			method: 'GET',
			path: '/products/platform/taobao/search',
		},
		'product.searchWeidian': {
			parameters: { q: 'mug', limit: 5 },
			method: 'GET',
			path: '/products/platform/weidian/search',
		},
		'cart.addItem': {
			parameters: { productId: '12345', skuId: 's001', quantity: 1 },
			method: 'POST',
			path: '/cart/items',
		},
		'cart.addMany': {
			parameters: {
				inputMode: 'fields',
				items: { item: [{ productId: '12345', skuId: 's001', quantity: 1 }] },
			},
			method: 'POST',
			path: '/cart/items/batch',
		},
		'cart.clear': { parameters: {}, method: 'DELETE', path: '/cart' },
		'cart.get': { parameters: {}, method: 'GET', path: '/cart' },
		'cart.removeItem': {
			parameters: { itemId: '501' },
			method: 'DELETE',
			path: '/cart/items/501',
			ids: ['itemId'],
		},
		'cart.removeMany': {
			parameters: { inputMode: 'fields', items: { item: [{ id: '501' }] } },
			method: 'DELETE',
			path: '/cart/items/batch',
		},
		'cart.updateItem': {
			parameters: { itemId: '501', updateFields: { quantity: 2 } },
			method: 'PATCH',
			path: '/cart/items/501',
			ids: ['itemId'],
		},
		'cart.updateMany': {
			parameters: {
				inputMode: 'fields',
				items: { item: [{ id: '501', quantity: 2, selected: 'unchanged' }] },
			},
			method: 'PATCH',
			path: '/cart/items/batch',
		},
		'purchaseOrder.cancel': {
			parameters: { orderId: 'ORD-20240115-001' },
			method: 'POST',
			path: '/orders/ORD-20240115-001/cancel',
			ids: ['orderId'],
		},
		'purchaseOrder.create': {
			...REPRESENTATIVE.fulfillbot.purchaseOrder.target,
			parameters: REPRESENTATIVE.fulfillbot.purchaseOrder.parameters,
			moneyMoving: true,
		},
		'purchaseOrder.get': {
			parameters: { orderId: 'ORD-20240115-001' },
			method: 'GET',
			path: '/orders/ORD-20240115-001',
			ids: ['orderId'],
		},
		'purchaseOrder.getInspection': {
			parameters: { orderId: 'ORD-20240115-001' },
			method: 'GET',
			path: '/orders/ORD-20240115-001/inspection',
			ids: ['orderId'],
		},
		'purchaseOrder.getLogistics': {
			parameters: { orderId: 'ORD-20240115-001' },
			method: 'GET',
			path: '/orders/ORD-20240115-001/logistics',
			ids: ['orderId'],
		},
		'purchaseOrder.getAll': { parameters: { limit: 5 }, method: 'GET', path: '/orders' },
		'purchaseOrder.getStats': { parameters: {}, method: 'GET', path: '/orders/stats' },
		'purchaseOrder.getStatus': {
			parameters: { orderId: 'ORD-20240115-001' },
			method: 'GET',
			path: '/orders/ORD-20240115-001/status',
			ids: ['orderId'],
		},
		'logistics.calculateFreight': {
			parameters: { country: 'US', weight: 500, channelId: 'ch-001' },
			method: 'POST',
			path: '/logistics/calculate-freight',
		},
		'logistics.calculateFreightBatch': {
			parameters: { country: 'US', weight: 500 },
			method: 'POST',
			path: '/logistics/calculate-freight-batch',
			list: true,
		},
		'logistics.getChannelPricing': {
			parameters: { channelId: 'ch-001' },
			method: 'GET',
			path: '/logistics/shipping-methods/ch-001/pricing',
			ids: ['channelId'],
		},
		'logistics.getCountries': { parameters: {}, method: 'GET', path: '/logistics/countries' },
		'logistics.getShippingMethods': {
			parameters: {},
			method: 'GET',
			path: '/logistics/shipping-methods',
		},
		'shippingOrder.cancel': {
			parameters: { shippingOrderId: 'SHP-001' },
			method: 'POST',
			path: '/shipping/orders/SHP-001/cancel',
			ids: ['shippingOrderId'],
		},
		'shippingOrder.confirmDelivery': {
			parameters: { shippingOrderId: 'SHP-001' },
			method: 'POST',
			path: '/shipping/orders/SHP-001/confirm-delivery',
			ids: ['shippingOrderId'],
		},
		'shippingOrder.create': {
			parameters: {
				inputMode: 'fields',
				items: { item: [{ inventoryId: 101, quantity: 1 }] },
				...FULFILLBOT_RECIPIENT,
				logisticsChannelId: 'ch-001',
			},
			method: 'POST',
			path: '/shipping/create',
			moneyMoving: true,
		},
		'shippingOrder.get': {
			parameters: { shippingOrderId: 'SHP-001' },
			method: 'GET',
			path: '/shipping/orders/SHP-001',
			ids: ['shippingOrderId'],
		},
		'shippingOrder.getAll': { parameters: { limit: 5 }, method: 'GET', path: '/shipping/orders' },
		'warehousePackage.get': {
			parameters: { packageId: '101' },
			method: 'GET',
			path: '/warehouse/packages/101',
			ids: ['packageId'],
		},
		'warehousePackage.getAll': {
			parameters: { limit: 5 },
			method: 'GET',
			path: '/warehouse/packages',
		},
		'warehousePackage.getShippable': {
			parameters: {},
			method: 'GET',
			path: '/warehouse/packages/shippable',
			list: true,
		},
		'warehousePackage.getStats': {
			parameters: {},
			method: 'GET',
			path: '/warehouse/packages/stats',
		},
		'profile.get': { parameters: {}, method: 'GET', path: '/user/profile' },
		'profile.update': {
			parameters: { updateFields: { username: 'hardening_user' } },
			method: 'PUT',
			path: '/user/profile',
		},
		'address.create': {
			parameters: FULFILLBOT_ADDRESS,
			method: 'POST',
			path: '/user/addresses',
		},
		'address.delete': {
			parameters: { addressId: '10' },
			method: 'DELETE',
			path: '/user/addresses/10',
			ids: ['addressId'],
		},
		'address.getAll': { parameters: {}, method: 'GET', path: '/user/addresses' },
		'address.update': {
			parameters: { addressId: '10', updateFields: { city: 'Leeds' } },
			method: 'PUT',
			path: '/user/addresses/10',
			ids: ['addressId'],
		},
		'wallet.getBalance': { parameters: {}, method: 'GET', path: '/user/wallet/balance' },
		'wallet.getTransactions': {
			parameters: { limit: 5 },
			method: 'GET',
			path: '/user/wallet/transactions',
		},
		'favorite.add': { parameters: { productId: '12347' }, method: 'POST', path: '/user/favorites' },
		'favorite.getAll': { parameters: { limit: 5 }, method: 'GET', path: '/user/favorites' },
		'favorite.remove': {
			parameters: { favoriteId: '3' },
			method: 'DELETE',
			path: '/user/favorites/3',
			ids: ['favoriteId'],
		},
		'coupon.getAvailable': { parameters: {}, method: 'GET', path: '/user/coupons/available' },
		'coupon.getClaimed': { parameters: {}, method: 'GET', path: '/user/coupons/my' },
	},
	s2: {
		'account.getAll': { parameters: { limit: 5 }, method: 'GET', path: '/account' },
		'fulfillment.create': {
			...REPRESENTATIVE.s2.fulfillment.target,
			parameters: REPRESENTATIVE.s2.fulfillment.parameters,
			moneyMoving: true,
		},
		'fulfillment.get': {
			parameters: { fulfillmentId: 'f-1' },
			method: 'GET',
			path: '/fulfillment/f-1',
			ids: ['fulfillmentId'],
		},
		'inventory.getOverview': { parameters: {}, method: 'GET', path: '/inventory/overview' },
		'order.cancel': {
			parameters: { orderId: 'o-1' },
			method: 'POST',
			path: '/order/o-1/cancel',
			ids: ['orderId'],
		},
		'order.create': {
			...REPRESENTATIVE.s2.order.target,
			parameters: REPRESENTATIVE.s2.order.parameters,
			moneyMoving: true,
		},
		'order.get': {
			parameters: { orderId: 'o-1' },
			method: 'GET',
			path: '/order/o-1',
			ids: ['orderId'],
		},
		'order.getAll': { parameters: { limit: 5 }, method: 'GET', path: '/order' },
		'product.getAll': { parameters: { limit: 5 }, method: 'GET', path: '/product' },
	},
	shopline: {
		'fulfillment.cancel': {
			parameters: { orderId: ORDER, fulfillmentId: FULFILLMENT },
			method: 'POST',
			path: `/orders/${ORDER}/fulfillments/${FULFILLMENT}/cancel.json`,
			ids: ['orderId', 'fulfillmentId'],
		},
		'fulfillment.count': {
			parameters: { orderId: ORDER },
			method: 'GET',
			path: `/orders/${ORDER}/fulfillments/count.json`,
			ids: ['orderId'],
		},
		'fulfillment.create': {
			...REPRESENTATIVE.shopline.fulfillment.target,
			parameters: REPRESENTATIVE.shopline.fulfillment.parameters,
			ids: ['orderId'],
			moneyMoving: true,
		},
		'fulfillment.getAll': {
			parameters: { orderId: ORDER },
			method: 'GET',
			path: `/orders/${ORDER}/fulfillments.json`,
			ids: ['orderId'],
		},
		'fulfillment.updateTracking': {
			parameters: { orderId: ORDER, fulfillmentId: FULFILLMENT, trackingInfo: { entry: [UPS] } },
			method: 'POST',
			path: `/orders/${ORDER}/fulfillments/${FULFILLMENT}/update_tracking.json`,
			ids: ['orderId', 'fulfillmentId'],
		},
		'fulfillmentOrder.getForOrder': {
			parameters: { orderId: ORDER },
			method: 'GET',
			path: `/fulfillment_orders/${ORDER}/fulfillment_orders.json`,
			ids: ['orderId'],
		},
		'fulfillmentOrder.search': {
			parameters: { limit: 5 },
			method: 'GET',
			path: '/fulfillment_orders/fulfillment_orders_search.json',
		},
		'order.cancel': {
			parameters: { orderId: ORDER },
			method: 'POST',
			path: `/orders/${ORDER}/cancel.json`,
			ids: ['orderId'],
		},
		'order.count': { parameters: {}, method: 'GET', path: '/orders/count.json' },
		'order.get': { parameters: { orderId: ORDER }, method: 'GET', path: '/orders.json' },
		'order.getAll': { parameters: { limit: 5 }, method: 'GET', path: '/orders.json' },
		// Catalog and stock (issue 23).
		'product.count': { parameters: {}, method: 'GET', path: '/products/count.json' },
		'product.create': {
			parameters: { title: 'Hardening Tee' },
			method: 'POST',
			path: '/products/products.json',
		},
		'product.delete': {
			parameters: { productId: PRODUCT },
			method: 'DELETE',
			path: `/products/${PRODUCT}.json`,
			ids: ['productId'],
		},
		'product.get': {
			parameters: { productId: PRODUCT },
			method: 'GET',
			path: `/products/${PRODUCT}.json`,
			ids: ['productId'],
		},
		'product.getAll': { parameters: { limit: 5 }, method: 'GET', path: '/products/products.json' },
		'product.update': {
			parameters: { productId: PRODUCT, updateFields: { vendor: 'Acme' } },
			method: 'PUT',
			path: `/products/${PRODUCT}.json`,
			ids: ['productId'],
		},
		'variant.create': {
			parameters: { productId: PRODUCT, variantFields: { sku: 'MUG-RED-12OZ', option1: 'Red' } },
			method: 'POST',
			path: `/products/${PRODUCT}/variants.json`,
			ids: ['productId'],
		},
		'variant.delete': {
			parameters: { productId: CAT.products.headphones, variantId: CAT.variants.grey },
			method: 'DELETE',
			path: `/products/${CAT.products.headphones}/variants/${CAT.variants.grey}.json`,
			ids: ['productId', 'variantId'],
		},
		'variant.findBySku': {
			parameters: { sku: CAT.skus.mug },
			method: 'GET',
			path: '/products/products.json',
			list: true,
		},
		'variant.get': {
			parameters: { variantId: VARIANT },
			method: 'GET',
			path: `/products/variants/${VARIANT}.json`,
			ids: ['variantId'],
		},
		'variant.getAll': {
			parameters: { productId: PRODUCT, limit: 5 },
			method: 'GET',
			path: `/products/${PRODUCT}/variants.json`,
			ids: ['productId'],
		},
		'variant.update': {
			parameters: { variantId: VARIANT, updateFields: { price: '13.00' } },
			method: 'PUT',
			path: `/products/variants/${VARIANT}.json`,
			ids: ['variantId'],
		},
		'inventoryItem.get': {
			parameters: { inventoryItemId: ITEM },
			method: 'GET',
			path: `/inventory_items/${ITEM}.json`,
			ids: ['inventoryItemId'],
		},
		'inventoryItem.getAll': {
			parameters: { inventoryItemIds: `${ITEM},${CAT.items.test}` },
			method: 'GET',
			path: '/inventory_items.json',
			list: true,
		},
		'inventoryItem.update': {
			parameters: { inventoryItemId: ITEM, updateFields: { cost: '4.20' } },
			method: 'PUT',
			path: `/inventory_items/${ITEM}.json`,
			ids: ['inventoryItemId'],
		},
		'inventoryLevel.adjust': {
			parameters: { inventoryItemId: ITEM, locationId: LOCATION, availableAdjustment: -1 },
			method: 'POST',
			path: '/inventory_levels/adjust.json',
		},
		'inventoryLevel.connect': {
			parameters: { inventoryItemId: ITEM, locationId: CAT.locations.shenzhen },
			method: 'POST',
			path: '/inventory_levels/connect.json',
		},
		'inventoryLevel.disconnect': {
			parameters: { inventoryItemId: CAT.items.test, locationId: CAT.locations.shenzhen },
			method: 'DELETE',
			path: '/inventory_levels/disconnect.json',
		},
		'inventoryLevel.getAll': {
			parameters: { inventoryItemIds: ITEM },
			method: 'GET',
			path: '/inventory_levels.json',
			list: true,
		},
		'inventoryLevel.set': {
			parameters: { inventoryItemId: ITEM, locationId: LOCATION, available: 0 },
			method: 'POST',
			path: '/inventory_levels/set.json',
		},
		'location.count': { parameters: {}, method: 'GET', path: '/locations/count.json' },
		'location.get': {
			parameters: { locationId: LOCATION },
			method: 'GET',
			path: `/locations/${LOCATION}.json`,
			ids: ['locationId'],
		},
		'location.getAll': {
			parameters: {},
			method: 'GET',
			path: '/locations/list.json',
			list: true,
		},
	},
};

export const S2_ADDRESS_FIELDS = S2_ADDRESS;
