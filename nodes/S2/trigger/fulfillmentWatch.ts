import type { IDataObject } from 'n8n-workflow';

import { track, valueOf, type Tracked } from '../../shared/poll/compactState';
import { rawText as text } from '../../shared/input/parameters';
import type { FirstLook } from './baseline';

import {
	TERMINAL_ORDER_STATUSES,
	fulfillmentsOf,
	isFulfillmentFinished,
	isShipmentFinished,
	pair,
	shipmentsOf,
} from './sources';

/**
 * Fulfillments and shipments of the watched orders. S2 lists no fulfillments, so they are read
 * from each watched order's details. A record is "new" when its order was already read at a
 * previous poll (so every record it had then is known) or the order itself is new — not by
 * creation time, which would miss a fulfillment added to an order read earlier in the same poll.
 * Only an order first read after activation judges its records by their times (baseline.ts).
 */
export interface Observed {
	orderId: string;
	/** What the record is if the previous poll did not know it (baseline.ts). */
	look: FirstLook;
	record: IDataObject;
}

export interface Seen {
	fulfillments: Observed[];
	shipments: Observed[];
	/** Orders to read again at the next poll. */
	watch: string[];
}

export interface Transition {
	/** null: created (or, with `previousUnknown`, changed from a value the trigger never saw). */
	previous: string | null;
	current: string;
	record: IDataObject;
	/** The record existed at activation and changed before its order was first read. */
	previousUnknown?: boolean;
}

/** Tracked value of a shipment: its status and whether it has a tracking number. */
export const shipmentValue = (s: IDataObject): string =>
	pair(text(s.status), text(s.trackingNumber) ? 'tracked' : '');

/**
 * Orders whose details this poll reads: the open ones (neither FULFILLED nor CANCELLED), plus one
 * look at each order that is new or was watched at the previous poll, whatever its status now.
 */
export function ordersToWatch(
	orders: IDataObject[],
	wasWatched: (orderId: string) => boolean,
	fresh: Set<string>,
): IDataObject[] {
	return orders.filter((order) => {
		const id = text(order.id);
		if (wasWatched(id) || fresh.has(id)) return true;
		return !TERMINAL_ORDER_STATUSES.includes(text(order.status));
	});
}

/** Done: cancelled, or fulfilled with every fulfillment and shipment finished. */
export function isDone(status: string, fulfillments: IDataObject[]): boolean {
	if (status === 'CANCELLED') return true;
	if (status !== 'FULFILLED') return false;
	return fulfillments.every(
		(f) => isFulfillmentFinished(f) && shipmentsOf(f).every(isShipmentFinished),
	);
}

/**
 * Collects one order's details into `seen`. `look` may decide per record (an order first read after
 * activation judges each record by its times, baseline.ts).
 */
export function observe(
	seen: Seen,
	orderId: string,
	look: FirstLook | ((record: IDataObject) => FirstLook),
	listedStatus: string,
	details: IDataObject,
): void {
	const fulfillments = fulfillmentsOf(details);
	const lookAt = (record: IDataObject) => (typeof look === 'function' ? look(record) : look);
	for (const fulfillment of fulfillments) {
		const fulfillmentId = text(fulfillment.id);
		seen.fulfillments.push({
			orderId,
			look: lookAt(fulfillment),
			record: { ...fulfillment, orderId },
		});
		for (const shipment of shipmentsOf(fulfillment))
			seen.shipments.push({
				orderId,
				look: lookAt(shipment),
				record: { ...shipment, fulfillmentId, orderId },
			});
	}
	if (!isDone(text(details.status ?? listedStatus), fulfillments)) seen.watch.push(orderId);
}

/**
 * Compares what was seen with the previous values (`undefined`: first look, nothing reported).
 * The next state holds exactly the records seen, so it shrinks when their orders stop being watched.
 */
export function compareSeen(
	previous: Tracked | undefined,
	seen: Observed[],
	value: (record: IDataObject) => string,
): { transitions: Transition[]; state: Tracked } {
	const state = new Map<string, string>();
	const transitions: Transition[] = [];
	for (const { look, record } of seen) {
		const id = text(record.id);
		if (state.has(id)) continue; // listed twice: counted once
		const current = value(record);
		state.set(id, current);
		if (!previous) continue;
		const known = valueOf(previous, id);
		if (known === undefined) {
			if (look === 'new') transitions.push({ previous: null, current, record });
			if (look === 'changed')
				transitions.push({ previous: null, current, record, previousUnknown: true });
		} else if (known !== current) {
			transitions.push({ previous: known, current, record });
		}
	}
	return { transitions, state: track(state, []) };
}
