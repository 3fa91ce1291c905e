import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	filtersCollection,
	optionsCollection,
	queryText,
	returnAllAndLimit,
} from '../../../shared/description/listFields';
import { checkFilters } from '../../helpers/order';
import { pagedGet } from '../../helpers/pagedGet';
import { fieldsOption } from '../commonFields';
import { statusFilters } from './filters';

// GET orders.json: Return All follows the `link` header's page_info (helpers/paging.ts).
export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many orders',
	description: 'List orders, optionally filtered by status, dates, email, name or IDs',
	routing: pagedGet('/orders.json', { key: 'orders', preSend: [checkFilters] }),
};

const fields: INodeProperties[] = [
	...returnAllAndLimit(),
	filtersCollection([
		...statusFilters,
		queryText('Email', 'email', 'Only orders placed with this email', 'name@email.com'),
		queryText('Name', 'name', 'Only the order with this name (order number)', '#1001'),
		queryText(
			'Order IDs',
			'ids',
			'Only these orders: numeric IDs separated by commas, at most 100',
			'21057401932826316666967001,21057401932826316666967002',
		),
	]),
	optionsCollection([
		fieldsOption('order', 'id,name,email,line_items'),
		{
			displayName: 'Sort Condition',
			name: 'sort_condition',
			type: 'string',
			default: '',
			description:
				'Sent unchanged as sort_condition; our notes do not give its format, see SHOPLINE’s Get orders page',
			routing: { send: { type: 'query', property: 'sort_condition' } },
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['order'], operation: ['getAll'] } },
	fields,
);
