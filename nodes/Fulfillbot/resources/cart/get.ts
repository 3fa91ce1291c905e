import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fulfillbotOutput } from '../../helpers/output';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get the cart',
	description: 'Get the cart with its items, item count and total amount',
	routing: {
		request: { method: 'GET', url: '/cart' },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [];

export const description = updateDisplayOptions(
	{ show: { resource: ['cart'], operation: ['get'] } },
	fields,
);
