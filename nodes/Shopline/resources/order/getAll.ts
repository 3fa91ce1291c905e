import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { filtersCollection, returnAllAndLimit } from '../../../shared/listFields';
import { checkFilters } from '../../helpers/order';
import { pagedGet } from '../../helpers/paging';
import { statusFilters } from './filters';

// GET orders.json: Return All follows the `link` header's page_info (helpers/paging.ts).
export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many orders',
	description: 'List orders, optionally filtered by status, dates, email, name or IDs',
	routing: pagedGet('/orders.json', 'orders', [checkFilters]),
};

const fields: INodeProperties[] = [
	...returnAllAndLimit(),
	filtersCollection([
		...statusFilters,
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			description: 'Only orders placed with this email',
			routing: { send: { type: 'query', property: 'email' } },
		},
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			placeholder: '#1001',
			description: 'Only the order with this name (order number)',
			routing: { send: { type: 'query', property: 'name' } },
		},
		{
			displayName: 'Order IDs',
			name: 'ids',
			type: 'string',
			default: '',
			placeholder: '21057401932826316666967001,21057401932826316666967002',
			description: 'Only these orders: numeric IDs separated by commas, at most 100',
			routing: { send: { type: 'query', property: 'ids' } },
		},
	]),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Fields',
				name: 'fields',
				type: 'string',
				default: '',
				placeholder: 'id,name,email,line_items',
				description: 'Only these order fields, separated by commas (all when empty)',
				routing: { send: { type: 'query', property: 'fields' } },
			},
			{
				displayName: 'Sort Condition',
				name: 'sort_condition',
				type: 'string',
				default: '',
				description:
					'Sent unchanged as sort_condition; our notes do not give its format, see SHOPLINE’s Get orders page',
				routing: { send: { type: 'query', property: 'sort_condition' } },
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['order'], operation: ['getAll'] } },
	fields,
);
