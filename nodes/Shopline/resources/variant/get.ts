import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { checkVariantId } from '../../helpers/catalog';
import { shoplinePath } from '../../helpers/checks';
import { shoplineOutput } from '../../helpers/output';
import { variantIdField } from '../catalogIds';

// GET products/variants/{id}.json (get_a_product_variant).
export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a variant',
	description: 'Get a variant with its SKU, price and inventory item ID',
	routing: {
		request: { method: 'GET', url: '/products/variants/{variantId}.json' },
		send: { preSend: [shoplinePath, checkVariantId] },
		output: { postReceive: shoplineOutput('variant') },
	},
};

const fields: INodeProperties[] = [variantIdField()];

export const description = updateDisplayOptions(
	{ show: { resource: ['variant'], operation: ['get'] } },
	fields,
);
