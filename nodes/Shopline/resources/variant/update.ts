import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { variantId } from '../../helpers/ids';
import { buildVariantUpdateBody } from '../../helpers/catalog';
import { shoplineOutput } from '../../helpers/output';
import { variantFields } from './variantFields';
import { updateFieldsCollection } from '../../../shared/description/listFields';

// PUT products/variants/{id}.json {variant: {…}} (update_a_variant). Stock is not a variant field:
// use Inventory Level → Set or Adjust.
export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a variant',
	description: 'Change a variant’s price, SKU, options or shipping fields',
	routing: {
		request: { method: 'PUT', url: '/products/variants/{variantId}.json' },
		send: { preSend: [variantId.fill, buildVariantUpdateBody] },
		output: { postReceive: shoplineOutput('variant') },
	},
};

const fields: INodeProperties[] = [variantId.field(), updateFieldsCollection(variantFields())];

export const description = updateDisplayOptions(
	{ show: { resource: ['variant'], operation: ['update'] } },
	fields,
);
