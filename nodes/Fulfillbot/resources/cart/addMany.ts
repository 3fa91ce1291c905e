import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { buildAddManyBody } from '../../helpers/cartItems';
import { skuItemListFields } from '../../helpers/itemList';
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
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = skuItemListFields('Special instructions for this item');

export const description = updateDisplayOptions(
	{ show: { resource: ['cart'], operation: ['addMany'] } },
	fields,
);
