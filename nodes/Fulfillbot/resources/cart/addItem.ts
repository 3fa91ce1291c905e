import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { checkAddItem } from '../../helpers/cartItems';
import { fulfillbotOutput } from '../../helpers/output';
import { productIdInBody } from '../product/productId';

// POST /cart/items {productId, skuId, quantity, remark} (docs/api-notes.md#fulfillbot-cart-bodies).
export const option: INodePropertyOptions = {
	name: 'Add Item',
	value: 'addItem',
	action: 'Add an item to the cart',
	description: 'Add one product SKU to the cart',
	routing: {
		request: { method: 'POST', url: '/cart/items' },
		send: { preSend: [checkAddItem] },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [
	productIdInBody(),
	{
		displayName: 'SKU ID',
		name: 'skuId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 's001',
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
		routing: { send: { type: 'body', property: 'quantity' } },
	},
	{
		displayName: 'Remark',
		name: 'remark',
		type: 'string',
		default: '',
		placeholder: 'Size US 9',
		description: 'Special instructions for this item',
		routing: { send: { type: 'body', property: 'remark', value: '={{ $value || undefined }}' } },
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['cart'], operation: ['addItem'] } },
	fields,
);
