import type { INodeProperties, IPollFunctions } from 'n8n-workflow';

import { EVENTS } from './events';
import { PURCHASE_ORDER_STATUSES } from './sources';
import {
	requestsPerPoll as sharedRequestsPerPoll,
	requestsPerPollProperty,
} from '../../shared/poll/requestsPerPoll';
import { eventsField } from '../../shared/description/events';

/** A third of Fulfillbot's default 60 requests a minute per key: the rest stays with the key's workflows. */
export const DEFAULT_REQUESTS_PER_POLL = 20;

export function requestsPerPoll(ctx: IPollFunctions): number {
	return sharedRequestsPerPoll(ctx, DEFAULT_REQUESTS_PER_POLL);
}

const label = (status: string) => status.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

export const triggerProperties: INodeProperties[] = [
	eventsField(
		[
			{
				name: 'New Purchase Order',
				value: EVENTS.purchaseOrderCreated,
				description: 'A purchase order appeared since the last poll',
			},
			{
				name: 'Package Arrived in Warehouse',
				value: EVENTS.packageArrived,
				description: 'A new package is in the Fulfillbot warehouse',
			},
			{
				name: 'Purchase Order Status Changed',
				value: EVENTS.purchaseOrderStatusChanged,
				description: 'A purchase order moved to another status',
			},
			{
				name: 'Shipping Order Status Changed',
				value: EVENTS.shippingOrderStatusChanged,
				description:
					'A shipping order moved to another status (e.g. shipped, with its tracking number)',
			},
		],
		[EVENTS.purchaseOrderStatusChanged],
	),
	{
		displayName: 'Only to Statuses',
		name: 'statuses',
		type: 'multiOptions',
		default: [],
		description:
			'Emit purchase order status changes only when the new status is one of these. Empty: every change.',
		displayOptions: { show: { events: [EVENTS.purchaseOrderStatusChanged] } },
		options: PURCHASE_ORDER_STATUSES.map((s) => ({ name: label(s), value: s })),
	},
	requestsPerPollProperty(
		DEFAULT_REQUESTS_PER_POLL,
		"The most one poll should send. An idle poll costs about 7 requests for purchase orders, whatever their history; work that does not fit (many orders leaving their lists at once) is saved and resumed at the next poll. The default is a third of Fulfillbot's 60 requests a minute per key.",
	),
];
