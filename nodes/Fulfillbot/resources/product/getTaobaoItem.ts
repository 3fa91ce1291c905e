import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { platformItemId } from '../../helpers/ids';
import { fulfillbotOutput } from '../../helpers/output';

export const option: INodePropertyOptions = {
	name: 'Get Taobao Item',
	value: 'getTaobaoItem',
	action: 'Get a taobao item',
	description: 'Get a product’s detail from Taobao by its item ID',
	routing: {
		request: { method: 'GET', url: '/products/platform/taobao/{itemId}' },
		send: { preSend: [platformItemId.fill] },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [platformItemId.field()];

export const description = updateDisplayOptions(
	{ show: { resource: ['product'], operation: ['getTaobaoItem'] } },
	fields,
);
