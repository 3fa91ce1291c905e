import type { INodeProperties } from 'n8n-workflow';

/**
 * The Return All + Limit pair every list operation has (the operation's file adds its display
 * options). Paging itself is done by the operation's `routing.operations.pagination` (see
 * paging.ts), which reads these two parameters.
 */
export function returnAllAndLimit(): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			displayOptions: { show: { returnAll: [false] } },
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
		},
	];
}

/** The optional "Filters" collection of a list operation; each option carries its own `routing.send`. */
export function filtersCollection(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options,
	};
}

/** The optional "Options" collection of an operation; each option carries its own `routing.send`. */
export function optionsCollection(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options,
	};
}

/** A text filter or option sent unchanged as the query parameter `name`. */
export function queryText(
	displayName: string,
	name: string,
	description: string,
	placeholder = '',
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		default: '',
		placeholder,
		description,
		routing: { send: { type: 'query', property: name } },
	};
}

/** The "Update Fields" collection of an update: only the fields the user adds are sent. */
export function updateFieldsCollection(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options,
	};
}

/** The "Additional Fields" collection of a create: the optional fields, sent only when added. */
export function additionalFieldsCollection(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options,
	};
}
