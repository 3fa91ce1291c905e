import type { INodeProperties } from 'n8n-workflow';

// The order Get and Cancel act on. SHOPLINE has no single-order GET: Get asks orders.json?ids=.
export const orderIdDescription: INodeProperties[] = [
	{
		displayName: 'Order ID',
		name: 'orderId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '21057401932826316666967001',
		description: 'The order’s numeric ID (not its name such as #1001), e.g. from Order → Get Many',
		displayOptions: { show: { resource: ['order'], operation: ['get', 'cancel'] } },
	},
];
