import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/**
 * One operation of a resource, as its own file `resources/<resource>/<operation>.ts` exports it:
 * `option` is its entry in the Operation list (name, value, action, description and routing) and
 * `description` its own fields, wrapped once with n8n-workflow's `updateDisplayOptions` (exported by
 * every n8n in the version matrix: 1.123.50, 2.8.4, 2.40.7).
 */
export interface Operation {
	option: INodePropertyOptions;
	description: INodeProperties[];
}

/** The Operation dropdown of a resource and the fields of its operations, in the order given. */
export function resourceOperations(
	resource: string,
	defaultOperation: string,
	operations: Operation[],
): INodeProperties[] {
	return [
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource] } },
			options: operations.map(({ option }) => option),
			default: defaultOperation,
		},
		...operations.flatMap(({ description }) => description),
	];
}
