/** The trigger's event names (the `events` parameter's values and the items' `event`). */
export const EVENTS = {
	orderStatusChanged: 'orderStatusChanged',
	orderAssignStatusChanged: 'orderAssignStatusChanged',
	fulfillmentCreated: 'fulfillmentCreated',
	fulfillmentStatusChanged: 'fulfillmentStatusChanged',
	shipmentStatusChanged: 'shipmentStatusChanged',
	trackingNumberAssigned: 'trackingNumberAssigned',
} as const;

export type S2Event = (typeof EVENTS)[keyof typeof EVENTS];

export const ORDER_EVENTS: string[] = [EVENTS.orderStatusChanged, EVENTS.orderAssignStatusChanged];
/** Events that need each watched order's details (GET /order/{orderId}): S2 has no fulfillment list. */
export const FULFILLMENT_EVENTS: string[] = [
	EVENTS.fulfillmentCreated,
	EVENTS.fulfillmentStatusChanged,
	EVENTS.shipmentStatusChanged,
	EVENTS.trackingNumberAssigned,
];

/** Status filters (upper-case values; empty = every change). */
export interface StatusFilters {
	orderStatuses: string[];
	assignStatuses: string[];
	fulfillmentStatuses: string[];
}

export const passes = (only: string[], status: string): boolean =>
	only.length === 0 || only.includes(status);
