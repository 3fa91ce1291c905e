import { without } from './common';
import type {
	FulfillbotAddress,
	FulfillbotCartItem,
	FulfillbotChannel,
	FulfillbotPackage,
	FulfillbotProduct,
	FulfillbotPurchaseOrder,
	FulfillbotShippingOrder,
	FulfillbotState,
} from './model';

/**
 * Output shapes: what the Fulfillbot API answers for each stored record, without the sandbox-only fields
 * (owner ids, internal flags). Apart from the routes, so the webhooks send the same views without importing
 * a route module.
 */

const DAY_MS = 86_400_000;

/** A purchase order as GET /orders/:id answers it. */
export const orderView = (order: FulfillbotPurchaseOrder) => without(order, 'userId');

/** A purchase order in GET /orders' list. */
export function orderSummary(o: FulfillbotPurchaseOrder): Record<string, unknown> {
	return {
		orderNo: o.orderNo,
		status: o.status,
		totalAmount: o.totalAmount,
		serviceFee: o.serviceFee,
		currency: o.currency,
		platform: o.platform,
		itemCount: o.items.length,
		createdAt: o.createdAt,
		updatedAt: o.updatedAt,
	};
}

/** A shipping order as GET /shipping/orders/:id answers it. */
export const shippingOrderView = (order: FulfillbotShippingOrder) => without(order, 'userId');

/** A shipping order in GET /shipping/orders' list. */
export function shippingSummary(o: FulfillbotShippingOrder): Record<string, unknown> {
	return {
		orderNo: o.orderNo,
		status: o.status,
		channelName: o.channelName,
		trackingNo: o.trackingNo,
		totalWeight: o.totalWeight,
		shippingFee: o.shippingFee,
		currency: o.currency,
		createdAt: o.createdAt,
		updatedAt: o.updatedAt,
	};
}

/** A warehouse package; storageDays counts whole days since arrival at `now`, so moving the clock ages packages. */
export const packageView = (p: FulfillbotPackage, now: number) => ({
	...without(p, 'userId', 'shippingOrderNo'),
	storageDays: Math.max(0, Math.floor((now - Date.parse(p.arrivedAt)) / DAY_MS)),
});

/** The product as the API shows it: without the sandbox-only fields. */
export function productView(product: FulfillbotProduct): Record<string, unknown> {
	return without(product, 'weight', 'inCatalog');
}

/** Search results: the detail without description, images, SKUs and attributes. */
export function productSummary(p: FulfillbotProduct): Record<string, unknown> {
	return {
		id: p.id,
		title: p.title,
		price: p.price,
		originalPrice: p.originalPrice,
		currency: p.currency,
		platform: p.platform,
		platformItemId: p.platformItemId,
		imageUrl: p.imageUrl,
		shopName: p.shopName,
		sales: p.sales,
		stock: p.stock,
		...(p.minOrder === undefined ? {} : { minOrder: p.minOrder }),
	};
}

/** A cart line as GET /cart shows it: the product's title, price and stock filled in. */
export function cartItemView(state: FulfillbotState, item: FulfillbotCartItem) {
	const product = state.products.find((p) => p.id === item.productId);
	const sku = product?.skus.find((s) => s.skuId === item.skuId);
	return {
		id: item.id,
		productId: item.productId,
		title: product?.title ?? '',
		skuId: item.skuId,
		skuName: sku?.name ?? '',
		price: sku?.price ?? 0,
		quantity: item.quantity,
		imageUrl: sku?.image || product?.imageUrl || '',
		selected: item.selected,
		stock: sku?.stock ?? 0,
		remark: item.remark,
	};
}

export const addressView = (address: FulfillbotAddress) => without(address, 'userId');

/** A logistics channel as GET /logistics/shipping-methods lists it. */
export function channelView(c: FulfillbotChannel) {
	return {
		channelId: c.channelId,
		name: c.name,
		carrier: c.carrier,
		deliveryDays: c.deliveryDays,
		supportedCargo: c.supportedCargo,
		weightRange: c.weightRange,
	};
}
