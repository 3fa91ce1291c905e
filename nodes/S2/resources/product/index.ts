import type { INodeProperties } from 'n8n-workflow';

import { pagedGet } from '../../helpers/pagedGet';
import { productGetAllDescription } from './getAll';

export const productDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['product'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many products',
				description: 'List products, optionally matching a SKU or name',
				routing: pagedGet('/product'),
			},
		],
		default: 'getAll',
	},
	...productGetAllDescription,
];
