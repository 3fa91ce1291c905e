import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** A resource of a node: its name in the Resource list and the properties it shows. */
export type Resource = INodePropertyOptions & { properties: INodeProperties[] };

/** The Resource dropdown and every resource's properties, in the order given. */
export function resourceSelector(
	resources: Resource[],
	defaultResource: string,
): { resourceProperty: INodeProperties; resourceProperties: INodeProperties[] } {
	return {
		resourceProperty: {
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: resources.map(({ name, value }) => ({ name, value })),
			default: defaultResource,
		},
		resourceProperties: resources.flatMap((r) => r.properties),
	};
}
