import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { orderPath } from '../../helpers/checks';
import { s2Output } from '../../helpers/output';
import { orderIdField } from './orderId';

export const option: INodePropertyOptions = {
	name: 'Get Details',
	value: 'get',
	action: 'Get order details',
	description: 'Get an order with its address, items and fulfillments (tracking numbers, labels)',
	routing: {
		request: { method: 'GET', url: '/order/{orderId}' },
		send: { preSend: [orderPath] },
		output: { postReceive: s2Output },
	},
};

const fields: INodeProperties[] = [orderIdField()];

export const description = updateDisplayOptions(
	{ show: { resource: ['order'], operation: ['get'] } },
	fields,
);
