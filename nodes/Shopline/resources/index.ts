import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { fulfillmentDescription } from './fulfillment';
import { fulfillmentOrderDescription } from './fulfillmentOrder';
import { orderDescription } from './order';

/** Resources of the SHOPLINE node (myshopline.com admin Open API). */
const resources: Array<INodePropertyOptions & { properties: INodeProperties[] }> = [
	{ name: 'Fulfillment', value: 'fulfillment', properties: fulfillmentDescription },
	{ name: 'Fulfillment Order', value: 'fulfillmentOrder', properties: fulfillmentOrderDescription },
	{ name: 'Order', value: 'order', properties: orderDescription },
];

export const resourceProperty: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: resources.map(({ name, value }) => ({ name, value })),
	default: 'fulfillment',
};

export const resourceProperties: INodeProperties[] = resources.flatMap((r) => r.properties);
