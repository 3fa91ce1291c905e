import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { buildRemoveManyBody } from '../../helpers/cartItems';
import { itemListFields } from '../../helpers/itemList';
import { fulfillbotOutput } from '../../helpers/output';
import { cartItemIdValue } from './itemId';

// DELETE /cart/items/batch: the body is built and checked by helpers/cartItems.ts.
export const option: INodePropertyOptions = {
	name: 'Remove Many',
	value: 'removeMany',
	action: 'Remove many items from the cart',
	description: 'Remove several items from the cart in one request',
	routing: {
		request: { method: 'DELETE', url: '/cart/items/batch' },
		send: { preSend: [buildRemoveManyBody] },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = itemListFields({
	values: [cartItemIdValue],
	json: {
		displayName: 'Item IDs (JSON)',
		name: 'itemsJson',
		type: 'json',
		default: '[502, 503]',
		description: 'Array of cart item IDs, or of objects with an ID',
	},
});

export const description = updateDisplayOptions(
	{ show: { resource: ['cart'], operation: ['removeMany'] } },
	fields,
);
