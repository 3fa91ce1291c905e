import type { INodeProperties } from 'n8n-workflow';

import { s2Output } from '../../helpers/output';

// GET /inventory/overview answers {warehouses, products, items}: returned as one item.
export const inventoryDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['inventory'] } },
		options: [
			{
				name: 'Get Overview',
				value: 'getOverview',
				action: 'Get the inventory overview',
				description: 'Get stock per warehouse and product',
				routing: {
					request: { method: 'GET', url: '/inventory/overview' },
					output: { postReceive: s2Output },
				},
			},
		],
		default: 'getOverview',
	},
];
