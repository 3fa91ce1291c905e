import type { INodeProperties } from 'n8n-workflow';

// The order every fulfillment operation acts on: orders/{order_id}/fulfillments...
export const fulfillmentOrderIdDescription: INodeProperties[] = [
	{
		displayName: 'Order ID',
		name: 'orderId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '21057401932826316666967001',
		description: 'The order’s numeric ID (not its name such as #1001), e.g. from Order → Get Many',
		displayOptions: { show: { resource: ['fulfillment'] } },
	},
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
