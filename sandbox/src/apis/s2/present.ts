import type {
	S2Account,
	S2Fulfillment,
	S2Order,
	S2Organization,
	S2Product,
	S2Shipment,
	S2State,
	S2Warehouse,
} from './model';

/** Output shapes: stored records hold ids; S2 answers with the organization, product, warehouse... embedded. */

type S2 = S2State;

export function presentOrganization(s2: S2, id: string): S2Organization | null {
	return s2.organizations.find((o) => o.id === id) ?? null;
}

export function presentAccount(s2: S2, account: S2Account): Record<string, unknown> {
	const { organizationId, id, ...fields } = account;
	return { id, organization: presentOrganization(s2, organizationId), ...fields };
}

export function presentWarehouse(s2: S2, warehouse: S2Warehouse): Record<string, unknown> {
	const { organizationId, id, ...fields } = warehouse;
	return { id, organization: presentOrganization(s2, organizationId), ...fields };
}

/** Key for key in the order of S2's example answer (docs/api-notes.md#s2-fulfillment-create) (stored records may hold their keys in another order). */
export function presentProduct(s2: S2, p: S2Product): Record<string, unknown> {
	return {
		id: p.id,
		organization: presentOrganization(s2, p.organizationId),
		sku: p.sku,
		brand: p.brand,
		gtin: p.gtin,
		name: p.name,
		remarks: p.remarks,
		imageMain: p.imageMain,
		packageLengthMm: p.packageLengthMm,
		packageWidthMm: p.packageWidthMm,
		packageHeightMm: p.packageHeightMm,
		shippingWeightKg: p.shippingWeightKg,
		caseUnit: p.caseUnit,
		casePack: p.casePack,
		caseLengthMm: p.caseLengthMm,
		caseWidthMm: p.caseWidthMm,
		caseHeightMm: p.caseHeightMm,
		caseWeightKg: p.caseWeightKg,
		condition: p.condition,
		serialNumberRequired: p.serialNumberRequired,
		expiryDateRequired: p.expiryDateRequired,
		unknown: p.unknown,
		createdAt: p.createdAt,
		updatedAt: p.updatedAt,
		otherIds: p.otherIds,
	};
}

const productById = (s2: S2, id: string) => {
	const product = s2.products.find((p) => p.id === id);
	return product ? presentProduct(s2, product) : null;
};

function presentShipment(
	s2: S2,
	fulfillmentId: string,
	shipment: S2Shipment,
): Record<string, unknown> {
	const { shippingCarrierId, items, ...rest } = shipment;
	return {
		id: shipment.id,
		fulfillmentId,
		manifestId: rest.manifestId,
		channelShipmentId: rest.channelShipmentId,
		status: rest.status,
		meta: rest.meta,
		shippingCarrier: s2.carriers.find((c) => c.id === shippingCarrierId) ?? null,
		trackingNumber: rest.trackingNumber,
		trackingUrl: rest.trackingUrl,
		items: items.map((i) => ({
			channelShipmentItemId: i.channelShipmentItemId,
			product: productById(s2, i.productId),
			quantity: i.quantity,
			meta: i.meta,
		})),
		labels: rest.labels,
		packages: rest.packages,
		createdAt: rest.createdAt,
		updatedAt: rest.updatedAt,
	};
}

/**
 * Inferred from S2's example answer (docs/api-notes.md#s2-fulfillment-create) (["", "test_order_id2", "test_order_ref_id1"]): the order's three
 * channel ids plus the fulfillment's additionalReferenceIds, distinct and sorted.
 */
function referenceIds(order: S2Order | undefined, fulfillment: S2Fulfillment): string[] {
	const ids = order
		? [order.channelOrderId, order.channelOrderIdAlt, order.channelOrderIdAlt2]
		: [];
	return [...new Set([...ids, ...fulfillment.additionalReferenceIds])].sort();
}

