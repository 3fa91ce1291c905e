import type { IDataObject } from 'n8n-workflow';

import { instant } from '../../shared/updatedCursor';

/** What is remembered of one fulfillment: the two values its events compare. */
export interface SeenFulfillment {
	status: string;
	shipment: string | null;
}

/** What is remembered of one order that can still change. */
export interface SeenOrder {
	financial: string;
	fulfillment: string;
	/** updated_at in ms: the oldest are dropped first when the state is full. */
	updated: number;
	/** Its fulfillments, once known (listed inline or fetched); absent = not known yet. */
	fulfillments?: Record<string, SeenFulfillment>;
}

export type SeenOrders = Record<string, SeenOrder>;

/**
 * Upper bound of remembered orders. Past it the longest-untouched ones are dropped; if one of
 * those changes later its statuses are learnt again without a "status changed" event.
 */
export const MAX_SEEN_ORDERS = 5000;

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

export function seenFulfillment(fulfillment: IDataObject): SeenFulfillment {
	const shipment = fulfillment.shipment_status;
	return { status: text(fulfillment.status), shipment: shipment === undefined || shipment === null ? null : String(shipment) };
}

export function fulfillmentMap(list: IDataObject[]): Record<string, SeenFulfillment> {
	return Object.fromEntries(list.map((f) => [text(f.id), seenFulfillment(f)]));
}

/** Fulfillments the order itself lists, when the API includes them (Shopify-style orders do). */
export function inlineFulfillments(order: IDataObject): IDataObject[] | undefined {
	return Array.isArray(order.fulfillments) ? (order.fulfillments as IDataObject[]) : undefined;
}

// A fulfillment ends when cancelled or delivered; `failure` is not an end (a courier may retry).
const fulfillmentDone = (f: SeenFulfillment) => f.status === 'cancelled' || f.shipment === 'delivered';

/**
 * Orders that can no longer change in a way these events report are forgotten, which keeps the
 * state to the open orders: cancelled ones, and ones paid (or refunded) and fully shipped whose
 * fulfillments have all ended. Trade-off: a refund on such an order afterwards still fires
 * "Order Updated" but not "Financial Status Changed". With fulfillment events off, fulfillments
 * are not looked at.
 */
export function isSettled(order: IDataObject, seen: SeenOrder, watchFulfillments: boolean): boolean {
	if (order.status === 'cancelled') return true;
	const paid = seen.financial === 'paid' || seen.financial === 'refunded';
	if (!paid || seen.fulfillment !== 'shipped') return false;
	if (!watchFulfillments) return true;
	return seen.fulfillments !== undefined && Object.values(seen.fulfillments).every(fulfillmentDone);
}

export function seenOrder(order: IDataObject, fulfillments: Record<string, SeenFulfillment> | undefined): SeenOrder {
	const seen: SeenOrder = {
		financial: text(order.financial_status),
		fulfillment: text(order.fulfillment_status),
		updated: instant(order.updated_at) || 0,
	};
	if (fulfillments) seen.fulfillments = fulfillments;
	return seen;
}

/** Keeps the state bounded: drops the longest-untouched orders beyond MAX_SEEN_ORDERS. */
export function bound(orders: SeenOrders, max: number = MAX_SEEN_ORDERS): SeenOrders {
	const ids = Object.keys(orders);
	if (ids.length <= max) return orders;
	const keep = ids.sort((a, b) => orders[b].updated - orders[a].updated || (a < b ? -1 : 1)).slice(0, max);
	return Object.fromEntries(keep.map((id) => [id, orders[id]]));
}

export function seenFromStatic(data: unknown): SeenOrders {
	return data && typeof data === 'object' ? (data as SeenOrders) : {};
}
