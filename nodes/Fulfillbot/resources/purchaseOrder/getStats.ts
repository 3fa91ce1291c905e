import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fulfillbotOutput } from '../../helpers/output';

export const option: INodePropertyOptions = {
	name: 'Get Stats',
	value: 'getStats',
	action: 'Get purchase order statistics',
	description: 'Get statistics of your purchase orders',
	routing: {
		request: { method: 'GET', url: '/orders/stats' },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [];

export const description = updateDisplayOptions(
	{ show: { resource: ['purchaseOrder'], operation: ['getStats'] } },
	fields,
);
