import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { shoplineOutput } from '../../helpers/output';

// GET locations/list.json (get_locations): every location in one answer (the SDK has no paging or filters: docs/api-notes.md#shopline-catalog).
export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many locations',
	description: 'List the store’s locations (warehouses)',
	routing: {
		request: { method: 'GET', url: '/locations/list.json' },
		output: { postReceive: shoplineOutput('locations') },
	},
};

const fields: INodeProperties[] = [];

export const description = updateDisplayOptions(
	{ show: { resource: ['location'], operation: ['getAll'] } },
	fields,
);
