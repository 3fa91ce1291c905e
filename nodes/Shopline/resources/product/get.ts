import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/description/listFields';
import { checkProductId, dropBlankFields } from '../../helpers/catalog';
import { shoplinePath } from '../../helpers/checks';
import { shoplineOutput } from '../../helpers/output';
import { productIdField } from '../catalogIds';
import { fieldsOption } from '../commonFields';

// GET products/{id}.json (get_a_product).
export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a product',
	description: 'Get a product with its variants',
	routing: {
		request: { method: 'GET', url: '/products/{productId}.json' },
		send: { preSend: [shoplinePath, checkProductId, dropBlankFields] },
		output: { postReceive: shoplineOutput('product') },
	},
};

const fields: INodeProperties[] = [
	productIdField(),
	optionsCollection([fieldsOption('product', 'title,status,variants')]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['product'], operation: ['get'] } },
	fields,
);
