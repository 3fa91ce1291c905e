import type { INodeProperties } from 'n8n-workflow';

// Body inferred: the docs name POST /user/favorites but show no body; a favorite is a product, by
// the `productId` GET /user/favorites returns for each record.
export const favoriteAddDescription: INodeProperties[] = [
	{
		displayName: 'Product ID',
		name: 'productId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '12345',
		displayOptions: { show: { resource: ['favorite'], operation: ['add'] } },
		description: 'Fulfillbot product ID (the ID from Product → Search or Get)',
		routing: { send: { type: 'body', property: 'productId', value: '={{ String($value).trim() }}' } },
	},
];
