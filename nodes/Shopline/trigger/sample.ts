import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { firstOrders, orderFulfillments } from './api';
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

/** "Fetch Test Event": a real record shaped like the first selected event's items; state untouched. */
export async function sampleEvent(
	ctx: IPollFunctions,
	events: string[],
): Promise<INodeExecutionData[][]> {
	const event = events[0] ?? EVENTS.orderCreated;
	let json: IDataObject | undefined;
	if (FULFILLMENT_EVENTS.includes(event)) {
		json = await sampleFulfillment(ctx, event);
	} else {
		const [order] = await firstOrders(ctx, { limit: 1 });
		if (order) json = { event, ...PREVIOUS[event], ...order };
	}
	if (!json) {
		throw new NodeOperationError(ctx.getNode(), 'No matching record found in SHOPLINE', {
			description: FULFILLMENT_EVENTS.includes(event)
				? 'No order has a fulfillment yet. Ship an order (or create a fulfillment) and fetch again.'
				: 'The store has no orders yet. Place a test order and fetch again.',
		});
	}
	return [[{ json }]];
}
