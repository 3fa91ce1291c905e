import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** A single choice among `options`, `preset` chosen at first. */
export function optionsField(
	displayName: string,
	name: string,
	options: INodePropertyOptions[],
	preset: string,
	description?: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'options',
		options,
		default: preset,
		...(description !== undefined && { description }),
	};
}

/** A choice sent unchanged as the query parameter `name` (queryText's counterpart for enums). */
export function queryOptions(...field: Parameters<typeof optionsField>): INodeProperties {
	const name = field[1];
	return { ...optionsField(...field), routing: { send: { type: 'query', property: name } } };
}
