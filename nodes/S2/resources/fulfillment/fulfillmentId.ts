import type { INodeProperties } from 'n8n-workflow';

// GET /fulfillment/{id}.
export const fulfillmentIdDescription: INodeProperties[] = [
	{
		displayName: 'Fulfillment ID',
		name: 'fulfillmentId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '295dbfaa-de55-40aa-ad6b-71f05972288',
		description: 'The fulfillment’s ID, e.g. from Fulfillment → Create or an order’s details',
		displayOptions: { show: { resource: ['fulfillment'], operation: ['get'] } },
	},
];
