import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { orderId } from '../../helpers/ids';
import { fulfillbotOutput } from '../../helpers/output';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a purchase order',
	description: 'Get an order with its items, logistics and inspection',
	routing: {
		request: { method: 'GET', url: '/orders/{orderId}' },
		send: { preSend: [orderId.fill] },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [orderId.field()];

export const description = updateDisplayOptions(
	{ show: { resource: ['purchaseOrder'], operation: ['get'] } },
	fields,
);
