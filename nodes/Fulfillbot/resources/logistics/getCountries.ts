import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fulfillbotOutput } from '../../helpers/output';

export const option: INodePropertyOptions = {
	name: 'Get Countries',
	value: 'getCountries',
	action: 'Get supported countries',
	description: 'Get the destination countries Fulfillbot ships to',
	routing: {
		request: { method: 'GET', url: '/logistics/countries' },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [];

export const description = updateDisplayOptions(
	{ show: { resource: ['logistics'], operation: ['getCountries'] } },
	fields,
);
