import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { idField } from '../../../shared/description/idField';
import { favoritePath } from '../../helpers/paths';
import { fulfillbotOutput } from '../../helpers/output';

// DELETE /user/favorites/:id takes the favorite's own `id` (from Get Many), not the product's.
export const option: INodePropertyOptions = {
	name: 'Remove',
	value: 'remove',
	action: 'Remove a favorite',
	description: 'Remove a product from the favorites',
	routing: {
		request: { method: 'DELETE', url: '/user/favorites/{favoriteId}' },
		send: { preSend: [favoritePath] },
		output: { postReceive: fulfillbotOutput },
	},
};

const fields: INodeProperties[] = [
	idField(
		'Favorite ID',
		'favoriteId',
		'5',
		'The favorite’s ID from Favorite → Get Many (not the product ID)',
	),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['favorite'], operation: ['remove'] } },
	fields,
);
