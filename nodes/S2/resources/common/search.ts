import type { INodeProperties } from 'n8n-workflow';

import { filtersCollection } from '../../../shared/listFields';

type Show = { resource: string[]; operation: string[] };

// The `term` query of GET /order, /account, /product: a free-text search.
export function searchFilter(show: Show, description: string): INodeProperties {
	return filtersCollection(show, [
		{
			displayName: 'Search Term',
			name: 'term',
			type: 'string',
			default: '',
			description,
			routing: { send: { type: 'query', property: 'term', value: '={{ $value.trim() || undefined }}' } },
		},
	]);
}
