import type { INodeProperties, IPollFunctions } from 'n8n-workflow';

import { EVENTS } from './events';
import { KNOWN_FULFILLMENT_STATUSES, KNOWN_ORDER_STATUSES } from './sources';
import {
	requestsPerPoll as sharedRequestsPerPoll,
	requestsPerPollProperty,
} from '../../shared/poll/requestsPerPoll';
import { notice } from '../../shared/description/notice';
import { eventsField } from '../../shared/description/events';

// S2 documents no status enums (docs/api-notes.md#s2-statuses), so the filters take free text; the hints list the values seen in the docs.
const statusFilter = (
	displayName: string,
	name: string,
	event: string,
	known: string[],
	what: string,
): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	placeholder: known.join(', '),
	description: `Comma-separated ${what} (e.g. ${known.join(', ')}). Emit the change only when the new value is one of them. Empty: every change.`,
	displayOptions: { show: { events: [event] } },
});

/**
 * S2 documents no rate limit. 100 requests (about 10 s at 100 ms a request) keep a poll well inside a
 * one-minute interval and leave the token to the organization's other workflows.
 */
export const DEFAULT_REQUESTS_PER_POLL = 100;

export function requestsPerPoll(ctx: IPollFunctions): number {
	return sharedRequestsPerPoll(ctx, DEFAULT_REQUESTS_PER_POLL);
}

export const triggerProperties: INodeProperties[] = [
	notice(
		'Each poll reads every order, 100 per request. Fulfillment and shipment events also read the details of unfinished orders (S2 has no fulfillment list), as many as Max Requests per Poll leaves: new orders and orders whose status changed first, the others in turn over the next polls. Fulfillments without an order are not seen.',
		'notice',
	),
	eventsField(
		[
			{
				name: 'Fulfillment Status Changed',
				value: EVENTS.fulfillmentStatusChanged,
				description:
					'A fulfillment of an order moved to another status (e.g. CREATED → PENDING → SHIPPED)',
			},
			{
				name: 'New Fulfillment',
				value: EVENTS.fulfillmentCreated,
				description: 'A fulfillment was created for an order',
			},
			{
				name: 'Order Assign Status Changed',
				value: EVENTS.orderAssignStatusChanged,
				description:
					"An order's assign status changed (previousStatus holds the previous assign status)",
			},
			{
				name: 'Order Status Changed',
				value: EVENTS.orderStatusChanged,
				description: 'An order moved to another status (e.g. UNFULFILLED → FULFILLED or CANCELLED)',
			},
			{
				name: 'Shipment Status Changed',
				value: EVENTS.shipmentStatusChanged,
				description: 'A shipment of a fulfillment moved to another status',
			},
			{
				name: 'Tracking Number Assigned',
				value: EVENTS.trackingNumberAssigned,
				description: 'A shipment got its tracking number',
			},
		],
		[EVENTS.orderStatusChanged],
	),
	statusFilter(
		'Only to Order Statuses',
		'orderStatuses',
		EVENTS.orderStatusChanged,
		KNOWN_ORDER_STATUSES,
		'order statuses',
	),
	statusFilter(
		'Only to Assign Statuses',
		'assignStatuses',
		EVENTS.orderAssignStatusChanged,
		['ASSIGNED'],
		'assign statuses',
	),
	statusFilter(
		'Only to Fulfillment Statuses',
		'fulfillmentStatuses',
		EVENTS.fulfillmentStatusChanged,
		KNOWN_FULFILLMENT_STATUSES,
		'fulfillment statuses',
	),
	requestsPerPollProperty(
		DEFAULT_REQUESTS_PER_POLL,
		'The most one poll should send (the order list counts too). Order details that do not fit are read at the next polls, in turn; S2 documents no rate limit, and the default keeps a poll to about 10 seconds at 100 ms a request.',
		{
			show: {
				events: [
					EVENTS.fulfillmentCreated,
					EVENTS.fulfillmentStatusChanged,
					EVENTS.shipmentStatusChanged,
					EVENTS.trackingNumberAssigned,
				],
			},
		},
	),
];
