import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { checkOrderId } from '../../helpers/fulfillment';
import { shoplineOutput } from '../../helpers/output';
import { shoplinePath } from '../../helpers/checks';
import { orderIdField } from '../orderIdField';

export const option: INodePropertyOptions = {
	name: 'Count',
	value: 'count',
	action: 'Count the fulfillments of an order',
	description: 'Get the number of fulfillments of an order',
	routing: {
		request: { method: 'GET', url: '/orders/{orderId}/fulfillments/count.json' },
		send: { preSend: [shoplinePath, checkOrderId] },
		output: { postReceive: shoplineOutput() },
	},
};

const fields: INodeProperties[] = [orderIdField()];

export const description = updateDisplayOptions(
	{ show: { resource: ['fulfillment'], operation: ['count'] } },
	fields,
);
