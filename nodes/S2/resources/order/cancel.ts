import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { orderId } from '../../helpers/ids';
import { s2Output } from '../../helpers/output';

export const option: INodePropertyOptions = {
	name: 'Cancel',
	value: 'cancel',
	action: 'Cancel an order',
	description: 'Cancel an order; S2 answers with the order, status CANCELLED',
	routing: {
		request: { method: 'POST', url: '/order/{orderId}/cancel' },
		send: { preSend: [orderId.fill] },
		output: { postReceive: s2Output() },
	},
};

const fields: INodeProperties[] = [orderId.field()];

export const description = updateDisplayOptions(
	{ show: { resource: ['order'], operation: ['cancel'] } },
	fields,
);
