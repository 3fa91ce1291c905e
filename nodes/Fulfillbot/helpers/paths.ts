import { fillPath } from '../../shared/input/parameters';

// preSend steps (each the first of its operation) that fill a URL's `{name}` with the parameter,
// checked and encoded as one path segment (shared/input/pathId.ts).

export const purchaseOrderPath = fillPath({
	orderId: {
		label: 'Order ID',
		fix: 'Enter the order number (orderNo), e.g. from Purchase Order → Get Many.',
	},
});

export const shippingOrderPath = fillPath({
	shippingOrderId: {
		label: 'Shipping Order ID',
		fix: 'Enter the shipping order number (orderNo), e.g. from Shipping Order → Get Many.',
	},
});

export const cartItemPath = fillPath({
	itemId: { label: 'Item ID', fix: 'Enter the cart item’s ID from Cart → Get.' },
});

export const addressPath = fillPath({
	addressId: {
		label: 'Address',
		fix: 'Pick a saved address, or use an ID from Address → Get Many.',
	},
});

export const favoritePath = fillPath({
	favoriteId: { label: 'Favorite ID', fix: 'Enter the favorite’s ID from Favorite → Get Many.' },
});

export const channelPath = fillPath({
	channelId: {
		label: 'Channel',
		fix: 'Pick a shipping channel, or use a `channelId` from Logistics → Get Shipping Methods.',
	},
});

export const productPath = fillPath({
	productId: { label: 'Product ID', fix: 'Enter the product’s ID, e.g. the ID a search returned.' },
});

export const platformItemPath = fillPath({
	itemId: {
		label: 'Item ID',
		fix: 'Enter the platform’s item ID, e.g. the number in the item’s URL.',
	},
});

export const packagePath = fillPath({
	packageId: {
		label: 'Package ID',
		fix: 'Enter the package’s ID from Warehouse Package → Get Many.',
	},
});
