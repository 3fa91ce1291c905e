import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { checkProductId, dropBlankFields } from '../../helpers/catalog';
import { shoplinePath } from '../../helpers/checks';
import { shoplineOutput } from '../../helpers/output';
import { productIdField } from '../catalogIds';

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
				placeholder: 'title,status,variants',
				description: 'Only these product fields, separated by commas (all when empty)',
				routing: { send: { type: 'query', property: 'fields' } },
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['product'], operation: ['get'] } },
	fields,
);
