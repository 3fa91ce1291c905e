import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { buildUpdateManyBody } from '../../helpers/cartItems';
import { itemListFields } from '../../helpers/itemList';
import { fulfillbotOutput } from '../../helpers/output';
import { cartItemIdValue } from './itemId';
import { optionsField } from '../../../shared/description/optionsField';

// PATCH /cart/items/batch: the body is built and checked by helpers/cartItems.ts.
export const option: INodePropertyOptions = {
	name: 'Update Many',
	value: 'updateMany',
	action: 'Update many items in the cart',
	description: 'Change the quantity or selection of several cart items in one request',
	routing: {
		request: { method: 'PATCH', url: '/cart/items/batch' },
		send: { preSend: [buildUpdateManyBody] },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = itemListFields({
	values: [
		cartItemIdValue,
		{
			displayName: 'Quantity',
			name: 'quantity',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 0 },
			default: 0,
			description: 'New quantity; 0 leaves it unchanged',
		},
		optionsField(
			'Selected',
			'selected',
			[
				{ name: 'Leave Unchanged', value: 'unchanged' },
				{ name: 'Not Selected', value: 'false' },
				{ name: 'Selected', value: 'true' },
			],
			'unchanged',
			'Whether the item is selected for checkout',
		),
	],
	json: {
		displayName: 'Items (JSON)',
		name: 'itemsJson',
		type: 'json',
		default: '[\n  { "id": 502, "quantity": 3, "selected": true }\n]',
		description: 'Array of {ID, quantity?, selected?}',
	},
});

export const description = updateDisplayOptions(
	{ show: { resource: ['cart'], operation: ['updateMany'] } },
	fields,
);
