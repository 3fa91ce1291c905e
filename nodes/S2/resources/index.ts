import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { accountDescription } from './account';
import { fulfillmentDescription } from './fulfillment';
import { inventoryDescription } from './inventory';
import { orderDescription } from './order';
import { productDescription } from './product';

/** Resources of the S2 node. */
const resources: Array<INodePropertyOptions & { properties: INodeProperties[] }> = [
	{ name: 'Account', value: 'account', properties: accountDescription },
	{ name: 'Fulfillment', value: 'fulfillment', properties: fulfillmentDescription },
	{ name: 'Inventory', value: 'inventory', properties: inventoryDescription },
	{ name: 'Order', value: 'order', properties: orderDescription },
	{ name: 'Product', value: 'product', properties: productDescription },
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
