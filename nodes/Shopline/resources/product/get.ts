import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { productId } from '../../helpers/ids';
import { optionsCollection } from '../../../shared/description/listFields';
import { checkProductId, dropBlankFields } from '../../helpers/catalog';
import { shoplineOutput } from '../../helpers/output';
import { fieldsOption } from '../commonFields';

// GET products/{id}.json (get_a_product).
export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a product',
	description: 'Get a product with its variants',
	routing: {
		request: { method: 'GET', url: '/products/{productId}.json' },
		send: { preSend: [productId.fill, checkProductId, dropBlankFields] },
		output: { postReceive: shoplineOutput('product') },
	},
};

const fields: INodeProperties[] = [
	productId.field(),
	optionsCollection([fieldsOption('product', 'title,status,variants')]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['product'], operation: ['get'] } },
	fields,
);
