import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/listFields';
import { checkProductId, dropBlankFields } from '../../helpers/catalog';
import { shoplinePath } from '../../helpers/checks';
import { pagedGet, SHOPLINE_CATALOG_PAGE_SIZE } from '../../helpers/paging';
import { productIdField } from '../catalogIds';

// GET products/{product_id}/variants.json (get_product_variants): paged by the `link` header, 250 a page.
export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many variants of a product',
	description: 'List the variants of a product',
	routing: pagedGet(
		'/products/{productId}/variants.json',
		'variants',
		[shoplinePath, checkProductId, dropBlankFields],
		SHOPLINE_CATALOG_PAGE_SIZE,
	),
};

const fields: INodeProperties[] = [
	productIdField(),
	...returnAllAndLimit(),
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
				placeholder: 'sku,price,inventory_item_id',
				description: 'Only these variant fields, separated by commas (all when empty)',
				routing: { send: { type: 'query', property: 'fields' } },
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['variant'], operation: ['getAll'] } },
	fields,
);
