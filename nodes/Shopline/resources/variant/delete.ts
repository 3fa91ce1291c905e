import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fillPath } from '../../../shared/input/parameters';
import { productId, variantId } from '../../helpers/ids';
import { checkProductAndVariant } from '../../helpers/catalog';
import { shoplineOutput } from '../../helpers/output';

// DELETE products/{product_id}/variants/{id}.json (delete_a_variant): no body in the answer.
export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a variant',
	description: 'Delete a variant of a product',
	routing: {
		request: { method: 'DELETE', url: '/products/{productId}/variants/{variantId}.json' },
		send: { preSend: [fillPath(productId, variantId), checkProductAndVariant] },
		output: { postReceive: shoplineOutput() },
	},
};

const fields: INodeProperties[] = [productId.field(), variantId.field()];

export const description = updateDisplayOptions(
	{ show: { resource: ['variant'], operation: ['delete'] } },
	fields,
);
