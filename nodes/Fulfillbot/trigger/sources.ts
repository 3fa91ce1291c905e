import type { IDataObject } from 'n8n-workflow';

import type { RecordShape } from '../../shared/poll/statusChanges';
import { EVENTS } from './events';

/** One list the trigger watches, in the API's words (docs/api-notes.md#fulfillbot-purchase-orders). */
export type SourceKey = 'purchaseOrders' | 'shippingOrders' | 'packages';

export interface Source {
	key: SourceKey;
	path: string;
	shape: RecordShape<IDataObject>;
	/** Event names emitted for a new record / a status change (null: not an event of this source). */
	createdEvent: string | null;
	changedEvent: string | null;
	/** Status a record is created in: one first seen past it changed between two polls. */
	initialStatus?: string;
}

const time = (value: unknown) => {
	const ms = Date.parse(String(value ?? ''));
	return Number.isFinite(ms) ? ms : 0;
};

export const PURCHASE_ORDER_STATUSES = [
	'pending',
	'paid',
	'purchased',
	'shipped_to_warehouse',
	'in_warehouse',
	'completed',
	'cancelled',
] as const;

/** Statuses a purchase order can still leave (the rest, completed and cancelled, are final). */
export const OPEN_PURCHASE_ORDER_STATUSES = [
	'pending',
	'paid',
	'purchased',
	'shipped_to_warehouse',
	'in_warehouse',
];

export const SOURCES: Source[] = [
	{
		key: 'purchaseOrders',
		path: '/orders',
		shape: {
			id: (r) => String(r.orderNo),
			status: (r) => String(r.status),
			createdAt: (r) => time(r.createdAt),
			isTerminal: (s) => s === 'completed' || s === 'cancelled',
		},
		createdEvent: EVENTS.purchaseOrderCreated,
		changedEvent: EVENTS.purchaseOrderStatusChanged,
	},
	{
		// The docs show shipping statuses pending and shipped only; delivered follows confirm-delivery.
		key: 'shippingOrders',
		path: '/shipping/orders',
		shape: {
			id: (r) => String(r.orderNo),
			status: (r) => String(r.status),
			createdAt: (r) => time(r.createdAt),
			isTerminal: (s) => s === 'delivered' || s === 'cancelled',
		},
		createdEvent: null,
		changedEvent: EVENTS.shippingOrderStatusChanged,
		initialStatus: 'pending',
	},
	{
		// Arrival = a package not seen before; its later statuses are not events of this trigger.
		key: 'packages',
		path: '/warehouse/packages',
		shape: {
			id: (r) => String(r.id),
			status: (r) => String(r.status),
			createdAt: (r) => time(r.arrivedAt),
			isTerminal: () => true,
		},
		createdEvent: EVENTS.packageArrived,
		changedEvent: null,
	},
];

/** The lists the selected events need, in SOURCES' order. */
export function sourcesFor(events: string[]): Source[] {
	return SOURCES.filter(
		(s) =>
			(s.createdEvent && events.includes(s.createdEvent)) ||
			(s.changedEvent && events.includes(s.changedEvent)),
	);
}
