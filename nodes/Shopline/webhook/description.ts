import type { INodeProperties } from 'n8n-workflow';
import { notice } from '../../shared/description/notice';
import { eventsField } from '../../shared/description/events';

/** The topics this pack subscribes to (SHOPLINE's "Event Identification" values for orders, fulfillments, products and inventory). */
export const SHOPLINE_TOPICS = [
	{ name: 'Order Cancelled', value: 'orders/cancelled' },
	{ name: 'Order Created', value: 'orders/create' },
	{ name: 'Order Fulfilled', value: 'orders/fulfilled' },
	{ name: 'Order Paid', value: 'orders/paid' },
	{ name: 'Order Partially Fulfilled', value: 'orders/partially_fulfilled' },
	{ name: 'Order Updated', value: 'orders/updated' },
	{ name: 'Fulfillment Created', value: 'fulfillments/create' },
	{ name: 'Fulfillment Updated', value: 'fulfillments/update' },
	// Catalog and stock (SDK webhook/ topics, issue 23).
	{ name: 'Product Created', value: 'products/create' },
	{ name: 'Product Deleted', value: 'products/delete' },
	{ name: 'Product Status Changed', value: 'products/status_changed' },
	{ name: 'Product Updated', value: 'products/update' },
	{ name: 'Inventory Item Created', value: 'inventory_items/create' },
	{ name: 'Inventory Item Deleted', value: 'inventory_items/delete' },
	{ name: 'Inventory Item Updated', value: 'inventory_items/update' },
	{ name: 'Inventory Level Connected', value: 'inventory_levels/connect' },
	{ name: 'Inventory Level Disconnected', value: 'inventory_levels/disconnect' },
	{ name: 'Inventory Level Updated', value: 'inventory_levels/update' },
] as const;

export const webhookTriggerProperties: INodeProperties[] = [
	notice(
		'SHOPLINE calls this workflow the moment an event happens: no polling, no requests spent. Activating subscribes the production URL through the Admin API (webhooks.json); deactivating unsubscribes it. n8n must be reachable from the internet over https, and the credential needs the App Secret to check signatures.',
		'notice',
	),
	eventsField(
		SHOPLINE_TOPICS.map((t) => ({
			name: t.name,
			value: t.value,
			description: `Topic ${t.value}`,
		})),
		['orders/create'],
		'The SHOPLINE webhook topics to subscribe to. Each becomes one subscription of the store.',
		'topics',
	),
];
