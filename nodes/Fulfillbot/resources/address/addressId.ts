import type { INodeProperties } from 'n8n-workflow';

/** PUT and DELETE /user/addresses/:id: the saved address, picked from GET /user/addresses. */
export function addressIdField(): INodeProperties {
	return {
		displayName: 'Address Name or ID',
		name: 'addressId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getAddresses' },
		required: true,
		default: '',
		description:
			'Saved address. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	};
}
