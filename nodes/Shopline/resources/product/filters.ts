import type { INodeProperties } from 'n8n-workflow';

import { queryText as query } from '../../../shared/description/listFields';
import { dateFilters } from '../commonFields';
import { queryOptions } from '../../../shared/description/optionsField';

// Filters of GET products/products.json and products/count.json (SDK v20260301). Dates are checked
// by helpers/catalog.ts (ISO 8601 with a zone).
const dates = dateFilters('products');

const status: INodeProperties = queryOptions(
	'Status',
	'status',
	[
		{ name: 'Active', value: 'active' },
		{ name: 'Archived', value: 'archived' },
		{ name: 'Draft', value: 'draft' },
	],
	'active',
	'Only products in this status',
);

const collection = query(
	'Collection ID',
	'collection_id',
	'Only products of this collection',
	'12248721639068681442230282',
);

/** Filters both Get Many and Count take. */
export const countFilters: INodeProperties[] = [collection, ...dates, status];

/** Get Many's filters: Count's plus IDs, title, handle, vendor, category and since_id. */
export const listFilters: INodeProperties[] = [
	collection,
	...dates,
	query('Handle', 'handle', 'Only the product with this handle'),
	query('Product Category', 'product_category', 'Only products of this merchant category'),
	query(
		'Product IDs',
		'ids',
		'Only these products: numeric IDs separated by commas, at most 100',
		'16057850264845250791280282,16057850264845250333280282',
	),
	query('Since ID', 'since_id', 'Only products after this product ID'),
	status,
	query('Title', 'title', 'Only products with this title'),
	query('Vendor', 'vendor', 'Only products of this brand or vendor'),
];
