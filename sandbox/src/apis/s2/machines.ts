import { isoMillis } from '../../core/clock';
import type { StatusMachineRegistry } from '../../core/statusMachines';
import type { SandboxState } from '../../state';
import type { S2Fulfillment, S2Order, S2Shipment } from './model';
import { FULFILLMENT_STATUSES } from './model';

/** Public tracking pages; OTHER has none, so the sandbox points at an example host. */
const TRACKING_URLS: Record<string, (n: string) => string> = {
	UPS: (n) => `https://www.ups.com/track?tracknum=${n}`,
	FEDEX: (n) => `https://www.fedex.com/fedextrack/?trknbr=${n}`,
	USPS: (n) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}`,
};
const trackingUrl = (carrierId: string, n: string) =>
	(
		TRACKING_URLS[carrierId] ??
		((x: string) => `https://tracking.example.com/${carrierId.toLowerCase()}/${x}`)
	)(n);

/** Deterministic from the shipment id, so a test can predict it: 1Z + 16 hex for UPS, 12 digits for FedEx, 22 for USPS. */
function trackingNumber(shipment: S2Shipment): string {
	const hex = shipment.id.replace(/-/g, '').toUpperCase();
	const digits = (n: number) => BigInt(`0x${hex}`).toString().slice(-n).padStart(n, '0');
	switch (shipment.shippingCarrierId) {
		case 'UPS':
			return `1Z${hex.slice(0, 16)}`;
		case 'FEDEX':
			return digits(12);
		case 'USPS':
			return `92${digits(20)}`;
		default:
			return `S2${hex.slice(0, 12)}`;
	}
}

function ship(fulfillment: S2Fulfillment, at: string): void {
	fulfillment.warehousePickStatus = 'COMPLETED';
	for (const shipment of fulfillment.shipments) {
		shipment.status = 'SHIPPED';
		// A tracking number given at creation is kept.
		shipment.trackingNumber ||= trackingNumber(shipment);
		shipment.trackingUrl = trackingUrl(shipment.shippingCarrierId, shipment.trackingNumber);
		shipment.updatedAt = at;
	}
}

/** The order is FULFILLED once every one of its fulfillments has shipped (a cancelled order stays cancelled). */
function settleOrder(state: SandboxState, fulfillment: S2Fulfillment, at: string): void {
	const order = state.s2.orders.find(
		(o) => o.id === fulfillment.orderId && o.organizationId === fulfillment.organizationId,
	);
	if (!order || order.status !== 'UNFULFILLED') return;
	const all = state.s2.fulfillments.filter(
		(f) => f.orderId === order.id && f.organizationId === order.organizationId,
	);
	if (all.every((f) => f.status === 'SHIPPED')) order.status = 'FULFILLED';
	order.updatedAt = at;
}

/** Status machines for `POST /__sandbox/advance {api: 's2', kind}`. */
export function registerS2Machines(registry: StatusMachineRegistry<SandboxState>): void {
	registry.register({
		api: 's2',
		kind: 'fulfillment',
		statuses: FULFILLMENT_STATUSES,
		terminal: ['SHIPPED'],
		idField: 'id',
		statusField: 'status',
		records: (state) => state.s2.fulfillments,
		// Pollers key on updatedAt, so every change bumps it (and the order's).
		onAdvance: (record, _from, to, now, state) => {
			const fulfillment = record as S2Fulfillment;
			const at = isoMillis(now);
			fulfillment.updatedAt = at;
			if (to === 'PENDING') fulfillment.warehousePickStatus = 'PICKING';
			if (to === 'SHIPPED') ship(fulfillment, at);
			settleOrder(state, fulfillment, at);
		},
	});

	registry.register({
		api: 's2',
		kind: 'order',
		statuses: ['UNFULFILLED', 'FULFILLED'],
		terminal: ['FULFILLED', 'CANCELLED'],
		idField: 'id',
		statusField: 'status',
		records: (state) => state.s2.orders,
		onAdvance: (record, _from, _to, now) => {
			(record as S2Order).updatedAt = isoMillis(now);
		},
	});
}
