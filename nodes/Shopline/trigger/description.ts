import type { INodeProperties, IPollFunctions } from 'n8n-workflow';

import { EVENTS } from './events';
import {
	requestsPerPoll as sharedRequestsPerPoll,
	requestsPerPollProperty,
} from '../../shared/poll/requestsPerPoll';

/** A third of what SHOPLINE's bucket drains in a minute (4 a second): the rest stays with the store's other workflows. */
export const DEFAULT_REQUESTS_PER_POLL = 80;

export function requestsPerPoll(ctx: IPollFunctions): number {
	return sharedRequestsPerPoll(ctx, DEFAULT_REQUESTS_PER_POLL);
}

export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		required: true,
		default: [EVENTS.orderCreated],
		options: [
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
		],
	},
	{
		displayName:
			'Fulfillment events cost one extra request per changed order (SHOPLINE allows 4 requests per second per store), as many as Max Requests per Poll leaves; the rest wait for the next poll. A quiet poll is always a single request.',
		name: 'fulfillmentNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { events: [EVENTS.fulfillmentCreated, EVENTS.shipmentStatusChanged] } },
	},
	requestsPerPollProperty(
		DEFAULT_REQUESTS_PER_POLL,
		'The most one poll should send. A quiet poll is one request; orders whose fulfillments do not fit are read at the next poll, and a first activation on a large store reads this many pages and learns the rest over the next polls. The default is a third of the 240 requests a minute SHOPLINE allows per store.',
	),
];
