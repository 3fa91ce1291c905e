import type { INodeProperties } from 'n8n-workflow';

// DELETE /user/favorites/:id takes the favorite's own `id` (from Get Many), not the product's.
export const favoriteRemoveDescription: INodeProperties[] = [
	{
		displayName: 'Favorite ID',
		name: 'favoriteId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '5',
		displayOptions: { show: { resource: ['favorite'], operation: ['remove'] } },
		description: 'The favorite’s ID from Favorite → Get Many (not the product ID)',
	},
];
