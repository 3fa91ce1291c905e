import type { IDataObject } from 'n8n-workflow';

import { track, trackedFromStatic, trackedToStatic, valueOf } from '../../shared/compactState';
import { collectPages, type Page } from '../../shared/paging';
import { advance, fromStatic, prime, toStatic } from '../../shared/statusChanges';
import { FULFILLMENT_EVENTS } from './events';
import { compareSeen, observe, ordersToWatch, shipmentValue, type Seen } from './fulfillmentWatch';
import { fulfillmentItems, orderItems, shipmentItems, type ItemOptions } from './items';
import { rawText } from '../../shared/parameters';
import { ORDER_SHAPE, S2_ORDER_PAGE_SIZE } from './sources';

/**
 * One poll of S2, independent of n8n so it can be tested against an in-memory S2.
 *
 * Requests per poll: max(1, ceil(orders / 100)) pages of GET /order, plus — only when a
 * fulfillment or shipment event is selected — one GET /order/{orderId} per watched order:
 * every order that is neither FULFILLED nor CANCELLED, a FULFILLED order while one of its
 * fulfillments or shipments is unfinished, and one look at each order that is new since the
 * previous poll or has become FULFILLED or CANCELLED since. An idle poll therefore costs
 * max(1, ceil(orders / 100)) + (open orders + FULFILLED orders with unfinished fulfillments).
 * Orders already FULFILLED or CANCELLED when the trigger is activated are not read at all.
 */
export interface S2Reader {
	orderPage(offset: number, limit: number): Promise<Page>;
	/** Order details, or undefined when S2 no longer has the order (404). */
	order(orderId: string): Promise<IDataObject | undefined>;
}

/**
 * What the trigger keeps in the workflow's static data (plain JSON, bounded by the open orders,
 * each map in the compact form of shared/compactState.ts).
 */
export interface S2State {
	/** Status and assign status of the orders not yet FULFILLED / CANCELLED, and the creation watermark. */
	orders?: IDataObject;
	/** Status of each fulfillment of the watched orders, by id. */
	fulfillments?: IDataObject;
	/** "STATUS|tracked" or "STATUS|" of each shipment of the watched orders, by id. */
	shipments?: IDataObject;
	/** Orders whose details the next poll reads even if FULFILLED or CANCELLED. */
	watch?: IDataObject;
}

export interface PollOptions extends ItemOptions {
	pageSize?: number;
}

export const watchesFulfillments = (events: string[]): boolean =>
	events.some((e) => FULFILLMENT_EVENTS.includes(e));

/** The watched order ids (the form before the compact one was a plain array). */
function watchFromStatic(data: unknown) {
	return Array.isArray(data)
		? track(
				(data as string[]).map((id) => [id, '']),
				[],
			)
		: trackedFromStatic(data);
}

/** The saved fulfillment, shipment and watch maps, decoded; undefined unless all three are there. */
function savedFulfillmentState(state: S2State) {
	const fulfillments = trackedFromStatic(state.fulfillments);
	const shipments = trackedFromStatic(state.shipments);
	const watch = watchFromStatic(state.watch);
	return fulfillments && shipments && watch ? { fulfillments, shipments, watch } : undefined;
}

/** True when this poll only records the current state (nothing saved yet for the selected events). */
export function isPriming(state: S2State, events: string[]): boolean {
	if (!fromStatic(state.orders)) return true;
	return watchesFulfillments(events) && !savedFulfillmentState(state);
}

/** A record listed twice (the list moved while it was paged) counts once. */
function unique(records: IDataObject[]): IDataObject[] {
	const seen = new Set<string>();
	return records.filter((r) => !seen.has(rawText(r.id)) && !!seen.add(rawText(r.id)));
}

export async function pollS2(
	reader: S2Reader,
	previous: S2State,
	options: PollOptions,
): Promise<{ items: IDataObject[]; state: S2State }> {
	const pageSize = options.pageSize ?? S2_ORDER_PAGE_SIZE;
	const orders = unique(
		await collectPages(
			Infinity,
			pageSize,
			async ({ offset }, limit) => await reader.orderPage(offset, limit),
		),
	);

	const previousOrders = fromStatic(previous.orders);
	const orderResult = previousOrders
		? advance(previousOrders, orders, ORDER_SHAPE)
		: { changes: [], state: prime(orders, ORDER_SHAPE) };
	const items = orderItems(orderResult.changes, options);
	const state: S2State = { orders: toStatic(orderResult.state) };
	if (!watchesFulfillments(options.events)) return { items, state };

	// Decoded once; undefined on the first poll for these events (nothing is reported then).
	const saved = previousOrders ? savedFulfillmentState(previous) : undefined;
	const previousWatch = (orderId: string) => !!saved && valueOf(saved.watch, orderId) !== undefined;
	const fresh = new Set(orderResult.changes.filter((c) => c.kind === 'created').map((c) => c.id));
	const seen: Seen = { fulfillments: [], shipments: [], watch: [] };
	for (const order of ordersToWatch(orders, previousWatch, fresh)) {
		const orderId = rawText(order.id);
		const details = await reader.order(orderId);
		if (details)
			observe(
				seen,
				orderId,
				previousWatch(orderId) || fresh.has(orderId),
				rawText(order.status),
				details,
			);
	}
	const fulfillments = compareSeen(saved?.fulfillments, seen.fulfillments, (f) =>
		rawText(f.status),
	);
	const shipments = compareSeen(saved?.shipments, seen.shipments, shipmentValue);
	items.push(
		...fulfillmentItems(fulfillments.transitions, options),
		...shipmentItems(shipments.transitions, options),
	);
	const watch = track(
		seen.watch.map((id) => [id, '']),
		orders.map((o) => rawText(o.id)),
	);
	return {
		items,
		state: {
			...state,
			fulfillments: trackedToStatic(fulfillments.state),
			shipments: trackedToStatic(shipments.state),
			watch: trackedToStatic(watch),
		},
	};
}
