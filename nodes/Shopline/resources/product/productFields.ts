import type { INodeProperties } from 'n8n-workflow';

import { textField as text } from '../commonFields';
import { optionsField } from '../../../shared/description/optionsField';

/** Product fields of create_a_product / update_a_product (SDK v20260301), under their API names. */
export function productFields(withTitle: boolean): INodeProperties[] {
	return [
		text('Description (HTML)', 'body_html', 'The product description, at most 512 characters'),
		text('Handle', 'handle', 'The product’s unique handle (made from the title when not given)'),
		text('Path', 'path', 'The relative path of the product page, e.g. /products/clothes'),
		text('Product Category', 'product_category', 'The merchant’s own product category'),
		text('SPU', 'spu', 'The merchant’s own product code (not SHOPLINE’s product ID)'),
		optionsField(
			'Status',
			'status',
			[
				{ name: 'Active', value: 'active', description: 'On the shelves' },
				{ name: 'Archived', value: 'archived' },
				{ name: 'Draft', value: 'draft', description: 'Off the shelves (SHOPLINE’s default)' },
			],
			'draft',
		),
		text('Subtitle', 'subtitle', 'At most 400 characters'),
		text('Tags', 'tags', 'Tags separated by commas (sent as a list)'),
		text('Template Path', 'template_path', 'The theme template, e.g. templates/product.x.json'),
		...(withTitle ? [text('Title', 'title', 'The product title, at most 255 characters')] : []),
		text('Vendor', 'vendor', 'The brand or vendor'),
	];
}
