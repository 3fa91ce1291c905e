import { isoSeconds } from '../../core/clock';
import type { StatusMachine, StatusMachineRegistry } from '../../core/statusMachines';
import type { SandboxState } from '../../state';
import { ledger } from './ledger';
import type { FulfillbotPurchaseOrder, FulfillbotShippingOrder, FulfillbotState } from './model';
import { PURCHASE_ORDER_STATUSES } from './model';
import { chargedAmount } from './orders';

/** Status machines for `POST /__sandbox/advance {api: 'fulfillbot', kind}`. */
export function registerFulfillbotMachines(registry: StatusMachineRegistry<SandboxState>): void {
	registry.register(
		orderMachine(
			'order',
			// The documented purchase-order statuses, in order; cancelled is a dead end.
			PURCHASE_ORDER_STATUSES.filter((s) => s !== 'cancelled'),
			['completed', 'cancelled'],
			(state) => state.orders,
			(state, order: FulfillbotPurchaseOrder, to, now) => {
				// The warehouse-bound parcel gets a domestic tracking number once the seller ships.
				if (to === 'shipped_to_warehouse' && !order.logistics) {
					order.logistics = { trackingNo: `SF${String(now).slice(-10)}`, carrier: 'SF Express' };
				}
				if (to === 'in_warehouse') receive(state, order, now);
				if (to === 'completed') ledger(state, order.userId).settle(chargedAmount(order));
			},
		),
	);

	registry.register(
		orderMachine(
			'shipping-order',
			['pending', 'shipped', 'delivered'],
			['delivered', 'cancelled'],
			(state) => state.shippingOrders,
			(state, order: FulfillbotShippingOrder, to) => {
				if (to !== 'shipped') return;
				const channel = state.channels.find((c) => c.channelId === order.channelId);
				order.trackingNo = `${channel?.trackingPrefix ?? 'CN'}${order.orderNo.replace(/\D/g, '').slice(-10).padStart(10, '0')}CN`;
				// The packages leave the warehouse with the order.
				for (const p of state.packages)
					if (p.shippingOrderNo === order.orderNo) p.status = 'shipped';
			},
		),
	);
}

/** A kind of Fulfillbot order, keyed by `orderNo`: every step stamps `updatedAt`, then `advance` adds its own effects. */
function orderMachine<T extends FulfillbotPurchaseOrder | FulfillbotShippingOrder>(
	kind: string,
	statuses: readonly string[],
	terminal: readonly string[],
	records: (state: FulfillbotState) => T[],
	advance: (state: FulfillbotState, order: T, to: string, now: number) => void,
): StatusMachine<SandboxState> {
	return {
		api: 'fulfillbot',
		kind,
		statuses,
		terminal,
		idField: 'orderNo',
		statusField: 'status',
		records: (state) => records(state.fulfillbot),
		onAdvance: (record, _from, to, now, state) => {
			const order = record as T;
			order.updatedAt = isoSeconds(now);
			advance(state.fulfillbot, order, to, now);
		},
	};
}

/** Arrival at the warehouse: one inspected package per order line. */
function receive(state: FulfillbotState, order: FulfillbotPurchaseOrder, now: number): void {
	const photos: string[] = [];
	let total = 0;
	for (const [i, item] of order.items.entries()) {
		const unit = state.products.find((p) => p.id === item.productId)?.weight ?? 500;
		const photo = `https://example.com/qc/${order.orderNo}-${i + 1}.jpg`;
		photos.push(photo);
		total += unit * item.quantity;
		state.packages.push({
			id: state.sequences.package++,
			userId: order.userId,
			productName: item.title,
			weight: unit * item.quantity,
			quantity: item.quantity,
			status: 'in_warehouse',
			orderId: order.orderNo,
			inspectionPhotos: [photo],
			arrivedAt: isoSeconds(now),
			shippingOrderNo: null,
		});
	}
	order.inspection = { result: 'passed', weight: total, photos };
}
