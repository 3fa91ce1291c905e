import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { favoriteId } from '../../helpers/ids';
import { fulfillbotOutput } from '../../helpers/output';

// DELETE /user/favorites/:id takes the favorite's own `id` (from Get Many), not the product's.
export const option: INodePropertyOptions = {
	name: 'Remove',
	value: 'remove',
	action: 'Remove a favorite',
	description: 'Remove a product from the favorites',
	routing: {
		request: { method: 'DELETE', url: '/user/favorites/{favoriteId}' },
		send: { preSend: [favoriteId.fill] },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [favoriteId.field()];

export const description = updateDisplayOptions(
	{ show: { resource: ['favorite'], operation: ['remove'] } },
	fields,
);
