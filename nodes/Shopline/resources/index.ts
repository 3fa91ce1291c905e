import { resourceSelector, type Resource } from '../../shared/description/resources';
import { fulfillmentDescription } from './fulfillment';
import { fulfillmentOrderDescription } from './fulfillmentOrder';
import { inventoryItemDescription } from './inventoryItem';
import { inventoryLevelDescription } from './inventoryLevel';
import { locationDescription } from './location';
import { orderDescription } from './order';
import { productDescription } from './product';
import { variantDescription } from './variant';

/** Resources of the SHOPLINE node (myshopline.com admin Open API). */
const resources: Resource[] = [
	{ name: 'Fulfillment', value: 'fulfillment', properties: fulfillmentDescription },
	{ name: 'Fulfillment Order', value: 'fulfillmentOrder', properties: fulfillmentOrderDescription },
	{ name: 'Inventory Item', value: 'inventoryItem', properties: inventoryItemDescription },
	{ name: 'Inventory Level', value: 'inventoryLevel', properties: inventoryLevelDescription },
	{ name: 'Location', value: 'location', properties: locationDescription },
	{ name: 'Order', value: 'order', properties: orderDescription },
	{ name: 'Product', value: 'product', properties: productDescription },
	{ name: 'Variant', value: 'variant', properties: variantDescription },
];

export const { resourceProperty, resourceProperties } = resourceSelector(resources, 'fulfillment');
