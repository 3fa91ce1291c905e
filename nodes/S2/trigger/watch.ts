import type { IDataObject } from 'n8n-workflow';

import {
	FINGERPRINT_LENGTH,
	fingerprint,
	pack,
	track,
	trackedFromStatic,
	trackedToStatic,
	unpack,
	valueOf,
} from '../../shared/poll/compactState';
import { collectPages } from '../../shared/transport/paging';
import { advance, fromStatic, prime, toStatic } from '../../shared/poll/statusChanges';
import { rawText as text } from '../../shared/input/parameters';
import { FULFILLMENT_EVENTS } from './events';
import { compareSeen, observe, ordersToWatch, shipmentValue, type Seen } from './fulfillmentWatch';
import { fulfillmentItems, orderItems, shipmentItems, type ItemOptions } from './items';
import { ORDER_SHAPE, S2_ORDER_PAGE_SIZE, fulfillmentsOf, shipmentsOf } from './sources';
import { baselineFrom, firstLookSince } from './baseline';
import type { S2Reader, S2State } from './reader';

/*
 * One poll of S2, independent of n8n so it can be tested against an in-memory S2 (reader.ts).
 *
 * Requests per poll: max(1, ceil(orders / 100)) pages of GET /order, plus — only when a
 * fulfillment or shipment event is selected — one GET /order/{orderId} per watched order:
 * every order that is neither FULFILLED nor CANCELLED, a FULFILLED order while one of its
 * fulfillments or shipments is unfinished, and one look at each order that is new since the
 * previous poll or has become FULFILLED or CANCELLED since. An idle poll therefore costs
 * max(1, ceil(orders / 100)) + (open orders + FULFILLED orders with unfinished fulfillments).
 * Orders already FULFILLED or CANCELLED when the trigger is activated are not read at all.
 */

/** What one poll watches and how far it may go. */
export interface PollOptions extends ItemOptions {
	pageSize?: number;
	/** Requests this poll should stay within (default: no bound): order details past it wait for a later poll. */
	budget?: number;
	/** Details read even when the budget is spent (default MIN_DETAIL_READS). */
	minDetailReads?: number;
}

export const watchesFulfillments = (events: string[]): boolean =>
	events.some((e) => FULFILLMENT_EVENTS.includes(e));

/** The saved fulfillment, shipment and watch maps, decoded; undefined unless all three are there. */
function savedFulfillmentState(state: S2State) {
	const fulfillments = trackedFromStatic(state.fulfillments);
	const shipments = trackedFromStatic(state.shipments);
	const watch = trackedFromStatic(state.watch);
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
	return records.filter((r) => !seen.has(text(r.id)) && !!seen.add(text(r.id)));
}

/** Order details read in a poll even when its budget is spent: every poll makes progress. */
export const MIN_DETAIL_READS = 5;

/** Which fulfillments (f) and shipments (s) each watched order had: order fingerprint + record fingerprint → kind. */
function readIndex(data: unknown): Map<string, Array<[string, 'f' | 's']>> | undefined {
	const entries = unpack(data);
	if (!entries) return undefined;
	const byOrder = new Map<string, Array<[string, 'f' | 's']>>();
	for (const [key, kind] of entries) {
		const order = key.slice(0, FINGERPRINT_LENGTH);
		byOrder.set(order, [
			...(byOrder.get(order) ?? []),
			[key.slice(FINGERPRINT_LENGTH), kind as 'f' | 's'],
		]);
	}
	return byOrder;
}

/**
 * The details to read this poll, in order of priority: orders new since the previous poll, orders
 * whose status changed, then the others in rotation (by id, after the last one read at the previous
 * poll), at most `room` of them. The rest keep what is remembered of them and wait.
 */
function prioritise(
	candidates: IDataObject[],
	fresh: Set<string>,
	changed: Set<string>,
	after: string | undefined,
	room: number,
) {
	const rank = (id: string) => (fresh.has(id) ? 0 : changed.has(id) ? 1 : 2);
	const turn = (id: string) => (after !== undefined && id <= after ? 1 : 0);
	const ordered = [...candidates].sort((a, b) => {
		const x = text(a.id);
		const y = text(b.id);
		return rank(x) - rank(y) || turn(x) - turn(y) || (x < y ? -1 : x > y ? 1 : 0);
	});
	return { read: ordered.slice(0, room), deferred: ordered.slice(room) };
}

