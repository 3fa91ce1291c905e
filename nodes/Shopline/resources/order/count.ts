import type { INodeProperties } from 'n8n-workflow';

import { statusFilters } from './filters';

// GET orders/count.json takes the same status and date filters as Get Many.
export const orderCountDescription: INodeProperties[] = [
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: { resource: ['order'], operation: ['count'] } },
		options: statusFilters,
	},
];
