import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { idField } from '../../../shared/description/idField';
import { fulfillbotOutput } from '../../helpers/output';
import { productPath } from '../../helpers/paths';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a product',
	description: 'Get a catalog product with its SKU variants',
	routing: {
		request: { method: 'GET', url: '/products/{productId}' },
		send: { preSend: [productPath] },
		output: { postReceive: fulfillbotOutput },
	},
};

const fields: INodeProperties[] = [
	idField(
		'Product ID',
		'productId',
		'12345',
		'Fulfillbot product ID (the ID from Search or Import From 1688)',
	),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['product'], operation: ['get'] } },
	fields,
);
