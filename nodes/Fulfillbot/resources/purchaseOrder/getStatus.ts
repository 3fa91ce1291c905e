import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fulfillbotOutput } from '../../helpers/output';
import { purchaseOrderPath } from '../../helpers/paths';
import { orderIdField } from './orderId';

export const option: INodePropertyOptions = {
	name: 'Get Status',
	value: 'getStatus',
	action: 'Get the status of a purchase order',
	description: 'Get only the status of an order',
	routing: {
		request: { method: 'GET', url: '/orders/{orderId}/status' },
		send: { preSend: [purchaseOrderPath] },
		output: { postReceive: fulfillbotOutput },
	},
};

const fields: INodeProperties[] = [orderIdField()];

export const description = updateDisplayOptions(
	{ show: { resource: ['purchaseOrder'], operation: ['getStatus'] } },
	fields,
);
