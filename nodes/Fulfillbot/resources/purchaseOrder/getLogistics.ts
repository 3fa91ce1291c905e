import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fulfillbotOutput } from '../../helpers/output';
import { purchaseOrderPath } from '../../helpers/paths';
import { orderIdField } from './orderId';

export const option: INodePropertyOptions = {
	name: 'Get Logistics',
	value: 'getLogistics',
	action: 'Get the logistics of a purchase order',
	description: 'Get the domestic tracking of an order on its way to the warehouse',
	routing: {
		request: { method: 'GET', url: '/orders/{orderId}/logistics' },
		send: { preSend: [purchaseOrderPath] },
		output: { postReceive: fulfillbotOutput },
	},
};

const fields: INodeProperties[] = [orderIdField()];

export const description = updateDisplayOptions(
	{ show: { resource: ['purchaseOrder'], operation: ['getLogistics'] } },
	fields,
);
