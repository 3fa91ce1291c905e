import { pathId } from '../../shared/input/parameters';

// S2's path IDs, each defined once: `orderId.field()` is the operation's field, `orderId.fill` its
// first preSend step (checked and encoded as one path segment, shared/input/pathId.ts).

/** GET /order/{orderId} (Get Order Details) and POST /order/{orderId}/cancel. */
export const orderId = pathId({
	name: 'orderId',
	displayName: 'Order ID',
	placeholder: 'ae52b0ab-8f0c-4b11-9c13-c5c221228ecd',
	description: 'The S2 order’s ID, e.g. from Order → Get Many',
	fix: 'Enter the S2 order’s ID, e.g. from Order → Get Many.',
});

/** GET /fulfillment/{id}. */
export const fulfillmentId = pathId({
	name: 'fulfillmentId',
	displayName: 'Fulfillment ID',
	placeholder: '295dbfaa-de55-40aa-ad6b-71f05972288',
	description: 'The fulfillment’s ID, e.g. from Fulfillment → Create or an order’s details',
	fix: 'Enter the fulfillment’s ID, e.g. from Fulfillment → Create.',
});
