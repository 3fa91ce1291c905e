import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import {
	consume,
	cursorFromStatic,
	cursorToStatic,
	emptyCursor,
	type Stamped,
	type UpdatedCursor,
} from '../../shared/updatedCursor';
import { detectChanges, primeSeen } from './changes';
import { FULFILLMENT_EVENTS } from './events';
import { seenFromStatic, seenToStatic, type SeenOrders } from './tracking';

/**
 * One poll of SHOPLINE, independent of n8n so it can be tested against an in-memory store.
 * Requests: the `updated_at_min` list (all pages; one when idle), plus one fulfillments read per
 * changed order when a fulfillment event is selected (at most MAX_FULFILLMENT_FETCHES).
 */
export interface ShoplineReader {
	/** Every order updated at or after `since` (all orders when null), all pages. */
	ordersUpdatedSince(since: string | null): Promise<IDataObject[]>;
	/** All fulfillments of one order; a 404 NodeApiError when the order is gone. */
	orderFulfillments(orderId: string): Promise<IDataObject[]>;
}

const ORDER: Stamped<IDataObject> = {
	id: (o) => String(o.id ?? ''),
	updatedAt: (o) => String(o.updated_at ?? ''),
};

/**
 * Orders whose fulfillments one poll fetches at most. SHOPLINE's bucket is 4 requests/s with
 * bursts of 40: past this, the remaining changed orders wait for the next poll (the cursor
 * stops after the last order handled), instead of every poll failing on 429.
 */
export const MAX_FULFILLMENT_FETCHES = 30;

interface State {
	cursor: UpdatedCursor;
	seen: SeenOrders;
}

function readState(data: IDataObject): State | undefined {
	const cursor = cursorFromStatic(data.orders);
	return cursor ? { cursor, seen: seenFromStatic((data.orders as IDataObject).seen) } : undefined;
}

function writeState(data: IDataObject, state: State): void {
	data.orders = { ...cursorToStatic(state.cursor), seen: seenToStatic(state.seen) } as IDataObject;
}

/** True when nothing is saved yet: this poll only records where the store is. */
export const isPriming = (data: IDataObject): boolean => readState(data) === undefined;

async function fetchFulfillments(
	reader: ShoplineReader,
	orders: IDataObject[],
): Promise<Map<string, IDataObject[]>> {
	const byOrder = new Map<string, IDataObject[]>();
	for (const order of orders) {
		const orderId = String(order.id);
		try {
			byOrder.set(orderId, await reader.orderFulfillments(orderId));
		} catch (error) {
			// An order deleted between the two requests has no fulfillments to report.
			if (error instanceof NodeApiError && error.httpCode === '404') byOrder.set(orderId, []);
			else throw error;
		}
	}
	return byOrder;
}

/**
 * Polls once: returns the selected events' items (oldest order first) and updates `data` (the
 * node's static data) only when the whole poll succeeded; a thrown error leaves it as it was.
 */
export async function pollOrders(
	reader: ShoplineReader,
	data: IDataObject,
	events: string[],
): Promise<IDataObject[]> {
	const previous = readState(data);
	const watchFulfillments = events.some((e) => FULFILLMENT_EVENTS.includes(e));
	const orders = await reader.ordersUpdatedSince(previous?.cursor.cursor ?? null);
	if (!previous) {
		// First activation: remember where the store is (its own newest updated_at), emit nothing.
		writeState(data, {
			cursor: consume(emptyCursor(), orders, ORDER).next,
			seen: primeSeen(orders, watchFulfillments),
		});
		return [];
	}
	const all = consume(previous.cursor, orders, ORDER);
	const { repeated } = all;
	let { changed, next } = all;
	let fulfillments: Map<string, IDataObject[]> | undefined;
	if (watchFulfillments) {
		if (changed.length > MAX_FULFILLMENT_FETCHES) {
			changed = changed.slice(0, MAX_FULFILLMENT_FETCHES);
			// `changed` is oldest first: the cursor stops right after the last order handled.
			next = consume(previous.cursor, [...repeated, ...changed], ORDER).next;
		}
		fulfillments = await fetchFulfillments(reader, changed);
	}
	const result = detectChanges({
		previous: previous.cursor,
		seen: previous.seen,
		changed,
		repeated,
		fulfillments,
	});
	writeState(data, { cursor: next, seen: result.seen });
	return result.events.filter((e) => events.includes(e.event)).map(({ json }) => json);
}
