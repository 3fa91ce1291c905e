import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { buildOrderCancelBody } from '../../helpers/order';
import { shoplineOutput } from '../../helpers/output';
import { shoplinePath } from '../../helpers/checks';
import { orderIdField } from '../orderIdField';

export const option: INodePropertyOptions = {
	name: 'Cancel',
	value: 'cancel',
	action: 'Cancel an order',
	description: 'Cancel an order',
	routing: {
		request: { method: 'POST', url: '/orders/{orderId}/cancel.json' },
		send: { preSend: [shoplinePath, buildOrderCancelBody] },
		output: { postReceive: shoplineOutput('order') },
	},
};

const fields: INodeProperties[] = [orderIdField()];

export const description = updateDisplayOptions(
	{ show: { resource: ['order'], operation: ['cancel'] } },
	fields,
);
