import type { INodeProperties } from 'n8n-workflow';

import { validate } from '../../../shared/validation';
import { cartItemsToAdd } from '../../helpers/cartItems';
import { itemListFields } from '../../helpers/itemList';

// POST /cart/items/batch {items: [{productId, skuId, quantity, remark?}]} (seed 001).
const buildBody = validate(function (requestOptions) {
	requestOptions.body = { items: cartItemsToAdd(this) };
});

export const cartAddManyDescription: INodeProperties[] = itemListFields({
	show: { resource: ['cart'], operation: ['addMany'] },
	preSend: [buildBody],
	values: [
		{ displayName: 'Product ID', name: 'productId', type: 'string', default: '', placeholder: '12345' },
		{ displayName: 'SKU ID', name: 'skuId', type: 'string', default: '', placeholder: 's001' },
		{ displayName: 'Quantity', name: 'quantity', type: 'number', typeOptions: { minValue: 1, numberPrecision: 0 }, default: 1 },
		{ displayName: 'Remark', name: 'remark', type: 'string', default: '', description: 'Special instructions for this item' },
	],
	json: {
		displayName: 'Items (JSON)',
		name: 'itemsJson',
		type: 'json',
		default: '[\n  { "productId": "12345", "skuId": "s001", "quantity": 1 }\n]',
		description: 'Array of {productId, skuId, quantity, remark?}',
	},
});
