import { isoWithOffset } from '../../core/clock';
import type { RecordLike, StatusMachineRegistry } from '../../core/statusMachines';
import type { SandboxState } from '../../state';
import { allRemaining, createFulfillment, partOfRemaining, remainingUnits } from './fulfilling';
import { FULFILLMENT_STATUSES, type ShoplineFulfillment, type ShoplineOrder } from './model';

/**
 * Status machines for `POST /__sandbox/advance {api: 'shopline', kind, id?}`. Every change bumps the
 * order's updated_at (polling triggers key on it); one advance call stamps every record it moves
 * with the same instant, so "many orders updated in the same second" is reproducible.
 */
export function registerShoplineMachines(registry: StatusMachineRegistry<SandboxState>): void {
	const owner = new WeakMap<RecordLike, ShoplineOrder>();

	/**
	 * kind `order`: unshipped -> partial -> shipped, by really shipping (a fulfillment with tracking is
	 * created, quantities drop), so orders, fulfillments and fulfillment orders stay consistent.
	 * A single-unit unshipped order cannot be partly shipped, so it does not move.
	 */
	registry.register({
		api: 'shopline',
		kind: 'order',
		statuses: FULFILLMENT_STATUSES,
		terminal: ['shipped'],
		idField: 'id',
		statusField: 'fulfillment_status',
		records: (state) => state.shopline.orders,
		eligible: (record) => {
			const order = record as ShoplineOrder;
			if (order.status === 'cancelled' || remainingUnits(order) === 0) return false;
			return order.fulfillment_status !== 'unshipped' || remainingUnits(order) >= 2;
		},
		onAdvance: (record, _from, to, now, state) => {
			const order = record as ShoplineOrder;
			const lines = to === 'partial' ? partOfRemaining(order) : allRemaining(order);
			const n = `SB${order.name.replace(/\D/g, '')}${order.fulfillments.length + 1}`;
			const tracking = [
				{
					tracking_company: 'UPS',
					tracking_number: `1Z${n}`,
					tracking_url: 'https://www.ups.com/track',
				},
			];
			createFulfillment(state.shopline, order, lines, tracking, false, isoWithOffset(now));
		},
	});

	/** kind `payment`: unpaid -> pending -> authorized -> paid, one step per advance. */
	registry.register({
		api: 'shopline',
		kind: 'payment',
		statuses: ['unpaid', 'pending', 'authorized', 'paid'],
		terminal: ['paid'],
		idField: 'id',
		statusField: 'financial_status',
		records: (state) => state.shopline.orders,
		eligible: (order) => order.status !== 'cancelled',
		onAdvance: (order, _from, _to, now) => {
			order.updated_at = isoWithOffset(now);
		},
	});

	/**
	 * kind `fulfillment`: shipment_status null -> picked_up -> out_for_delivery -> delivered (`failure`
	 * is terminal too, off the happy path). `id` is a fulfillment id; the move reports `from: "null"`.
	 */
	registry.register({
		api: 'shopline',
		kind: 'fulfillment',
		statuses: ['null', 'picked_up', 'out_for_delivery', 'delivered'],
		terminal: ['delivered', 'failure'],
		idField: 'id',
		statusField: 'shipment_status',
		records: (state) =>
			state.shopline.orders.flatMap((order) =>
				order.fulfillments.map((f) => {
					owner.set(f as unknown as RecordLike, order);
					return f as unknown as RecordLike;
				}),
			),
		eligible: (record) => (record as unknown as ShoplineFulfillment).status === 'success',
		onAdvance: (record, _from, _to, now) => {
			const at = isoWithOffset(now);
			record.updated_at = at;
			const order = owner.get(record);
			if (order) order.updated_at = at;
		},
	});
}
