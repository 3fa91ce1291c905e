import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { orderId } from '../../helpers/ids';
import { fulfillbotOutput } from '../../helpers/output';

export const option: INodePropertyOptions = {
	name: 'Get Logistics',
	value: 'getLogistics',
	action: 'Get the logistics of a purchase order',
	description: 'Get the domestic tracking of an order on its way to the warehouse',
	routing: {
		request: { method: 'GET', url: '/orders/{orderId}/logistics' },
		send: { preSend: [orderId.fill] },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [orderId.field()];

export const description = updateDisplayOptions(
	{ show: { resource: ['purchaseOrder'], operation: ['getLogistics'] } },
	fields,
);
