import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { filtersCollection } from '../../../shared/description/listFields';
import { checkProductFilters } from '../../helpers/catalog';
import { shoplineOutput } from '../../helpers/output';
import { countFilters } from './filters';

// GET products/count.json (get_product_count): status, collection and date filters.
export const option: INodePropertyOptions = {
	name: 'Count',
	value: 'count',
	action: 'Count products',
	description: 'Get the number of products matching the filters',
	routing: {
		request: { method: 'GET', url: '/products/count.json' },
		send: { preSend: [checkProductFilters] },
		output: { postReceive: shoplineOutput() },
	},
};

const fields: INodeProperties[] = [filtersCollection(countFilters)];

export const description = updateDisplayOptions(
	{ show: { resource: ['product'], operation: ['count'] } },
	fields,
);
