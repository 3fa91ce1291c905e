import type { IDataObject } from 'n8n-workflow';

import { EVENTS, ORDER_EVENTS, passes, type StatusFilters } from './events';
import { fulfillmentsOf, shipmentsOf } from './sources';
import type { S2Reader } from './reader';
import { rawText } from '../../shared/input/parameters';

/** At most this many order details are read for a fulfillment/shipment sample. */
export const SAMPLE_DETAIL_LIMIT = 10;

// Order of preference when several events are selected: as listed in the Events option.
const SAMPLE_ORDER = [
	EVENTS.orderStatusChanged,
	EVENTS.orderAssignStatusChanged,
	EVENTS.fulfillmentCreated,
	EVENTS.fulfillmentStatusChanged,
	EVENTS.shipmentStatusChanged,
	EVENTS.trackingNumberAssigned,
];

/**
 * "Fetch Test Event": one recent record shaped like the event's items, read with at most one
 * page of orders plus SAMPLE_DETAIL_LIMIT order details; the trigger's state is not touched.
 */
export async function sampleEvent(
	reader: S2Reader,
	events: string[],
	filters: StatusFilters,
): Promise<IDataObject | undefined> {
	const event = SAMPLE_ORDER.find((e) => events.includes(e));
	if (!event) return undefined;
	const { records: orders } = await reader.orderPage(0, 100);
	if (ORDER_EVENTS.includes(event)) {
		const field = event === EVENTS.orderStatusChanged ? 'status' : 'assignStatus';
		const only =
			event === EVENTS.orderStatusChanged ? filters.orderStatuses : filters.assignStatuses;
		const order = orders.find((o) => passes(only, rawText(o[field])));
		return order && { event, previousStatus: null, ...order };
	}
	for (const order of orders.slice(0, SAMPLE_DETAIL_LIMIT)) {
		const orderId = rawText(order.id);
		const fulfillments = fulfillmentsOf(await reader.order(orderId));
		for (const fulfillment of fulfillments) {
			if (event === EVENTS.fulfillmentCreated || event === EVENTS.fulfillmentStatusChanged) {
				if (
					event === EVENTS.fulfillmentCreated ||
					passes(filters.fulfillmentStatuses, rawText(fulfillment.status))
				) {
					return { event, previousStatus: null, ...fulfillment, orderId };
				}
				continue;
			}
			const shipment = shipmentsOf(fulfillment).find(
				(s) => event !== EVENTS.trackingNumberAssigned || rawText(s.trackingNumber) !== '',
			);
			if (shipment)
				return {
					event,
					previousStatus: null,
					...shipment,
					fulfillmentId: rawText(fulfillment.id),
					orderId,
				};
		}
	}
	return undefined;
}
