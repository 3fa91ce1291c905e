import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { profileDescription } from './profile';

/** Resources of the Fulfillbot node, in the order of the API docs' sections. */
const resources: Array<INodePropertyOptions & { properties: INodeProperties[] }> = [
	{ name: 'Profile', value: 'profile', properties: profileDescription },
];

export const resourceProperty: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: resources.map(({ name, value }) => ({ name, value })),
	default: 'profile',
};

export const resourceProperties: INodeProperties[] = resources.flatMap((r) => r.properties);
