import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import {
	consume,
	cursorFromStatic,
	cursorToStatic,
	emptyCursor,
	instant,
	passSettledSecond,
	type UpdatedCursor,
} from '../../shared/poll/updatedCursor';
import { dateToIso, STAMPED } from './clock';
import { detectChanges, primeSeen } from './changes';
import { FULFILLMENT_EVENTS } from './events';
import type { OrdersRead, OrdersReader } from './reader';
import { bound, seenFromStatic, seenKey, seenToStatic, type SeenOrders } from './tracking';

/*
 * The order events. Requests: the `updated_at_min` list (all pages; one when idle, also right after a
 * burst within one second: see passSettledSecond), plus one fulfillments read per changed order when a
 * fulfillment event is selected, as far as the poll's budget goes (the rest wait for the next poll). The
 * first activation reads at most the budget's worth of pages; the rest of the store is learnt a few pages
 * a poll.
 */

/** Fulfillment reads a poll makes even when its budget is spent: every poll makes progress. */
export const MIN_FULFILLMENT_FETCHES = 5;

/** Learning the store's orders after an activation that did not read them all. */
interface Learning {
	/** page_info of the next page of the full list. */
	next: string;
	/** The activation's cursor: orders updated since are the cursor's, not learnt from the walk. */
	before: string;
}

interface State {
	/** Where the list is read from: right after the last order whose fulfillments were read. */
	cursor: UpdatedCursor;
	seen: SeenOrders;
	learn?: Learning;
	/**
	 * While fulfillment reads lag behind the list (a burst larger than a poll's budget): how far order
	 * events were reported. Orders past `cursor` up to here get their fulfillments read, not their order
	 * events again.
	 */
	reported?: UpdatedCursor;
}

/** The saved orders state (`orders` of the static data); undefined before the first poll. */
function readState(data: unknown): State | undefined {
	const cursor = cursorFromStatic(data);
	if (!cursor) return undefined;
	const saved = data as IDataObject;
	const learn = saved.learn as Learning | undefined;
	const reported = cursorFromStatic(saved.reported);
	return {
		cursor,
		seen: seenFromStatic(saved.seen),
		...(learn && typeof learn.next === 'string' ? { learn } : {}),
		...(reported ? { reported } : {}),
	};
}

function writeState(state: State): IDataObject {
	return {
		...cursorToStatic(state.cursor),
		seen: seenToStatic(state.seen),
		...(state.learn ? { learn: state.learn } : {}),
		...(state.reported ? { reported: cursorToStatic(state.reported) } : {}),
	};
}

/** True when nothing is saved yet: this poll only records where the store is. */
export const ordersPriming = (saved: unknown): boolean => readState(saved) === undefined;

const is429 = (error: unknown) => error instanceof NodeApiError && error.httpCode === '429';

/**
 * Fulfillments of `orders`, in order, until one meets a 429 the rate budget could not ride out: the
 * orders read so far are kept (the caller handles them and leaves the rest for the next poll).
 */
async function fetchFulfillments(
	reader: OrdersReader,
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
			else if (is429(error) && byOrder.size > 0) break;
			else throw error;
		}
	}
	return byOrder;
}

/** The later of two cursors (both when they stand on the same instant). */
function furthest(a: UpdatedCursor, b: UpdatedCursor | undefined): UpdatedCursor {
	if (!b || b.cursor === null) return a;
	if (a.cursor === null) return b;
	const x = instant(a.cursor);
	const y = instant(b.cursor);
	if (x !== y) return x > y ? a : b;
	return { cursor: a.cursor, atCursor: [...new Set([...a.atCursor, ...b.atCursor])].sort() };
}

