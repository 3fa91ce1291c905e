import type { INodeProperties } from 'n8n-workflow';

import { validate } from '../../../shared/validation';
import { cartItemsToUpdate } from '../../helpers/cartItems';
import { itemListFields } from '../../helpers/itemList';
import { cartItemIdValue } from './itemId';

// Body inferred: the docs name PATCH /cart/items/batch but show no body. Like the batch add it takes
// `items`, each the cart item's `id` (as GET /cart names it) plus PATCH /cart/items/:itemId's fields.
const buildBody = validate(function (requestOptions) {
	requestOptions.body = { items: cartItemsToUpdate(this) };
});

export const cartUpdateManyDescription: INodeProperties[] = itemListFields({
	show: { resource: ['cart'], operation: ['updateMany'] },
	preSend: [buildBody],
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
		{
			displayName: 'Selected',
			name: 'selected',
			type: 'options',
			options: [
				{ name: 'Leave Unchanged', value: 'unchanged' },
				{ name: 'Not Selected', value: 'false' },
				{ name: 'Selected', value: 'true' },
			],
			default: 'unchanged',
			description: 'Whether the item is selected for checkout',
		},
	],
	json: {
		displayName: 'Items (JSON)',
		name: 'itemsJson',
		type: 'json',
		default: '[\n  { "id": 502, "quantity": 3, "selected": true }\n]',
		description: 'Array of {ID, quantity?, selected?}',
	},
});
