import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/description/listFields';
import { pagedGet } from '../../helpers/pagedGet';

// GET /products/search?q=&page=&limit= (docs/api-notes.md#fulfillbot-paging). Page and limit come from Return
// All / Limit via the operation's paginator.
export const option: INodePropertyOptions = {
	name: 'Search',
	value: 'search',
	action: 'Search the catalog',
	description: 'Search products in the local catalog',
	routing: pagedGet('/products/search'),
};

const fields: INodeProperties[] = [
	{
		displayName: 'Search Query',
		name: 'q',
		type: 'string',
		default: '',
		placeholder: 'shoes',
		description: 'Words to look for in the local catalog. Leave empty to list the whole catalog.',
		routing: { send: { type: 'query', property: 'q', value: '={{ $value || undefined }}' } },
	},
	...returnAllAndLimit(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['product'], operation: ['search'] } },
	fields,
);
