import type { INodeProperties } from 'n8n-workflow';

import { orderIdField } from '../orderIdField';

// The order every fulfillment operation acts on: orders/{order_id}/fulfillments...
export const fulfillmentOrderIdDescription: INodeProperties[] = [
	orderIdField({ resource: ['fulfillment'] }),
	{
		displayName: 'Fulfillment ID',
		name: 'fulfillmentId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '4005740193290131085320',
		description: 'The fulfillment’s numeric ID, e.g. from Fulfillment → Get Many or Create',
		displayOptions: { show: { resource: ['fulfillment'], operation: ['cancel', 'updateTracking'] } },
	},
];
