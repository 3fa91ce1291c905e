import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { cartItemId } from '../../helpers/ids';
import { checkUpdateItem } from '../../helpers/cartItems';
import { fulfillbotOutput } from '../../helpers/output';
import { updateFieldsCollection } from '../../../shared/description/listFields';

// PATCH /cart/items/:itemId {quantity?, selected?} (docs/api-notes.md#fulfillbot-cart-bodies).
export const option: INodePropertyOptions = {
	name: 'Update Item',
	value: 'updateItem',
	action: 'Update an item in the cart',
	description: 'Change a cart item’s quantity or selection for checkout',
	routing: {
		request: { method: 'PATCH', url: '/cart/items/{itemId}' },
		send: { preSend: [cartItemId.fill, checkUpdateItem] },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [
	cartItemId.field(),
	updateFieldsCollection([
		{
			displayName: 'Quantity',
			name: 'quantity',
			type: 'number',
			typeOptions: { minValue: 1, numberPrecision: 0 },
			default: 1,
			description: 'New quantity',
			routing: { send: { type: 'body', property: 'quantity' } },
		},
		{
			displayName: 'Selected',
			name: 'selected',
			type: 'boolean',
			default: true,
			description: 'Whether the item is selected for checkout',
			routing: { send: { type: 'body', property: 'selected' } },
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['cart'], operation: ['updateItem'] } },
	fields,
);
