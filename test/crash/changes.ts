/**
 * The changes the crash test makes, and the trigger item each one must become.
 *
 * One API per cycle, three changes a cycle, each a status move through the sandbox's control API
 * (`POST /__sandbox/advance` with an id), so every change is one known event of one trigger:
 *   - Fulfillbot: a shipping order moves (Shipping Order Status Changed; one request per poll, so the
 *     polls stay far inside the key's 60 requests a minute);
 *   - S2: a fulfillment moves (Fulfillment Status Changed; the order list + each open order's details);
 *   - SHOPLINE: an order's payment moves (Order Financial Status Changed; one request per poll).
 * The seed has few movable Fulfillbot shipping orders, S2 fulfillments and SHOPLINE orders, so `crashState`
 * adds copies of the seeded ones (new ids, first status), enough for every cycle. SHOPLINE orders move only
 * in the store the test's credential reaches (SHOPLINE.handle): the sandbox has two more stores, whose
 * orders that trigger can never see (moving those was a harness bug that read as SHOPLINE losing changes).
 */
import { randomUUID } from 'node:crypto';

import { SHOPLINE, SHOPLINE_SEED } from '../../sandbox/src';

/* eslint-disable @typescript-eslint/no-explicit-any -- whole-state snapshots of the sandbox */
type State = any;
type Json = Record<string, unknown>;

export type Api = 'fulfillbot' | 's2' | 'shopline';
export const APIS: Api[] = ['fulfillbot', 's2', 'shopline'];

/** What one API's cycle moves: the status machine, and the trigger event a move becomes. */
export const MOVES: Record<Api, { kind: string; event: string }> = {
	fulfillbot: { kind: 'shipping-order', event: 'shippingOrderStatusChanged' },
	s2: { kind: 'fulfillment', event: 'fulfillmentStatusChanged' },
	shopline: { kind: 'payment', event: 'orderFinancialStatusChanged' },
};

/** A trigger item's identity: event, record and the status it reports (the same for a move). */
export function itemKey(api: Api, item: Json): string {
	const id = api === 'fulfillbot' ? item.orderNo : item.id;
	const to = api === 'shopline' ? item.financial_status : item.status;
	return `${String(item.event)} ${String(id)} → ${String(to)}`;
}

export function moveKey(api: Api, move: { id: string; to: string }): string {
	return `${MOVES[api].event} ${move.id} → ${move.to}`;
}

/**
 * The seed plus `copies` movable Fulfillbot shipping orders, S2 orders with one fulfillment each, and
 * unpaid SHOPLINE orders in the credential's store (three payment moves each).
 */
export function crashState(seed: State, copies: Record<Api, number>): State {
	const state = structuredClone(seed);
	const fb = state.fulfillbot;
	const template = fb.shippingOrders[0];
	for (let i = 1; i <= copies.fulfillbot; i++) {
		fb.shippingOrders.push({
			...structuredClone(template),
			orderNo: `SHP-20990101-${String(i).padStart(3, '0')}`,
			status: 'pending',
			trackingNo: null,
		});
	}
	const s2 = state.s2;
	const fulfillment = s2.fulfillments.find((f: Json) => f.status === 'CREATED');
	const order = s2.orders.find((o: Json) => o.id === fulfillment.orderId);
	for (let i = 0; i < copies.s2; i++) {
		const orderId = randomUUID();
		s2.orders.push({ ...structuredClone(order), id: orderId, channelOrderId: `crash-${i}` });
		const copy = structuredClone(fulfillment);
		copy.id = randomUUID();
		copy.orderId = orderId;
		copy.channelFulfillmentId = `crash-${i}`;
		for (const shipment of copy.shipments) shipment.id = randomUUID();
		s2.fulfillments.push(copy);
	}
	const shopline = state.shopline;
	const unpaid = shopline.orders.find((o: Json) => o.id === SHOPLINE_SEED.orders.unpaid);
	for (let i = 1; i <= copies.shopline; i++) {
		shopline.orders.push({
			...structuredClone(unpaid),
			id: `2105740193282631666699${String(i).padStart(4, '0')}`,
			name: `#9${String(i).padStart(3, '0')}`,
		});
	}
	return state;
}

/** The ids each API's cycles move, in order, from the state the sandbox started with. */
export function movable(state: State): Record<Api, string[]> {
	return {
		fulfillbot: state.fulfillbot.shippingOrders
			.filter((o: Json) => o.status === 'pending')
			.map((o: Json) => o.orderNo),
		s2: state.s2.fulfillments.filter((f: Json) => f.status === 'CREATED').map((f: Json) => f.id),
		shopline: state.shopline.orders
			.filter(
				(o: Json) =>
					o.handle === SHOPLINE.handle &&
					o.status === 'open' &&
					['unpaid', 'pending', 'authorized'].includes(String(o.financial_status)),
			)
			.map((o: Json) => String(o.id)),
	};
}
