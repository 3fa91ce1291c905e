import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { consume, cursorFromStatic, cursorToStatic, emptyCursor, type Stamped, type UpdatedCursor } from '../../shared/updatedCursor';
import { orderFulfillments, ordersUpdatedSince } from './api';
import { detectChanges, primeSeen } from './changes';
import { FULFILLMENT_EVENTS } from './events';
import { sampleEvent } from './sample';
import { seenFromStatic, type SeenOrders } from './tracking';

const ORDER: Stamped<IDataObject> = { id: (o) => String(o.id ?? ''), updatedAt: (o) => String(o.updated_at ?? '') };

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
	data.orders = { ...cursorToStatic(state.cursor), seen: state.seen } as IDataObject;
}

/** Errors the user must fix (token, scope, frozen or locked store, a refused request) fail the poll loudly. */
function mustFail(error: unknown): boolean {
	if (error instanceof NodeApiError) {
		const code = String(error.httpCode ?? '');
		// 2xx here is a garbled answer (shared/errors.ts): passing trouble, like 429 and 5xx.
		if (code === '429' || code.startsWith('5') || code.startsWith('2') || !/^\d{3}$/.test(code)) return false;
		return true;
	}
	// The credential refusing to send the token elsewhere, or a bad handle: configuration, not luck.
	return error instanceof Error && error.message.startsWith('SHOPLINE credential');
}

async function fetchFulfillments(ctx: IPollFunctions, orders: IDataObject[]): Promise<Map<string, IDataObject[]>> {
	const byOrder = new Map<string, IDataObject[]>();
	for (const order of orders) {
		const orderId = String(order.id);
		try {
			byOrder.set(orderId, await orderFulfillments(ctx, orderId));
		} catch (error) {
			// An order deleted between the two requests has no fulfillments to report.
			if (error instanceof NodeApiError && error.httpCode === '404') byOrder.set(orderId, []);
			else throw error;
		}
	}
	return byOrder;
}

export async function pollShopline(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const events = this.getNodeParameter('events', []) as string[];
	if (this.getMode() === 'manual') return await sampleEvent(this, events);

	const data = this.getWorkflowStaticData('node');
	const previous = readState(data);
	const watchFulfillments = events.some((e) => FULFILLMENT_EVENTS.includes(e));
	try {
		const orders = await ordersUpdatedSince(this, previous?.cursor.cursor ?? null);
		if (!previous) {
			// First activation: remember where the store is (its own newest updated_at), emit nothing.
			writeState(data, { cursor: consume(emptyCursor(), orders, ORDER).next, seen: primeSeen(orders, watchFulfillments) });
			return null;
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
			fulfillments = await fetchFulfillments(this, changed);
		}
		const result = detectChanges({ previous: previous.cursor, seen: previous.seen, changed, repeated, fulfillments });
		writeState(data, { cursor: next, seen: result.seen });
		const out = result.events.filter((e) => events.includes(e.event)).map(({ json }) => ({ json }));
		return out.length ? [out] : null;
	} catch (error) {
		// Before the first state is saved, or for errors the user must fix, fail loudly. Passing
		// trouble (429, 5xx, network) leaves the state as it was: the next poll catches up.
		if (!previous || mustFail(error)) throw error;
		this.logger.warn(`SHOPLINE Trigger: poll failed, retrying next poll: ${(error as Error).message}`);
		return null;
	}
}
