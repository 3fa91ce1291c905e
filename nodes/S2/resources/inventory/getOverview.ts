import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { s2Output } from '../../helpers/output';

// GET /inventory/overview answers {warehouses, products, items}: returned as one item.
export const option: INodePropertyOptions = {
	name: 'Get Overview',
	value: 'getOverview',
	action: 'Get the inventory overview',
	description: 'Get stock per warehouse and product',
	routing: {
		request: { method: 'GET', url: '/inventory/overview' },
		output: { postReceive: s2Output() },
	},
};

const fields: INodeProperties[] = [];

export const description = updateDisplayOptions(
	{ show: { resource: ['inventory'], operation: ['getOverview'] } },
	fields,
);
