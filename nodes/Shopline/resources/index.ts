import { resourceSelector, type Resource } from '../../shared/resources';
import { fulfillmentDescription } from './fulfillment';
import { fulfillmentOrderDescription } from './fulfillmentOrder';
import { orderDescription } from './order';

/** Resources of the SHOPLINE node (myshopline.com admin Open API). */
const resources: Resource[] = [
	{ name: 'Fulfillment', value: 'fulfillment', properties: fulfillmentDescription },
	{ name: 'Fulfillment Order', value: 'fulfillmentOrder', properties: fulfillmentOrderDescription },
	{ name: 'Order', value: 'order', properties: orderDescription },
];

export const { resourceProperty, resourceProperties } = resourceSelector(resources, 'fulfillment');
