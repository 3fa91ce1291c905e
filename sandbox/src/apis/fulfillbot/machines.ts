import { isoSeconds } from '../../core/clock';
import type { StatusMachineRegistry } from '../../core/statusMachines';
import type { SandboxState } from '../../state';
import { ledger } from './ledger';
import type { FulfillbotPurchaseOrder, FulfillbotShippingOrder, FulfillbotState } from './model';
import { PURCHASE_ORDER_STATUSES } from './model';
import { chargedAmount } from './orders';

/** Status machines for `POST /__sandbox/advance {api: 'fulfillbot', kind}`. */
export function registerFulfillbotMachines(registry: StatusMachineRegistry<SandboxState>): void {
	// `state` is only known per advance; records() hands it to onAdvance through this.
	let current: FulfillbotState | undefined;

	registry.register({
		api: 'fulfillbot',
		kind: 'order',
		// The documented purchase-order statuses, in order; cancelled is a dead end.
		statuses: PURCHASE_ORDER_STATUSES.filter((s) => s !== 'cancelled'),
		terminal: ['completed', 'cancelled'],
		idField: 'orderNo',
		statusField: 'status',
		records: (state) => {
			current = state.fulfillbot;
			return state.fulfillbot.orders;
		},
		onAdvance: (record, _from, to, now) => {
			const order = record as FulfillbotPurchaseOrder;
			order.updatedAt = isoSeconds(now);
			// The warehouse-bound parcel gets a domestic tracking number once the seller ships.
			if (to === 'shipped_to_warehouse' && !order.logistics) {
				order.logistics = { trackingNo: `SF${String(now).slice(-10)}`, carrier: 'SF Express' };
			}
			if (to === 'in_warehouse') receive(current!, order, now);
			if (to === 'completed') ledger(current!, order.userId).settle(chargedAmount(order));
		},
	});

	registry.register({
		api: 'fulfillbot',
		kind: 'shipping-order',
		statuses: ['pending', 'shipped', 'delivered'],
		terminal: ['delivered', 'cancelled'],
		idField: 'orderNo',
		statusField: 'status',
		records: (state) => {
			current = state.fulfillbot;
			return state.fulfillbot.shippingOrders;
		},
		onAdvance: (record, _from, to, now) => {
			const order = record as FulfillbotShippingOrder;
			order.updatedAt = isoSeconds(now);
			if (to !== 'shipped') return;
			const channel = current!.channels.find((c) => c.channelId === order.channelId);
			order.trackingNo = `${channel?.trackingPrefix ?? 'CN'}${order.orderNo.replace(/\D/g, '').slice(-10).padStart(10, '0')}CN`;
			// The packages leave the warehouse with the order.
			for (const p of current!.packages)
				if (p.shippingOrderNo === order.orderNo) p.status = 'shipped';
		},
	});
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
