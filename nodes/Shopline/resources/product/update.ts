import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { buildProductUpdateBody } from '../../helpers/catalog';
import { shoplinePath } from '../../helpers/checks';
import { shoplineOutput } from '../../helpers/output';
import { productIdField } from '../catalogIds';
import { productFields } from './productFields';

// PUT products/{id}.json {product: {…}} (update_a_product): only the fields given are sent.
export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a product',
	description: 'Change fields of a product',
	routing: {
		request: { method: 'PUT', url: '/products/{productId}.json' },
		send: { preSend: [shoplinePath, buildProductUpdateBody] },
		output: { postReceive: shoplineOutput('product') },
	},
};

const fields: INodeProperties[] = [
	productIdField(),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: productFields(true),
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['product'], operation: ['update'] } },
	fields,
);
