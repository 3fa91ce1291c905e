import type { INodeProperties } from 'n8n-workflow';

import { validate } from '../../../shared/validation';
import { cartItemsToAdd } from '../../helpers/cartItems';
import { inputModeField } from './itemList';

const show = { resource: ['cart'], operation: ['addMany'] };

// POST /cart/items/batch {items: [{productId, skuId, quantity, remark?}]} (seed 001).
const buildBody = validate(function (requestOptions) {
	requestOptions.body = { items: cartItemsToAdd(this) };
});

export const cartAddManyDescription: INodeProperties[] = [
	inputModeField('addMany', [buildBody]),
	{
		displayName: 'Items',
		name: 'items',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Item',
		default: {},
		displayOptions: { show: { ...show, inputMode: ['fields'] } },
		options: [
			{
				displayName: 'Item',
				name: 'item',
				values: [
					{ displayName: 'Product ID', name: 'productId', type: 'string', default: '', placeholder: '12345' },
					{ displayName: 'SKU ID', name: 'skuId', type: 'string', default: '', placeholder: 's001' },
					{ displayName: 'Quantity', name: 'quantity', type: 'number', typeOptions: { minValue: 1, numberPrecision: 0 }, default: 1 },
					{ displayName: 'Remark', name: 'remark', type: 'string', default: '', description: 'Special instructions for this item' },
				],
			},
		],
	},
	{
		displayName: 'Items (JSON)',
		name: 'itemsJson',
		type: 'json',
		default: '[\n  { "productId": "12345", "skuId": "s001", "quantity": 1 }\n]',
		displayOptions: { show: { ...show, inputMode: ['json'] } },
		description: 'Array of {productId, skuId, quantity, remark?}',
	},
];
