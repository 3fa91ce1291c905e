import type { INodeProperties } from 'n8n-workflow';

import { pagedGet } from '../../helpers/pagedGet';
import { accountGetAllDescription } from './getAll';

export const accountDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['account'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many accounts',
				description: 'List the organization’s accounts (sales channels)',
				routing: pagedGet('/account'),
			},
		],
		default: 'getAll',
	},
	...accountGetAllDescription,
];
