import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { productId } from '../../helpers/ids';
import { optionsCollection, returnAllAndLimit } from '../../../shared/description/listFields';
import { checkProductId, dropBlankFields } from '../../helpers/catalog';
import { pagedGet } from '../../helpers/pagedGet';
import { SHOPLINE_CATALOG_PAGE_SIZE } from '../../helpers/paging';
import { fieldsOption } from '../commonFields';

// GET products/{product_id}/variants.json (get_product_variants): paged by the `link` header, 250 a page.
export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many variants of a product',
	description: 'List the variants of a product',
	routing: pagedGet('/products/{productId}/variants.json', {
		key: 'variants',
		preSend: [productId.fill, checkProductId, dropBlankFields],
		maxPageSize: SHOPLINE_CATALOG_PAGE_SIZE,
	}),
};

const fields: INodeProperties[] = [
	productId.field(),
	...returnAllAndLimit(),
	optionsCollection([fieldsOption('variant', 'sku,price,inventory_item_id')]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['variant'], operation: ['getAll'] } },
	fields,
);
