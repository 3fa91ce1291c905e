import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fulfillbotOutput } from '../../helpers/output';
import { purchaseOrderPath } from '../../helpers/paths';
import { orderIdField } from './orderId';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a purchase order',
	description: 'Get an order with its items, logistics and inspection',
	routing: {
		request: { method: 'GET', url: '/orders/{orderId}' },
		send: { preSend: [purchaseOrderPath] },
		output: { postReceive: fulfillbotOutput },
	},
};

const fields: INodeProperties[] = [orderIdField()];

export const description = updateDisplayOptions(
	{ show: { resource: ['purchaseOrder'], operation: ['get'] } },
	fields,
);
