import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/description/listFields';
import { pagedGet } from '../../helpers/pagedGet';
import { searchFilter } from '../common/search';

// GET /order?limit (max 100)&offset&term: the paginator sends limit/offset from Return All / Limit.
export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many orders',
	description: 'List orders, optionally matching a search term',
	routing: pagedGet('/order'),
};

const fields: INodeProperties[] = [
	...returnAllAndLimit(),
	searchFilter('Only orders matching this text, e.g. a channel order ID'),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['order'], operation: ['getAll'] } },
	fields,
);
