import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fulfillbotOutput } from '../../helpers/output';

export const option: INodePropertyOptions = {
	name: 'Clear',
	value: 'clear',
	action: 'Clear the cart',
	description: 'Remove every item from the cart',
	routing: {
		request: { method: 'DELETE', url: '/cart' },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [];

export const description = updateDisplayOptions(
	{ show: { resource: ['cart'], operation: ['clear'] } },
	fields,
);