/** The POST /fulfillment response shape of S2's example (docs/api-notes.md#s2-fulfillment-create), key for key. */
export function presentFulfillment(s2: S2State, f: S2Fulfillment): Record<string, unknown> {
	const order = f.orderId ? s2.orders.find((o) => o.id === f.orderId) : undefined;
	const warehouse = s2.warehouses.find((w) => w.id === f.warehouseId);
	return {
		id: f.id,
		status: f.status,
		address: f.address,
		channelFulfillmentId: f.channelFulfillmentId,
		meta: f.meta,
		warehouse: warehouse ? presentWarehouse(s2, warehouse) : null,
		warehousePickId: f.warehousePickId,
		shippingMethod: f.shippingMethod,
		items: f.items.map((i) => ({
			product: productById(s2, i.productId),
			channelFulfillmentItemId: i.channelFulfillmentItemId,
			quantity: i.quantity,
			meta: i.meta,
		})),
		createdAt: f.createdAt,
		updatedAt: f.updatedAt,
		attachments: f.attachments,
		shipments: f.shipments.map((s) => presentShipment(s2, f.id, s)),
		// A standalone fulfillment has no order, so no order organization (inferred).
		orderOrganization: order ? presentOrganization(s2, order.organizationId) : null,
		shipByDate: f.shipByDate,
		deliverByDate: f.deliverByDate,
		customerNote: f.customerNote,
		referenceIds: referenceIds(order, f),
		orderId: f.orderId,
		orderDate: order?.channelOrderDate ?? null,
		orderAccountId: f.orderAccountId,
		orderChannelOrderId: order?.channelOrderId ?? null,
	};
}

/** GET /fulfillment/{id}: the create shape plus the fields docs/api-notes.md#s2-reads lists for the read. */
export function presentFulfillmentDetails(s2: S2State, f: S2Fulfillment): Record<string, unknown> {
	return {
		...presentFulfillment(s2, f),
		warehousePickStatus: f.warehousePickStatus,
		shippingQuotes: [],
		orderType: f.orderType,
	};
}

/** An order as GET /order lists it. Field set from docs/api-notes.md#s2-reads; `account` embedded like S2's other objects. */
export function presentOrder(s2: S2State, order: S2Order): Record<string, unknown> {
	const account = s2.accounts.find((a) => a.id === order.accountId);
	return {
		id: order.id,
		organization: presentOrganization(s2, order.organizationId),
		accountId: order.accountId,
		account: account ? presentAccount(s2, account) : null,
		status: order.status,
		assignStatus: order.assignStatus,
		archived: order.archived,
		channelOrderId: order.channelOrderId,
		channelOrderIdAlt: order.channelOrderIdAlt,
		channelOrderIdAlt2: order.channelOrderIdAlt2,
		channelShippingMethod: order.channelShippingMethod,
		shippingAddress: order.shippingAddress,
		billingAddress: order.billingAddress,
		channelOrderDate: order.channelOrderDate,
		currencyId: order.currencyId,
		items: order.items.map((i) => ({
			id: i.id,
			product: productById(s2, i.productId),
			channelOrderItemId: i.channelOrderItemId,
			quantity: i.quantity,
			price: i.price,
			meta: i.meta,
		})),
		meta: order.meta,
		attachments: order.attachments,
		createdAt: order.createdAt,
		updatedAt: order.updatedAt,
	};
}

/**
 * "Get Order Details": the order plus its fulfillments (tracking numbers, labels), attachments and
 * additionalReferenceIds. docs/api-notes.md#s2-reads also lists orderId / address / warehouseId / shippingMethod:
 * aliases of id / shippingAddress / the first fulfillment's warehouse / channelShippingMethod.
 */
export function presentOrderDetails(s2: S2State, order: S2Order): Record<string, unknown> {
	const fulfillments = s2.fulfillments.filter(
		(f) => f.orderId === order.id && f.organizationId === order.organizationId,
	);
	return {
		...presentOrder(s2, order),
		orderId: order.id,
		address: order.shippingAddress,
		warehouseId: fulfillments[0]?.warehouseId ?? null,
		shippingMethod: order.channelShippingMethod,
		additionalReferenceIds: order.additionalReferenceIds,
		fulfillments: fulfillments.map((f) => presentFulfillmentDetails(s2, f)),
	};
}
