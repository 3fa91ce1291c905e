import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { cartItemId } from '../../helpers/ids';
import { fulfillbotOutput } from '../../helpers/output';

export const option: INodePropertyOptions = {
	name: 'Remove Item',
	value: 'removeItem',
	action: 'Remove an item from the cart',
	description: 'Remove one item from the cart',
	routing: {
		request: { method: 'DELETE', url: '/cart/items/{itemId}' },
		send: { preSend: [cartItemId.fill] },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [cartItemId.field()];

export const description = updateDisplayOptions(
	{ show: { resource: ['cart'], operation: ['removeItem'] } },
	fields,
);
