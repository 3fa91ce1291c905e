import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { filtersCollection, returnAllAndLimit } from '../../../shared/description/listFields';
import { dropBlankFilters } from '../../helpers/fulfillment';
import { pagedGet } from '../../helpers/pagedGet';

// GET fulfillment_orders/fulfillment_orders_search.json. SHOPLINE's page for it (v20260301,
// "Fulfillment order list query") lists only assignment_status, location_ids, since_id, limit
// (default 20, max 100) and page_info, with the `link` header paging; those are what we offer.
export const option: INodePropertyOptions = {
	name: 'Search',
	value: 'search',
	action: 'Search fulfillment orders',
	description: 'List fulfillment orders across orders, optionally by assignment status or location',
	routing: pagedGet('/fulfillment_orders/fulfillment_orders_search.json', {
		key: 'fulfillment_orders',
		preSend: [dropBlankFilters],
	}),
};

const fields: INodeProperties[] = [
	...returnAllAndLimit(),
	filtersCollection([
		{
			displayName: 'Assignment Status',
			name: 'assignment_status',
			type: 'string',
			default: '',
			placeholder: 'unsubmitted',
			description:
				'Only fulfillment orders with this request status (the docs’ example: unsubmitted)',
			routing: { send: { type: 'query', property: 'assignment_status' } },
		},
		{
			displayName: 'Location IDs',
			name: 'location_ids',
			type: 'string',
			default: '',
			placeholder: '24826418,24826411',
			description: 'Only fulfillment orders of these locations, separated by commas',
			routing: { send: { type: 'query', property: 'location_ids' } },
		},
		{
			displayName: 'Since ID',
			name: 'since_id',
			type: 'string',
			default: '',
			placeholder: '21056199447626881527947685',
			description: 'Only fulfillment orders after this order ID',
			routing: { send: { type: 'query', property: 'since_id' } },
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['fulfillmentOrder'], operation: ['search'] } },
	fields,
);
