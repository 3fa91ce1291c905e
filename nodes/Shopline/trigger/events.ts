/** The trigger's events (parameter values). */
export const EVENTS = {
	orderCreated: 'orderCreated',
	orderUpdated: 'orderUpdated',
	financialStatusChanged: 'orderFinancialStatusChanged',
	fulfillmentStatusChanged: 'orderFulfillmentStatusChanged',
	fulfillmentCreated: 'fulfillmentCreated',
	shipmentStatusChanged: 'fulfillmentShipmentStatusChanged',
	productUpdated: 'productUpdated',
	inventoryLevelChanged: 'inventoryLevelChanged',
} as const;

export type ShoplineEvent = (typeof EVENTS)[keyof typeof EVENTS];

/** Events that need each changed order's fulfillments (one request per changed order). */
export const FULFILLMENT_EVENTS: string[] = [
	EVENTS.fulfillmentCreated,
	EVENTS.shipmentStatusChanged,
];
/** Events that need the remembered statuses of open orders. */
export const STATUS_EVENTS: string[] = [
	EVENTS.financialStatusChanged,
	EVENTS.fulfillmentStatusChanged,
	...FULFILLMENT_EVENTS,
];
/** Events read from the order list (orders.ts). */
export const ORDER_EVENTS: string[] = [EVENTS.orderCreated, EVENTS.orderUpdated, ...STATUS_EVENTS];
