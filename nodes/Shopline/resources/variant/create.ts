import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { productId } from '../../helpers/ids';
import { buildVariantCreateBody } from '../../helpers/catalog';
import { shoplineOutput } from '../../helpers/output';
import { variantFields } from './variantFields';

// POST products/{product_id}/variants.json {variant: {…}} (create_a_variant).
export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a variant',
	description: 'Add a variant to a product',
	routing: {
		request: { method: 'POST', url: '/products/{productId}/variants.json' },
		send: { preSend: [productId.fill, buildVariantCreateBody] },
		output: { postReceive: shoplineOutput('variant') },
	},
};

const fields: INodeProperties[] = [
	productId.field(),
	{
		displayName: 'Variant Fields',
		name: 'variantFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: variantFields(),
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['variant'], operation: ['create'] } },
	fields,
);
