import type { INodeProperties } from 'n8n-workflow';

import { validate } from '../../../shared/validation';
import { cartItemIdsToRemove } from '../../helpers/cartItems';
import { inputModeField } from './itemList';

const show = { resource: ['cart'], operation: ['removeMany'] };

// Body inferred: the docs name DELETE /cart/items/batch but show no body; it takes the cart items'
// `id`s (as GET /cart names them) as `ids`.
const buildBody = validate(function (requestOptions) {
	requestOptions.body = { ids: cartItemIdsToRemove(this) };
});

export const cartRemoveManyDescription: INodeProperties[] = [
	inputModeField('removeMany', [buildBody]),
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
					{ displayName: 'Item ID', name: 'id', type: 'string', default: '', placeholder: '502', description: 'The cart item’s ID (from Cart → Get)' },
				],
			},
		],
	},
	{
		displayName: 'Item IDs (JSON)',
		name: 'itemsJson',
		type: 'json',
		default: '[502, 503]',
		displayOptions: { show: { ...show, inputMode: ['json'] } },
		description: 'Array of cart item IDs, or of objects with an ID',
	},
];
