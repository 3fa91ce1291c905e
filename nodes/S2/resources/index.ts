import { resourceSelector, type Resource } from '../../shared/description/resources';
import { accountDescription } from './account';
import { fulfillmentDescription } from './fulfillment';
import { inventoryDescription } from './inventory';
import { orderDescription } from './order';
import { productDescription } from './product';

/** Resources of the S2 node. */
const resources: Resource[] = [
	{ name: 'Account', value: 'account', properties: accountDescription },
	{ name: 'Fulfillment', value: 'fulfillment', properties: fulfillmentDescription },
	{ name: 'Inventory', value: 'inventory', properties: inventoryDescription },
	{ name: 'Order', value: 'order', properties: orderDescription },
	{ name: 'Product', value: 'product', properties: productDescription },
];

export const { resourceProperty, resourceProperties } = resourceSelector(resources, 'fulfillment');
