import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { orderId } from '../../helpers/ids';
import { fulfillbotOutput } from '../../helpers/output';

export const option: INodePropertyOptions = {
	name: 'Get Inspection',
	value: 'getInspection',
	action: 'Get the inspection of a purchase order',
	description: 'Get the quality-check result of an order: result, weight and photos',
	routing: {
		request: { method: 'GET', url: '/orders/{orderId}/inspection' },
		send: { preSend: [orderId.fill] },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [orderId.field()];

export const description = updateDisplayOptions(
	{ show: { resource: ['purchaseOrder'], operation: ['getInspection'] } },
	fields,
);
