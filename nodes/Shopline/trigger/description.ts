import type { INodeProperties, IPollFunctions } from 'n8n-workflow';

import { EVENTS } from './events';
import {
	requestsPerPoll as sharedRequestsPerPoll,
	requestsPerPollProperty,
} from '../../shared/poll/requestsPerPoll';
import { notice } from '../../shared/description/notice';
import { eventsField } from '../../shared/description/events';

/** A third of what SHOPLINE's bucket drains in a minute (4 a second): the rest stays with the store's other workflows. */
export const DEFAULT_REQUESTS_PER_POLL = 80;

export function requestsPerPoll(ctx: IPollFunctions): number {
	return sharedRequestsPerPoll(ctx, DEFAULT_REQUESTS_PER_POLL);
}

export const triggerProperties: INodeProperties[] = [
	eventsField(
		[
			{
				name: 'Fulfillment Created',
				value: EVENTS.fulfillmentCreated,
				description: 'An order got a new fulfillment (a shipment), with its tracking information',
			},
			{
				name: 'Fulfillment Shipment Status Changed',
				value: EVENTS.shipmentStatusChanged,
				description:
					'A fulfillment’s shipment status changed (picked up, out for delivery, delivered, failure) or the fulfillment was cancelled',
			},
			{
				name: 'Inventory Level Changed',
				value: EVENTS.inventoryLevelChanged,
				description:
					'The stock available of an inventory item at a location changed, with the previous value',
			},
			{
				name: 'Order Created',
				value: EVENTS.orderCreated,
				description: 'A new order was placed',
			},
			{
				name: 'Order Financial Status Changed',
				value: EVENTS.financialStatusChanged,
				description: 'An order’s payment status changed (e.g. unpaid → paid, paid → refunded)',
			},
			{
				name: 'Order Fulfillment Status Changed',
				value: EVENTS.fulfillmentStatusChanged,
				description: 'An order’s shipping status changed (unshipped → partial → shipped)',
			},
			{
				name: 'Order Updated',
				value: EVENTS.orderUpdated,
				description: 'An existing order changed in any way (new orders are "Order Created")',
			},
			{
				name: 'Product Updated',
				value: EVENTS.productUpdated,
				description: 'A product was created or changed (its variants included)',
			},
		],
		[EVENTS.orderCreated],
	),
	notice(
		'Fulfillment events cost one extra request per changed order (SHOPLINE allows 4 requests per second per store), as many as Max Requests per Poll leaves; the rest wait for the next poll. A quiet poll is always a single request.',
		'fulfillmentNotice',
		{ show: { events: [EVENTS.fulfillmentCreated, EVENTS.shipmentStatusChanged] } },
	),
	notice(
		'Product Updated costs one request per poll when nothing changed. Inventory Level Changed has no "changed since" filter in SHOPLINE’s API: each poll walks the catalog on from where the last stopped, one request per 250 products plus one per 50 inventory items, with what Max Requests per Poll leaves (at least 2). A store of 10,000 single-variant products takes 240 requests for a full round (three polls at the default 80); a change is reported when the round reaches its level.',
		'levelNotice',
		{ show: { events: [EVENTS.inventoryLevelChanged] } },
	),
	requestsPerPollProperty(
		DEFAULT_REQUESTS_PER_POLL,
		'The most one poll should send. A quiet poll is one request; orders whose fulfillments do not fit are read at the next poll, and a first activation on a large store reads this many pages and learns the rest over the next polls. The default is a third of the 240 requests a minute SHOPLINE allows per store.',
	),
];
