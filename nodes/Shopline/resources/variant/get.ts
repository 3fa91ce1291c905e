import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { variantId } from '../../helpers/ids';
import { checkVariantId } from '../../helpers/catalog';
import { shoplineOutput } from '../../helpers/output';

// GET products/variants/{id}.json (get_a_product_variant).
export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a variant',
	description: 'Get a variant with its SKU, price and inventory item ID',
	routing: {
		request: { method: 'GET', url: '/products/variants/{variantId}.json' },
		send: { preSend: [variantId.fill, checkVariantId] },
		output: { postReceive: shoplineOutput('variant') },
	},
};

const fields: INodeProperties[] = [variantId.field()];

export const description = updateDisplayOptions(
	{ show: { resource: ['variant'], operation: ['get'] } },
	fields,
);
