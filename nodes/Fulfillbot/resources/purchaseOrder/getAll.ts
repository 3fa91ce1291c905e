import type { INodeProperties } from 'n8n-workflow';

import { filtersCollection, returnAllAndLimit } from '../../../shared/listFields';

const show = { resource: ['purchaseOrder'], operation: ['getAll'] };

// GET /orders pages with page/limit (seed 001); the operation's paginator sends both from Return
// All / Limit. `status` is the one documented filter.
export const purchaseOrderGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit(show),
	filtersCollection(show, [
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: [
				{ name: 'Cancelled', value: 'cancelled' },
				{ name: 'Completed', value: 'completed' },
				{ name: 'In Warehouse', value: 'in_warehouse' },
				{ name: 'Paid', value: 'paid' },
				{ name: 'Pending', value: 'pending' },
				{ name: 'Purchased', value: 'purchased' },
				{ name: 'Shipped to Warehouse', value: 'shipped_to_warehouse' },
			],
			default: 'pending',
			description: 'Only orders in this status',
			routing: { send: { type: 'query', property: 'status' } },
		},
	]),
];
