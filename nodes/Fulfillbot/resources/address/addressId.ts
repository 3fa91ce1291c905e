import type { INodeProperties } from 'n8n-workflow';

// PUT and DELETE /user/addresses/:id: the saved address, picked from GET /user/addresses.
export const addressIdDescription: INodeProperties[] = [
	{
		displayName: 'Address Name or ID',
		name: 'addressId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getAddresses' },
		required: true,
		default: '',
		displayOptions: { show: { resource: ['address'], operation: ['update', 'delete'] } },
		description:
			'Saved address. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
];
