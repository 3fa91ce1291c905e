import type { INodeProperties } from 'n8n-workflow';

// GET /products/:id, GET /products/platform/taobao/:itemId, GET /products/platform/weidian/:itemId.
// The IDs go into the URL (see index.ts); a preSend check refuses a blank one.
export const productGetDescription: INodeProperties[] = [
	{
		displayName: 'Product ID',
		name: 'productId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '12345',
		displayOptions: { show: { resource: ['product'], operation: ['get'] } },
		description: 'Fulfillbot product ID (the ID from Search or Import From 1688)',
	},
	{
		displayName: 'Item ID',
		name: 'itemId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '6789012345',
		displayOptions: { show: { resource: ['product'], operation: ['getTaobaoItem', 'getWeidianItem'] } },
		description: 'The item ID on the platform (the number in the item’s URL)',
	},
];
