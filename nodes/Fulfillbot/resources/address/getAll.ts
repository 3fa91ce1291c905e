import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fulfillbotOutput } from '../../helpers/output';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many addresses',
	description: 'Get the saved addresses',
	routing: {
		request: { method: 'GET', url: '/user/addresses' },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [];

export const description = updateDisplayOptions(
	{ show: { resource: ['address'], operation: ['getAll'] } },
	fields,
);
