import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { productId } from '../../helpers/ids';
import { checkProductId } from '../../helpers/catalog';
import { shoplineOutput } from '../../helpers/output';

// DELETE products/{id}.json (delete_a_product): SHOPLINE answers without a body; the item is {success: true}.
export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a product',
	description: 'Delete a product and its variants',
	routing: {
		request: { method: 'DELETE', url: '/products/{productId}.json' },
		send: { preSend: [productId.fill, checkProductId] },
		output: { postReceive: shoplineOutput() },
	},
};

const fields: INodeProperties[] = [productId.field()];

export const description = updateDisplayOptions(
	{ show: { resource: ['product'], operation: ['delete'] } },
	fields,
);
