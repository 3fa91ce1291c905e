import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { buildAddManyBody } from '../../helpers/cartItems';
import { itemListFields } from '../../helpers/itemList';
import { fulfillbotOutput } from '../../helpers/output';

// POST /cart/items/batch: the body is built and checked by helpers/cartItems.ts.
export const option: INodePropertyOptions = {
	name: 'Add Many',
	value: 'addMany',
	action: 'Add many items to the cart',
	description: 'Add several product SKUs to the cart in one request',
	routing: {
		request: { method: 'POST', url: '/cart/items/batch' },
		send: { preSend: [buildAddManyBody] },
		output: { postReceive: fulfillbotOutput },
	},
};

const fields: INodeProperties[] = itemListFields({
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

export const description = updateDisplayOptions({ show: { resource: ['cart'], operation: ['addMany'] } }, fields);