/** First activation: where the store is, and the statuses of what can still change; nothing emitted. */
async function activate(
	reader: OrdersReader,
	watchFulfillments: boolean,
	budget: number,
): Promise<State> {
	const read = await reader.ordersUpdatedSince(null, Math.max(1, budget));
	const at = dateToIso(read.date);
	if (read.next !== undefined && at !== undefined) {
		// More than a poll's worth: the cursor starts at SHOPLINE's clock when the walk began, and the
		// rest of the store is learnt at the next polls.
		const atCursor = read.orders
			.filter((o) => instant(o.updated_at) === instant(at))
			.map((o) => String(o.id));
		return {
			cursor: { cursor: at, atCursor: atCursor.sort() },
			seen: primeSeen(read.orders, watchFulfillments),
			learn: { next: read.next, before: at },
		};
	}
	// Read whole (also when the answer had no Date to start a cursor from).
	const orders =
		read.next === undefined
			? read.orders
			: [...read.orders, ...(await reader.ordersUpdatedSince(null, Infinity, read.next)).orders];
	return {
		cursor: consume(emptyCursor(), orders, STAMPED).next,
		seen: primeSeen(orders, watchFulfillments),
	};
}

/** A few more pages of the store for an activation that did not read it all: statuses of orders not yet known. */
async function learnMore(
	reader: OrdersReader,
	learn: Learning,
	seen: SeenOrders,
	watchFulfillments: boolean,
	pages: number,
): Promise<Learning | undefined> {
	let read: OrdersRead;
	try {
		read = await reader.ordersUpdatedSince(null, pages, learn.next);
	} catch (error) {
		// A page_info SHOPLINE no longer takes ends the learning; passing trouble tries again next poll.
		if (error instanceof NodeApiError && ['400', '404', '422'].includes(String(error.httpCode)))
			return undefined;
		return learn;
	}
	const before = instant(learn.before);
	const fresh = read.orders.filter(
		(o) => instant(o.updated_at) < before && seen[seenKey(String(o.id))] === undefined,
	);
	Object.assign(seen, primeSeen(fresh, watchFulfillments));
	return read.next === undefined ? undefined : { ...learn, next: read.next };
}

/**
 * One poll of the order events from the saved `orders` state (undefined before the first, which only
 * learns): the selected events' items, oldest order first, and the next state. Every order
 * event the list shows is reported in the poll that reads it. Orders whose fulfillments did not fit
 * in the budget (or met a 429) get them read at the next polls, oldest first: the cursor stops right
 * after the last order handled, and `reported` keeps their order events from going out twice.
 */
export async function pollOrders(
	reader: OrdersReader,
	saved: unknown,
	events: string[],
	budget: { max: number; spent: () => number },
): Promise<{ items: IDataObject[]; state: IDataObject }> {
	const spent = budget.spent;
	const previous = readState(saved);
	const watchFulfillments = events.some((e) => FULFILLMENT_EVENTS.includes(e));
	if (!previous) {
		return { items: [], state: writeState(await activate(reader, watchFulfillments, budget.max)) };
	}
	const read = await reader.ordersUpdatedSince(previous.cursor.cursor);
	const all = consume(previous.cursor, read.orders, STAMPED);
	const { changed, repeated } = all;
	let next: UpdatedCursor;
	let reported: UpdatedCursor | undefined;
	let fulfillments: Map<string, IDataObject[]> | undefined;
	if (watchFulfillments) {
		const room = Math.max(MIN_FULFILLMENT_FETCHES, budget.max - spent());
		fulfillments = await fetchFulfillments(reader, changed.slice(0, room));
	}
	if (fulfillments && fulfillments.size < changed.length) {
		// Every listed order's order events go out now; the cursor stops right after the last order whose
		// fulfillments were read (`changed` is oldest first), and the next polls read the rest from there.
		next = consume(
			previous.cursor,
			[...repeated, ...changed.slice(0, fulfillments.size)],
			STAMPED,
		).next;
		reported = passSettledSecond(furthest(all.next, previous.reported), read.date);
	} else {
		next = passSettledSecond(all.next, read.date);
	}
	const result = detectChanges({
		previous: previous.cursor,
		seen: previous.seen,
		changed,
		repeated,
		fulfillments,
		reported: previous.reported,
	});
	let learn = previous.learn;
	if (learn)
		learn = await learnMore(
			reader,
			learn,
			result.seen,
			watchFulfillments,
			Math.max(1, Math.min(budget.max - spent(), 100)),
		);
	return {
		items: result.events.filter((e) => events.includes(e.event)).map(({ json }) => json),
		state: writeState({
			cursor: next,
			seen: bound(result.seen),
			...(learn ? { learn } : {}),
			...(reported ? { reported } : {}),
		}),
	};
}
