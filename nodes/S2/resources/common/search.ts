import type { INodeProperties } from 'n8n-workflow';

import { filtersCollection } from '../../../shared/description/listFields';

// The `term` query of GET /order, /account, /product: a free-text search.
export function searchFilter(description: string): INodeProperties {
	return filtersCollection([
		{
			displayName: 'Search Term',
			name: 'term',
			type: 'string',
			default: '',
			description,
			routing: {
				send: { type: 'query', property: 'term', value: '={{ $value.trim() || undefined }}' },
			},
		},
	]);
}
