import { pathId } from '../../shared/input/parameters';

// Fulfillbot's path IDs, each defined once: `orderId.field()` is the operation's field, `orderId.fill`
// its first preSend step (checked and encoded as one path segment, shared/input/pathId.ts).

/** GET /orders/:orderId and its sub-resources; the docs use the order number (orderNo) as the ID (docs/api-notes.md#fulfillbot-purchase-orders). */
export const orderId = pathId({
	name: 'orderId',
	displayName: 'Order ID',
	placeholder: 'ORD-20240115-001',
	description: 'The purchase order’s number (orderNo), e.g. from Purchase Order → Get Many',
	fix: 'Enter the order number (orderNo), e.g. from Purchase Order → Get Many.',
});

/** GET /shipping/orders/:id, POST …/cancel and …/confirm-delivery. */
export const shippingOrderId = pathId({
	name: 'shippingOrderId',
	displayName: 'Shipping Order ID',
	placeholder: 'SHP-20240120-001',
	description: 'The shipping order’s number (orderNo), e.g. from Shipping Order → Get Many',
	fix: 'Enter the shipping order number (orderNo), e.g. from Shipping Order → Get Many.',
});

/** PATCH and DELETE /cart/items/:itemId take the cart item's `id` (from GET /cart). */
export const cartItemId = pathId({
	name: 'itemId',
	displayName: 'Item ID',
	placeholder: '502',
	description: 'The cart item’s ID (from Cart → Get), not the product ID',
	fix: 'Enter the cart item’s ID from Cart → Get.',
});

/** PUT and DELETE /user/addresses/:id: the saved address, picked from GET /user/addresses. */
export const addressId = pathId({
	name: 'addressId',
	displayName: 'Address Name or ID',
	loadOptionsMethod: 'getAddresses',
	description:
		'Saved address. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	fix: 'Pick a saved address, or use an ID from Address → Get Many.',
});

/** DELETE /user/favorites/:id takes the favorite's own `id` (from Get Many), not the product's. */
export const favoriteId = pathId({
	name: 'favoriteId',
	displayName: 'Favorite ID',
	placeholder: '5',
	description: 'The favorite’s ID from Favorite → Get Many (not the product ID)',
	fix: 'Enter the favorite’s ID from Favorite → Get Many.',
});

/** GET /logistics/shipping-methods/:channelId/pricing. */
export const channelId = pathId({
	name: 'channelId',
	displayName: 'Channel Name or ID',
	loadOptionsMethod: 'getShippingChannels',
	description:
		'Shipping channel. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	fix: 'Pick a shipping channel, or use a `channelId` from Logistics → Get Shipping Methods.',
});

/** GET /products/:productId. */
export const productId = pathId({
	name: 'productId',
	displayName: 'Product ID',
	placeholder: '12345',
	description: 'Fulfillbot product ID (the ID from Search or Import From 1688)',
	fix: 'Enter the product’s ID, e.g. the ID a search returned.',
});

/** A Taobao or Weidian item, by the ID in its URL (GET /products/platform/<platform>/:itemId). */
export const platformItemId = pathId({
	name: 'itemId',
	displayName: 'Item ID',
	placeholder: '6789012345',
	description: 'The item ID on the platform (the number in the item’s URL)',
	fix: 'Enter the platform’s item ID, e.g. the number in the item’s URL.',
});

/** GET /warehouse/packages/:packageId. */
export const packageId = pathId({
	name: 'packageId',
	displayName: 'Package ID',
	placeholder: '101',
	description: 'The package’s ID (also the `inventoryId` a shipping order takes)',
	fix: 'Enter the package’s ID from Warehouse Package → Get Many.',
});
