import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { checkProductAndVariant } from '../../helpers/catalog';
import { shoplinePath } from '../../helpers/checks';
import { shoplineOutput } from '../../helpers/output';
import { productIdField, variantIdField } from '../catalogIds';

// DELETE products/{product_id}/variants/{id}.json (delete_a_variant): no body in the answer.
export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a variant',
	description: 'Delete a variant of a product',
	routing: {
		request: { method: 'DELETE', url: '/products/{productId}/variants/{variantId}.json' },
		send: { preSend: [shoplinePath, checkProductAndVariant] },
		output: { postReceive: shoplineOutput() },
	},
};

const fields: INodeProperties[] = [productIdField(), variantIdField()];

export const description = updateDisplayOptions(
	{ show: { resource: ['variant'], operation: ['delete'] } },
	fields,
);
