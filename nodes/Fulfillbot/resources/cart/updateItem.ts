import type { INodeProperties } from 'n8n-workflow';

// PATCH /cart/items/:itemId {quantity?, selected?} (seed 001).
export const cartUpdateItemDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { resource: ['cart'], operation: ['updateItem'] } },
		options: [
			{
				displayName: 'Quantity',
				name: 'quantity',
				type: 'number',
				typeOptions: { minValue: 1, numberPrecision: 0 },
				default: 1,
				description: 'New quantity',
				routing: { send: { type: 'body', property: 'quantity' } },
			},
			{
				displayName: 'Selected',
				name: 'selected',
				type: 'boolean',
				default: true,
				description: 'Whether the item is selected for checkout',
				routing: { send: { type: 'body', property: 'selected' } },
			},
		],
	},
];
