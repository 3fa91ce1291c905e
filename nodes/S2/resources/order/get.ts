import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { orderId } from '../../helpers/ids';
import { s2Output } from '../../helpers/output';

export const option: INodePropertyOptions = {
	name: 'Get Details',
	value: 'get',
	action: 'Get order details',
	description: 'Get an order with its address, items and fulfillments (tracking numbers, labels)',
	routing: {
		request: { method: 'GET', url: '/order/{orderId}' },
		send: { preSend: [orderId.fill] },
		output: { postReceive: s2Output() },
	},
};

const fields: INodeProperties[] = [orderId.field()];

export const description = updateDisplayOptions(
	{ show: { resource: ['order'], operation: ['get'] } },
	fields,
);
