import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fulfillbotOutput } from '../../helpers/output';
import { platformItemPath } from '../../helpers/paths';
import { platformItemIdField } from './platformItemId';

export const option: INodePropertyOptions = {
	name: 'Get Weidian Item',
	value: 'getWeidianItem',
	action: 'Get a weidian item',
	description: 'Get a product’s detail from Weidian by its item ID',
	routing: {
		request: { method: 'GET', url: '/products/platform/weidian/{itemId}' },
		send: { preSend: [platformItemPath] },
		output: { postReceive: fulfillbotOutput },
	},
};

const fields: INodeProperties[] = [platformItemIdField()];

export const description = updateDisplayOptions(
	{ show: { resource: ['product'], operation: ['getWeidianItem'] } },
	fields,
);
