import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/listFields';

const showOnlyForSearch = { resource: ['product'], operation: ['search'] };
const showOnlyForPlatformSearch = { resource: ['product'], operation: ['search1688', 'searchTaobao', 'searchWeidian'] };

// GET /products/search?q=&page=&limit= (seed 000 code example) and the platform searches, which
// take the same `q`. Page and limit come from Return All / Limit via the operation's paginator.
export const productSearchDescription: INodeProperties[] = [
	{
		displayName: 'Search Query',
		name: 'q',
		type: 'string',
		default: '',
		placeholder: 'shoes',
		displayOptions: { show: showOnlyForSearch },
		description: 'Words to look for in the local catalog. Leave empty to list the whole catalog.',
		routing: { send: { type: 'query', property: 'q', value: '={{ $value || undefined }}' } },
	},
	{
		displayName: 'Search Query',
		name: 'q',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'shoes',
		displayOptions: { show: showOnlyForPlatformSearch },
		description: 'Words to look for on the platform',
		routing: { send: { type: 'query', property: 'q' } },
	},
	...returnAllAndLimit({ resource: ['product'], operation: ['search', 'search1688', 'searchTaobao', 'searchWeidian'] }),
];
