import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { catalogPage, firstOrders, firstProducts, inventoryLevels, orderFulfillments } from './api';
import { EVENTS, FULFILLMENT_EVENTS } from './events';

const PREVIOUS: Record<string, IDataObject> = {
	[EVENTS.financialStatusChanged]: { previousFinancialStatus: null },
	[EVENTS.fulfillmentStatusChanged]: { previousFulfillmentStatus: null },
};

/** The newest fulfillment of a shipped (else partially shipped) order. */
async function sampleFulfillment(
	ctx: IPollFunctions,
	event: string,
): Promise<IDataObject | undefined> {
	for (const fulfillment_status of ['shipped', 'partial']) {
		const [order] = await firstOrders(ctx, { limit: 1, fulfillment_status });
		if (!order) continue;
		const list = await orderFulfillments(ctx, String(order.id));
		const latest = list[list.length - 1];
		if (latest)
			return { event, previousStatus: null, previousShipmentStatus: null, ...latest, order };
	}
	return undefined;
}

/** The first level of the first product's first inventory item, as a level with no previous value. */
async function sampleLevel(ctx: IPollFunctions, event: string): Promise<IDataObject | undefined> {
	const { products } = await catalogPage(ctx);
	for (const product of products.slice(0, 5)) {
		const variant = (Array.isArray(product.variants) ? product.variants : [])[0] as
			| IDataObject
			| undefined;
		if (!variant?.inventory_item_id) continue;
		const [level] = await inventoryLevels(ctx, [String(variant.inventory_item_id)]);
		if (level) return { event, previousAvailable: null, ...level };
	}
	return undefined;
}

const EMPTY: Record<string, string> = {
	[EVENTS.productUpdated]: 'The store has no products yet. Add a product and fetch again.',
	[EVENTS.inventoryLevelChanged]:
		'No product has a stocked variant yet. Stock a variant at a location and fetch again.',
};

/** "Fetch Test Event": a real record shaped like the first selected event's items; state untouched. */
export async function sampleEvent(
	ctx: IPollFunctions,
	events: string[],
): Promise<INodeExecutionData[][]> {
	const event = events[0] ?? EVENTS.orderCreated;
	let json: IDataObject | undefined;
	if (FULFILLMENT_EVENTS.includes(event)) {
		json = await sampleFulfillment(ctx, event);
	} else if (event === EVENTS.productUpdated) {
		const [product] = await firstProducts(ctx);
		if (product) json = { event, created: false, ...product };
	} else if (event === EVENTS.inventoryLevelChanged) {
		json = await sampleLevel(ctx, event);
	} else {
		const [order] = await firstOrders(ctx, { limit: 1 });
		if (order) json = { event, ...PREVIOUS[event], ...order };
	}
	if (!json) {
		throw new NodeOperationError(ctx.getNode(), 'No matching record found in SHOPLINE', {
			description:
				EMPTY[event] ??
				(FULFILLMENT_EVENTS.includes(event)
					? 'No order has a fulfillment yet. Ship an order (or create a fulfillment) and fetch again.'
					: 'The store has no orders yet. Place a test order and fetch again.'),
		});
	}
	return [[{ json }]];
}
