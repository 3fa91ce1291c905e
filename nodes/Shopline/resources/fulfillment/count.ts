import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { orderId } from '../../helpers/ids';
import { checkOrderId } from '../../helpers/fulfillment';
import { shoplineOutput } from '../../helpers/output';

export const option: INodePropertyOptions = {
	name: 'Count',
	value: 'count',
	action: 'Count the fulfillments of an order',
	description: 'Get the number of fulfillments of an order',
	routing: {
		request: { method: 'GET', url: '/orders/{orderId}/fulfillments/count.json' },
		send: { preSend: [orderId.fill, checkOrderId] },
		output: { postReceive: shoplineOutput() },
	},
};

const fields: INodeProperties[] = [orderId.field()];

export const description = updateDisplayOptions(
	{ show: { resource: ['fulfillment'], operation: ['count'] } },
	fields,
);
