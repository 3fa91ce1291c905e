import type { INodeProperties } from 'n8n-workflow';

/** A catalog product's `productId` sent in the body (Cart → Add Item, Favorite → Add). */
export function productIdInBody(): INodeProperties {
	return {
		displayName: 'Product ID',
		name: 'productId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '12345',
		description: 'Fulfillbot product ID (the ID from Product → Search or Get)',
		routing: {
			send: { type: 'body', property: 'productId', value: '={{ String($value).trim() }}' },
		},
	};
}
