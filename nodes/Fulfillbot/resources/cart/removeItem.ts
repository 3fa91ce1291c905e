import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { cartItemPath } from '../../helpers/paths';
import { fulfillbotOutput } from '../../helpers/output';
import { cartItemIdField } from './itemId';

export const option: INodePropertyOptions = {
	name: 'Remove Item',
	value: 'removeItem',
	action: 'Remove an item from the cart',
	description: 'Remove one item from the cart',
	routing: {
		request: { method: 'DELETE', url: '/cart/items/{itemId}' },
		send: { preSend: [cartItemPath] },
		output: { postReceive: fulfillbotOutput },
	},
};

const fields: INodeProperties[] = [cartItemIdField()];

export const description = updateDisplayOptions(
	{ show: { resource: ['cart'], operation: ['removeItem'] } },
	fields,
);
