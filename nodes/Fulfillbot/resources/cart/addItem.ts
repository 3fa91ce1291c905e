import type { INodeProperties } from 'n8n-workflow';

import { productIdInBody } from '../product/productId';

const showOnlyForAddItem = { resource: ['cart'], operation: ['addItem'] };

// POST /cart/items {productId, skuId, quantity, remark} (seed 001).
export const cartAddItemDescription: INodeProperties[] = [
	productIdInBody(showOnlyForAddItem),
	{
		displayName: 'SKU ID',
		name: 'skuId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 's001',
		displayOptions: { show: showOnlyForAddItem },
		description: 'SKU variant ID (a `skuId` from the product’s `skus`)',
		routing: { send: { type: 'body', property: 'skuId', value: '={{ String($value).trim() }}' } },
	},
	{
		displayName: 'Quantity',
		name: 'quantity',
		type: 'number',
		required: true,
		typeOptions: { minValue: 1, numberPrecision: 0 },
		default: 1,
		displayOptions: { show: showOnlyForAddItem },
		routing: { send: { type: 'body', property: 'quantity' } },
	},
	{
		displayName: 'Remark',
		name: 'remark',
		type: 'string',
		default: '',
		placeholder: 'Size US 9',
		displayOptions: { show: showOnlyForAddItem },
		description: 'Special instructions for this item',
		routing: { send: { type: 'body', property: 'remark', value: '={{ $value || undefined }}' } },
	},
];
