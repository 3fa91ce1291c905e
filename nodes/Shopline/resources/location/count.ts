import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { shoplineOutput } from '../../helpers/output';

// GET locations/count.json (statistics_number_of_locations).
export const option: INodePropertyOptions = {
	name: 'Count',
	value: 'count',
	action: 'Count locations',
	description: 'Get the number of store locations',
	routing: {
		request: { method: 'GET', url: '/locations/count.json' },
		output: { postReceive: shoplineOutput() },
	},
};

const fields: INodeProperties[] = [];

export const description = updateDisplayOptions(
	{ show: { resource: ['location'], operation: ['count'] } },
	fields,
);
