import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	filtersCollection,
	optionsCollection,
	returnAllAndLimit,
} from '../../../shared/description/listFields';
import { checkProductFilters } from '../../helpers/catalog';
import { pagedGet } from '../../helpers/pagedGet';
import { SHOPLINE_CATALOG_PAGE_SIZE } from '../../helpers/paging';
import { fieldsOption } from '../commonFields';
import { listFilters } from './filters';
import { queryOptions } from '../../../shared/description/optionsField';

// GET products/products.json: Return All follows the `link` header's page_info, 250 a page.
export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many products',
	description:
		'List products, optionally filtered by status, dates (e.g. updated since), title or IDs',
	routing: pagedGet('/products/products.json', {
		key: 'products',
		preSend: [checkProductFilters],
		maxPageSize: SHOPLINE_CATALOG_PAGE_SIZE,
	}),
};

const fields: INodeProperties[] = [
	...returnAllAndLimit(),
	filtersCollection(listFilters),
	optionsCollection([
		fieldsOption('product', 'title,status,variants'),
		queryOptions(
			'Order By',
			'order_by',
			[
				{ name: 'Created (Newest First)', value: 'created_at_desc' },
				{ name: 'Created (Oldest First)', value: 'created_at_asc' },
			],
			'created_at_desc',
		),
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['product'], operation: ['getAll'] } },
	fields,
);
