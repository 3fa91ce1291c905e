import type { INodeProperties } from 'n8n-workflow';

import { validate } from '../../../shared/validation';
import { cartItemIdsToRemove } from '../../helpers/cartItems';
import { itemListFields } from '../../helpers/itemList';
import { cartItemIdValue } from './itemId';

// Body inferred: the docs name DELETE /cart/items/batch but show no body; it takes the cart items'
// `id`s (as GET /cart names them) as `ids`.
const buildBody = validate(function (requestOptions) {
	requestOptions.body = { ids: cartItemIdsToRemove(this) };
});

export const cartRemoveManyDescription: INodeProperties[] = itemListFields({
	show: { resource: ['cart'], operation: ['removeMany'] },
	preSend: [buildBody],
	values: [cartItemIdValue],
	json: {
		displayName: 'Item IDs (JSON)',
		name: 'itemsJson',
		type: 'json',
		default: '[502, 503]',
		description: 'Array of cart item IDs, or of objects with an ID',
	},
});
