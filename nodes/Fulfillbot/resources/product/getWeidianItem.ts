import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { platformItemId } from '../../helpers/ids';
import { fulfillbotOutput } from '../../helpers/output';

export const option: INodePropertyOptions = {
	name: 'Get Weidian Item',
	value: 'getWeidianItem',
	action: 'Get a weidian item',
	description: 'Get a product’s detail from Weidian by its item ID',
	routing: {
		request: { method: 'GET', url: '/products/platform/weidian/{itemId}' },
		send: { preSend: [platformItemId.fill] },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [platformItemId.field()];

export const description = updateDisplayOptions(
	{ show: { resource: ['product'], operation: ['getWeidianItem'] } },
	fields,
);
