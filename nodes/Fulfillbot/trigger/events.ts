/** The trigger's event names (the `events` parameter's values and the items' `event`). */
export const EVENTS = {
	purchaseOrderCreated: 'purchaseOrderCreated',
	purchaseOrderStatusChanged: 'purchaseOrderStatusChanged',
	shippingOrderStatusChanged: 'shippingOrderStatusChanged',
	packageArrived: 'packageArrived',
} as const;

export type FulfillbotEvent = (typeof EVENTS)[keyof typeof EVENTS];