/** One poll, from `previous` (the whole saved state, {} before the first) to the next; `previous` is not changed. */
export async function pollS2(
	base: S2Reader,
	previous: S2State,
	options: PollOptions,
): Promise<{ items: IDataObject[]; state: S2State }> {
	let spent = 0;
	const reader: S2Reader = {
		orderPage: async (offset, limit) => (spent++, await base.orderPage(offset, limit)),
		order: async (orderId) => (spent++, await base.order(orderId)),
	};
	const pageSize = options.pageSize ?? S2_ORDER_PAGE_SIZE;
	let date: string | undefined;
	const orders = unique(
		await collectPages(Infinity, pageSize, async ({ offset }, limit) => {
			const page = await reader.orderPage(offset, limit);
			date ??= page.date;
			return page;
		}),
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
	const watchValue = (orderId: string) => (saved ? valueOf(saved.watch, orderId) : undefined);
	const previousWatch = (orderId: string) => watchValue(orderId) !== undefined;
	// An activation that cannot read every open order starts from S2's clock (the list's Date): orders it
	// leaves are marked 'L', and when first read their records are judged by their times (baseline.ts).
	const activatedAt = saved
		? typeof previous.activatedAt === 'string'
			? previous.activatedAt
			: undefined
		: baselineFrom(date);
	// An order left for later with no baseline kept (it went unread, e.g. a 404, after the activation's
	// 'L' orders were all read): its records as they are now, as for any order read for the first time.
	const sinceActivation = activatedAt !== undefined ? firstLookSince(activatedAt) : 'old';
	const fresh = new Set(orderResult.changes.filter((c) => c.kind === 'created').map((c) => c.id));
	const changed = new Set(orderResult.changes.map((c) => c.id));
	const index = saved ? readIndex(previous.records) : undefined;
	// The first poll when S2 gave no Date reads every order's details: without a baseline, an order left
	// for later could not tell what changed since.
	const bounded = saved !== undefined || activatedAt !== undefined;
	const room = !bounded
		? Infinity
		: Math.max(options.minDetailReads ?? MIN_DETAIL_READS, (options.budget ?? Infinity) - spent);
	const candidates = ordersToWatch(orders, previousWatch, fresh);
	const { read, deferred } = prioritise(
		candidates,
		fresh,
		changed,
		typeof previous.rotation === 'string' ? previous.rotation : undefined,
		room,
	);

	const seen: Seen = { fulfillments: [], shipments: [], watch: [] };
	const records: Array<[string, string]> = [];
	let rotation = typeof previous.rotation === 'string' ? previous.rotation : undefined;
	for (const order of read) {
		const orderId = text(order.id);
		if (!fresh.has(orderId) && !changed.has(orderId)) rotation = orderId;
		const details = await reader.order(orderId);
		if (!details) continue;
		const before = seen.watch.length;
		const known = fresh.has(orderId) || watchValue(orderId) === '';
		observe(
			seen,
			orderId,
			known ? 'new' : watchValue(orderId) === 'L' ? sinceActivation : 'old',
			text(order.status),
			details,
		);
		if (seen.watch.length > before) {
			for (const f of fulfillmentsOf(details)) {
				records.push([fingerprint(orderId) + fingerprint(text(f.id)), 'f']);
				for (const sh of shipmentsOf(f))
					records.push([fingerprint(orderId) + fingerprint(text(sh.id)), 's']);
			}
		}
	}
	if (!deferred.length) rotation = undefined; // everything was read: the next rotation starts over
	const fulfillments = compareSeen(saved?.fulfillments, seen.fulfillments, (f) => text(f.status));
	const shipments = compareSeen(saved?.shipments, seen.shipments, shipmentValue);
	items.push(
		...fulfillmentItems(fulfillments.transitions, options),
		...shipmentItems(shipments.transitions, options),
	);

	// Orders left for a later poll keep what is remembered of their fulfillments and shipments.
	const watchEntries: Array<[string, string]> = seen.watch.map((id) => [id, '']);
	for (const order of deferred) {
		const orderId = text(order.id);
		watchEntries.push([orderId, fresh.has(orderId) ? '' : (watchValue(orderId) ?? 'L')]);
		for (const [record, kind] of index?.get(fingerprint(orderId)) ?? []) {
			const from = kind === 'f' ? saved?.fulfillments : saved?.shipments;
			const into = kind === 'f' ? fulfillments.state : shipments.state;
			const value = from?.byKey.get(record);
			if (value !== undefined && !into.byKey.has(record)) into.byKey.set(record, value);
			records.push([fingerprint(orderId) + record, kind]);
		}
	}
	const watch = track(
		watchEntries,
		orders.map((o) => text(o.id)),
	);
	return {
		items,
		state: {
			...state,
			fulfillments: trackedToStatic(fulfillments.state),
			shipments: trackedToStatic(shipments.state),
			watch: trackedToStatic(watch),
			records: pack(records, 2 * FINGERPRINT_LENGTH),
			...(rotation === undefined ? {} : { rotation }),
			...(activatedAt !== undefined && watchEntries.some(([, value]) => value === 'L')
				? { activatedAt }
				: {}),
		},
	};
}
