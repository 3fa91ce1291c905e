import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { orderPath } from '../../helpers/checks';
import { s2Output } from '../../helpers/output';
import { orderIdField } from './orderId';

export const option: INodePropertyOptions = {
	name: 'Cancel',
	value: 'cancel',
	action: 'Cancel an order',
	description: 'Cancel an order; S2 answers with the order, status CANCELLED',
	routing: {
		request: { method: 'POST', url: '/order/{orderId}/cancel' },
		send: { preSend: [orderPath] },
		output: { postReceive: s2Output },
	},
};

const fields: INodeProperties[] = [orderIdField()];

export const description = updateDisplayOptions(
	{ show: { resource: ['order'], operation: ['cancel'] } },
	fields,
);
