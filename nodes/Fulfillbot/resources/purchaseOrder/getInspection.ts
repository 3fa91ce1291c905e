import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fulfillbotOutput } from '../../helpers/output';
import { purchaseOrderPath } from '../../helpers/paths';
import { orderIdField } from './orderId';

export const option: INodePropertyOptions = {
	name: 'Get Inspection',
	value: 'getInspection',
	action: 'Get the inspection of a purchase order',
	description: 'Get the quality-check result of an order: result, weight and photos',
	routing: {
		request: { method: 'GET', url: '/orders/{orderId}/inspection' },
		send: { preSend: [purchaseOrderPath] },
		output: { postReceive: fulfillbotOutput },
	},
};

const fields: INodeProperties[] = [orderIdField()];

export const description = updateDisplayOptions(
	{ show: { resource: ['purchaseOrder'], operation: ['getInspection'] } },
	fields,
);
