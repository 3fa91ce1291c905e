import type { IDataObject } from 'n8n-workflow';

import { FINGERPRINT_LENGTH, fingerprint, pack, unpack } from '../../shared/poll/compactState';
import { instant } from '../../shared/poll/updatedCursor';
import { rawText } from '../../shared/input/parameters';

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

/**
 * Remembered orders by `seenKey(order id)`, and their fulfillments by `seenKey(fulfillment id)`:
 * fingerprints keep the static data near 10 bytes per order (shared/poll/compactState.ts). The trigger
 * only looks up orders the API just listed as changed, so a look-up confusing two ids needs two
 * 48-bit fingerprints to meet (about 5·10⁻¹¹ per look-up with 15,000 orders remembered).
 */
export type SeenOrders = Record<string, SeenOrder>;

export const seenKey = fingerprint;

/**
 * Upper bound of remembered orders (about 150 KB of static data). Past it the longest-untouched
 * ones are dropped; if one of those changes later its statuses are learnt again without a
 * "status changed" event.
 */
export const MAX_SEEN_ORDERS = 15000;

export function seenFulfillment(fulfillment: IDataObject): SeenFulfillment {
	const shipment = fulfillment.shipment_status;
	return {
		status: rawText(fulfillment.status),
		shipment: shipment === undefined || shipment === null ? null : String(shipment),
	};
}

export function fulfillmentMap(list: IDataObject[]): Record<string, SeenFulfillment> {
	return Object.fromEntries(list.map((f) => [seenKey(rawText(f.id)), seenFulfillment(f)]));
}

/** Fulfillments the order itself lists, when the API includes them (Shopify-style orders do). */
export function inlineFulfillments(order: IDataObject): IDataObject[] | undefined {
	return Array.isArray(order.fulfillments) ? (order.fulfillments as IDataObject[]) : undefined;
}

// A fulfillment ends when cancelled or delivered; `failure` is not an end (a courier may retry).
const fulfillmentDone = (f: SeenFulfillment) =>
	f.status === 'cancelled' || f.shipment === 'delivered';

/**
 * Orders that can no longer change in a way these events report are forgotten, which keeps the
 * state to the open orders: cancelled ones, and ones paid (or refunded) and fully shipped whose
 * fulfillments have all ended. Trade-off: a refund on such an order afterwards still fires
 * "Order Updated" but not "Financial Status Changed". With fulfillment events off, fulfillments
 * are not looked at.
 */
export function isSettled(
	order: IDataObject,
	seen: SeenOrder,
	watchFulfillments: boolean,
): boolean {
	if (order.status === 'cancelled') return true;
	const paid = seen.financial === 'paid' || seen.financial === 'refunded';
	if (!paid || seen.fulfillment !== 'shipped') return false;
	if (!watchFulfillments) return true;
	return seen.fulfillments !== undefined && Object.values(seen.fulfillments).every(fulfillmentDone);
}

export function seenOrder(
	order: IDataObject,
	fulfillments: Record<string, SeenFulfillment> | undefined,
): SeenOrder {
	const seen: SeenOrder = {
		financial: rawText(order.financial_status),
		fulfillment: rawText(order.fulfillment_status),
		updated: instant(order.updated_at) || 0,
	};
	if (fulfillments) seen.fulfillments = fulfillments;
	return seen;
}

/** Keeps the state bounded: drops the longest-untouched orders beyond MAX_SEEN_ORDERS. */
export function bound(orders: SeenOrders, max: number = MAX_SEEN_ORDERS): SeenOrders {
	const ids = Object.keys(orders);
	if (ids.length <= max) return orders;
	const keep = ids
		.sort((a, b) => orders[b].updated - orders[a].updated || (a < b ? -1 : 1))
		.slice(0, max);
	return Object.fromEntries(keep.map((id) => [id, orders[id]]));
}

/**
 * Static form: `orders` (key → "financial|fulfillment|k", k when its fulfillments are known),
 * oldest update first, and `fulfillments` (order key + fulfillment key → [status, shipment]).
 * Only the order of updates is kept, not their times: read back, they count 0, 1, 2, … which
 * sorts before any real update time, as `bound` needs.
 */
export function seenToStatic(seen: SeenOrders): IDataObject {
	const byAge = Object.entries(seen).sort(([, a], [, b]) => a.updated - b.updated);
	const fulfillments: Array<[string, string]> = [];
	for (const [key, order] of byAge) {
		for (const [fKey, f] of Object.entries(order.fulfillments ?? {}))
			fulfillments.push([key + fKey, JSON.stringify([f.status, f.shipment])]);
	}
	return {
		orders: pack(
			byAge.map(([key, o]) => [
				key,
				`${o.financial}|${o.fulfillment}|${o.fulfillments ? 'k' : ''}`,
			]),
		),
		fulfillments: pack(fulfillments, 2 * FINGERPRINT_LENGTH),
	};
}

export function seenFromStatic(data: unknown): SeenOrders {
	const d = (data ?? {}) as IDataObject;
	const orders = unpack(d.orders) ?? [];
	const seen: SeenOrders = {};
	orders.forEach(([key, value], updated) => {
		const [financial, fulfillment, known] = value.split('|');
		seen[key] = { financial, fulfillment, updated, ...(known ? { fulfillments: {} } : {}) };
	});
	for (const [keys, value] of unpack(d.fulfillments) ?? []) {
		const order = seen[keys.slice(0, FINGERPRINT_LENGTH)];
		const [status, shipment] = JSON.parse(value) as [string, string | null];
		if (order?.fulfillments)
			order.fulfillments[keys.slice(FINGERPRINT_LENGTH)] = { status, shipment };
	}
	return seen;
}
