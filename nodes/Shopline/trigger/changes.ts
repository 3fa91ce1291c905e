import type { IDataObject } from 'n8n-workflow';

import { isAfterCursor, type UpdatedCursor } from '../../shared/poll/updatedCursor';
import { EVENTS, type ShoplineEvent } from './events';
import {
	bound,
	fulfillmentMap,
	inlineFulfillments,
	isSettled,
	seenFulfillment,
	seenKey,
	seenOrder,
	type SeenFulfillment,
	type SeenOrders,
} from './tracking';

export interface Emitted {
	event: ShoplineEvent;
	json: IDataObject;
}

export interface PollInput {
	/** The cursor before this poll. */
	previous: UpdatedCursor;
	seen: SeenOrders;
	/** Orders changed since the cursor, oldest first. */
	changed: IDataObject[];
	/** Boundary orders returned again (same updated_at): statuses re-checked, nothing fetched. */
	repeated: IDataObject[];
	/**
	 * Fulfillments of the changed orders read this poll, when fulfillment events are on. A changed order
	 * missing here (the poll's budget ran out) keeps what is known of its fulfillments for a later poll.
	 */
	fulfillments?: Map<string, IDataObject[]>;
	/**
	 * How far order events were already reported while fulfillment reads lag behind `previous` (undefined
	 * when they do not): a changed order at or before it gets no second Order Created / Updated.
	 */
	reported?: UpdatedCursor;
}

const id = (record: IDataObject) => String(record.id ?? '');

function fulfillmentEvents(
	input: PollInput,
	order: IDataObject,
	isNewOrder: boolean,
	known: Record<string, SeenFulfillment> | undefined,
	list: IDataObject[],
): Emitted[] {
	const out: Emitted[] = [];
	for (const fulfillment of list) {
		const now = seenFulfillment(fulfillment);
		const before = known?.[seenKey(id(fulfillment))];
		const item = (event: ShoplineEvent, previous: SeenFulfillment | null): Emitted => ({
			event,
			json: {
				event,
				previousStatus: previous?.status ?? null,
				previousShipmentStatus: previous?.shipment ?? null,
				...fulfillment,
				order,
			},
		});
		if (before) {
			if (before.status !== now.status || before.shipment !== now.shipment)
				out.push(item(EVENTS.shipmentStatusChanged, before));
			continue;
		}
		// Unknown fulfillment: new if the order is, if its order's fulfillments were known, or if it
		// was created after the cursor. Otherwise it predates what this trigger has seen: learnt silently.
		if (
			isNewOrder ||
			known !== undefined ||
			isAfterCursor(input.previous, String(fulfillment.created_at ?? ''), id(order))
		) {
			out.push(item(EVENTS.fulfillmentCreated, null));
		}
	}
	return out;
}

/**
 * Compares this poll's orders (and fulfillments) with what was remembered. Returns every event in
 * order, oldest order first, and the next remembered state. Pure: the poll decides what to emit.
 */
export function detectChanges(input: PollInput): { events: Emitted[]; seen: SeenOrders } {
	const seen: SeenOrders = { ...input.seen };
	const events: Emitted[] = [];
	const watchFulfillments = input.fulfillments !== undefined;

	const visit = (order: IDataObject, changed: boolean) => {
		const orderId = id(order);
		const key = seenKey(orderId);
		const before = seen[key];
		// A boundary order the cursor already handled and no longer remembers was settled (or evicted):
		// learning it again from this repeat would report its next change as if it were still open.
		if (!changed && before === undefined) return;
		const isNew =
			changed &&
			before === undefined &&
			isAfterCursor(input.previous, String(order.created_at ?? ''), orderId);
		const due =
			input.reported === undefined ||
			isAfterCursor(input.reported, String(order.updated_at ?? ''), orderId);
		if (changed && due)
			events.push({
				event: isNew ? EVENTS.orderCreated : EVENTS.orderUpdated,
				json: { event: isNew ? EVENTS.orderCreated : EVENTS.orderUpdated, ...order },
			});

		// Status changes need a remembered value; a new order's first statuses are not changes.
		const now = seenOrder(order, undefined);
		if (before && before.financial !== now.financial) {
			const event = EVENTS.financialStatusChanged;
			events.push({ event, json: { event, previousFinancialStatus: before.financial, ...order } });
		}
		if (before && before.fulfillment !== now.fulfillment) {
			const event = EVENTS.fulfillmentStatusChanged;
			events.push({
				event,
				json: { event, previousFulfillmentStatus: before.fulfillment, ...order },
			});
		}

		let known = before?.fulfillments;
		// Boundary orders are not fetched again (an idle poll stays one request), but when the list
		// shows their fulfillments, a change made within the cursor's second is still caught.
		const fetched = changed
			? input.fulfillments?.get(orderId)
			: watchFulfillments
				? inlineFulfillments(order)
				: undefined;
		// A changed order whose fulfillments wait for a later poll: its order events are out now, what is
		// known of its fulfillments stays (a new order's are all new: known as none), and it is not let go.
		const waiting = changed && watchFulfillments && fetched === undefined;
		if (fetched) {
			events.push(...fulfillmentEvents(input, order, isNew, known, fetched));
			known = fulfillmentMap(fetched);
		} else if (waiting) {
			if (isNew) known = {};
		} else if (!known && inlineFulfillments(order)) {
			known = fulfillmentMap(inlineFulfillments(order) as IDataObject[]);
		}
		const next = seenOrder(order, known);
		delete seen[key];
		if (waiting || !isSettled(order, next, watchFulfillments)) seen[key] = next;
	};

	for (const order of input.changed) visit(order, true);
	for (const order of input.repeated) visit(order, false);
	return { events, seen: bound(seen) };
}

/** The state a first poll remembers: every order that can still change, nothing emitted. */
export function primeSeen(orders: IDataObject[], watchFulfillments: boolean): SeenOrders {
	const seen: SeenOrders = {};
	for (const order of orders) {
		const inline = inlineFulfillments(order);
		const next = seenOrder(order, inline ? fulfillmentMap(inline) : undefined);
		if (!isSettled(order, next, watchFulfillments)) seen[seenKey(id(order))] = next;
	}
	return bound(seen);
}
