import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { productId } from '../../helpers/ids';
import { buildProductUpdateBody } from '../../helpers/catalog';
import { shoplineOutput } from '../../helpers/output';
import { productFields } from './productFields';
import { updateFieldsCollection } from '../../../shared/description/listFields';

// PUT products/{id}.json {product: {…}} (update_a_product): only the fields given are sent.
export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a product',
	description: 'Change fields of a product',
	routing: {
		request: { method: 'PUT', url: '/products/{productId}.json' },
		send: { preSend: [productId.fill, buildProductUpdateBody] },
		output: { postReceive: shoplineOutput('product') },
	},
};

const fields: INodeProperties[] = [productId.field(), updateFieldsCollection(productFields(true))];

export const description = updateDisplayOptions(
	{ show: { resource: ['product'], operation: ['update'] } },
	fields,
);
