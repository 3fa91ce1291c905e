import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { buildProductCreateBody } from '../../helpers/catalog';
import { shoplineOutput } from '../../helpers/output';
import { productFields } from './productFields';
import { additionalFieldsCollection } from '../../../shared/description/listFields';

// POST products/products.json {product: {title, …, variants}} (create_a_product).
export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a product',
	description: 'Create a product, optionally with its variants',
	routing: {
		request: { method: 'POST', url: '/products/products.json' },
		send: { preSend: [buildProductCreateBody] },
		output: { postReceive: shoplineOutput('product') },
	},
};

const fields: INodeProperties[] = [
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		required: true,
		default: '',
		description: 'The product title, at most 255 characters',
	},
	additionalFieldsCollection(productFields(false)),
	{
		displayName: 'Variants (JSON)',
		name: 'variantsJson',
		type: 'json',
		default: '',
		placeholder: '[{ "sku": "S-1", "price": "9.90", "option1": "red" }]',
		description:
			'Optional array of variants (at most 500) with create_a_product’s variant fields; without it SHOPLINE makes one default variant',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['product'], operation: ['create'] } },
	fields,
);
