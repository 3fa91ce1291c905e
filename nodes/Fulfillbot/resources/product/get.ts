import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { productId } from '../../helpers/ids';
import { fulfillbotOutput } from '../../helpers/output';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a product',
	description: 'Get a catalog product with its SKU variants',
	routing: {
		request: { method: 'GET', url: '/products/{productId}' },
		send: { preSend: [productId.fill] },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [productId.field()];

export const description = updateDisplayOptions(
	{ show: { resource: ['product'], operation: ['get'] } },
	fields,
);
