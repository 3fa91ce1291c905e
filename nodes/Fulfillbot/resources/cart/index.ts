import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { invalidField, validate } from '../../../shared/validation';
import { fillPath } from '../../../shared/pathId';
import { checkWholeNumber, requireText } from '../../helpers/checks';
import { fulfillbotOutput } from '../../helpers/output';
import { cartAddItemDescription } from './addItem';
import { cartAddManyDescription } from './addMany';
import { cartItemIdDescription } from './itemId';
import { cartRemoveManyDescription } from './removeMany';
import { cartUpdateItemDescription } from './updateItem';
import { cartUpdateManyDescription } from './updateMany';

const showOnlyForCart = { resource: ['cart'] };

const itemUrl = '/cart/items/{itemId}';
const itemPath = fillPath({ itemId: { label: 'Item ID', fix: 'Enter the cart item’s ID from Cart → Get.' } });

const checkAddItem = validate(function () {
	requireText(this, 'productId', 'Product ID', 'Enter the product’s ID, e.g. the ID Product → Search returned.');
	requireText(this, 'skuId', 'SKU ID', 'Enter the SKU variant ID (skuId) from the product’s `skus`.');
	checkWholeNumber(this, this.getNodeParameter('quantity', undefined), 'Quantity', 1);
});

const checkUpdateItem = validate(function () {
	const fields = this.getNodeParameter('updateFields', {}) as IDataObject;
	if (fields.quantity === undefined && fields.selected === undefined) {
		throw invalidField(this, 'Update Fields', 'is empty', 'Add Quantity or Selected.');
	}
	if (fields.quantity !== undefined) checkWholeNumber(this, fields.quantity, 'Quantity', 1);
});


export const cartDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForCart },
		options: [
			{
				name: 'Add Item',
				value: 'addItem',
				action: 'Add an item to the cart',
				description: 'Add one product SKU to the cart',
				routing: {
					request: { method: 'POST', url: '/cart/items' },
					send: { preSend: [checkAddItem] },
					output: { postReceive: fulfillbotOutput },
				},
			},
			{
				name: 'Add Many',
				value: 'addMany',
				action: 'Add many items to the cart',
				description: 'Add several product SKUs to the cart in one request',
				routing: {
					request: { method: 'POST', url: '/cart/items/batch' },
					output: { postReceive: fulfillbotOutput },
				},
			},
			{
				name: 'Clear',
				value: 'clear',
				action: 'Clear the cart',
				description: 'Remove every item from the cart',
				routing: {
					request: { method: 'DELETE', url: '/cart' },
					output: { postReceive: fulfillbotOutput },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get the cart',
				description: 'Get the cart with its items, item count and total amount',
				routing: {
					request: { method: 'GET', url: '/cart' },
					output: { postReceive: fulfillbotOutput },
				},
			},
			{
				name: 'Remove Item',
				value: 'removeItem',
				action: 'Remove an item from the cart',
				description: 'Remove one item from the cart',
				routing: {
					request: { method: 'DELETE', url: itemUrl },
					send: { preSend: [itemPath] },
					output: { postReceive: fulfillbotOutput },
				},
			},
			{
				name: 'Remove Many',
				value: 'removeMany',
				action: 'Remove many items from the cart',
				description: 'Remove several items from the cart in one request',
				routing: {
					request: { method: 'DELETE', url: '/cart/items/batch' },
					output: { postReceive: fulfillbotOutput },
				},
			},
			{
				name: 'Update Item',
				value: 'updateItem',
				action: 'Update an item in the cart',
				description: 'Change a cart item’s quantity or selection for checkout',
				routing: {
					request: { method: 'PATCH', url: itemUrl },
					send: { preSend: [itemPath, checkUpdateItem] },
					output: { postReceive: fulfillbotOutput },
				},
			},
			{
				name: 'Update Many',
				value: 'updateMany',
				action: 'Update many items in the cart',
				description: 'Change the quantity or selection of several cart items in one request',
				routing: {
					request: { method: 'PATCH', url: '/cart/items/batch' },
					output: { postReceive: fulfillbotOutput },
				},
			},
		],
		default: 'get',
	},
	...cartItemIdDescription,
	...cartAddItemDescription,
	...cartAddManyDescription,
	...cartUpdateItemDescription,
	...cartUpdateManyDescription,
	...cartRemoveManyDescription,
];
