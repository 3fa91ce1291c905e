import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { filtersCollection, returnAllAndLimit } from '../../../shared/description/listFields';
import { pagedGet } from '../../helpers/pagedGet';
import { queryOptions } from '../../../shared/description/optionsField';

// GET /orders pages with page/limit (docs/api-notes.md#fulfillbot-paging); the operation's paginator sends both from Return
// All / Limit. `status` is the one documented filter (docs/api-notes.md#fulfillbot-purchase-orders).
export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many purchase orders',
	description: 'List purchase orders, optionally only those in one status',
	routing: pagedGet('/orders'),
};

const fields: INodeProperties[] = [
	...returnAllAndLimit(),
	filtersCollection([
		queryOptions(
			'Status',
			'status',
			[
				{ name: 'Cancelled', value: 'cancelled' },
				{ name: 'Completed', value: 'completed' },
				{ name: 'In Warehouse', value: 'in_warehouse' },
				{ name: 'Paid', value: 'paid' },
				{ name: 'Pending', value: 'pending' },
				{ name: 'Purchased', value: 'purchased' },
				{ name: 'Shipped to Warehouse', value: 'shipped_to_warehouse' },
			],
			'pending',
			'Only orders in this status',
		),
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['purchaseOrder'], operation: ['getAll'] } },
	fields,
);
