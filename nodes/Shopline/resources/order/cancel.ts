import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { orderId } from '../../helpers/ids';
import { buildOrderCancelBody } from '../../helpers/order';
import { shoplineOutput } from '../../helpers/output';

export const option: INodePropertyOptions = {
	name: 'Cancel',
	value: 'cancel',
	action: 'Cancel an order',
	description: 'Cancel an order',
	routing: {
		request: { method: 'POST', url: '/orders/{orderId}/cancel.json' },
		send: { preSend: [orderId.fill, buildOrderCancelBody] },
		output: { postReceive: shoplineOutput('order') },
	},
};

const fields: INodeProperties[] = [orderId.field()];

export const description = updateDisplayOptions(
	{ show: { resource: ['order'], operation: ['cancel'] } },
	fields,
);
