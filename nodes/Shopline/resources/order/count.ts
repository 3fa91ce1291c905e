import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { filtersCollection } from '../../../shared/description/listFields';
import { checkFilters } from '../../helpers/order';
import { shoplineOutput } from '../../helpers/output';
import { statusFilters } from './filters';

// GET orders/count.json takes the same status and date filters as Get Many.
export const option: INodePropertyOptions = {
	name: 'Count',
	value: 'count',
	action: 'Count orders',
	description: 'Get the number of orders matching the filters',
	routing: {
		request: { method: 'GET', url: '/orders/count.json' },
		send: { preSend: [checkFilters] },
		output: { postReceive: shoplineOutput() },
	},
};

const fields: INodeProperties[] = [filtersCollection(statusFilters)];

export const description = updateDisplayOptions(
	{ show: { resource: ['order'], operation: ['count'] } },
	fields,
);
