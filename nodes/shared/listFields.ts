import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

/**
 * The Return All + Limit pair every list operation has. Paging itself is done by the operation's
 * `routing.operations.pagination` (see paging.ts), which reads these two parameters.
 */
export function returnAllAndLimit(show: IDisplayOptions['show']): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			displayOptions: { show },
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			displayOptions: { show: { ...show, returnAll: [false] } },
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
		},
	];
}

/** The optional "Filters" collection of a list operation; each option carries its own `routing.send`. */
export function filtersCollection(show: IDisplayOptions['show'], options: INodeProperties[]): INodeProperties {
	return { displayName: 'Filters', name: 'filters', type: 'collection', placeholder: 'Add Filter', default: {}, displayOptions: { show }, options };
}
