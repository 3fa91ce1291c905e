import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { buildFulfillmentCancelBody } from '../../helpers/fulfillment';
import { shoplineOutput } from '../../helpers/output';
import { shoplinePath } from '../../helpers/checks';
import { fulfillmentIdField } from './fulfillmentId';
import { orderIdField } from '../orderIdField';

export const option: INodePropertyOptions = {
	name: 'Cancel',
	value: 'cancel',
	action: 'Cancel a fulfillment',
	description: 'Cancel a shipment of an order',
	routing: {
		request: { method: 'POST', url: '/orders/{orderId}/fulfillments/{fulfillmentId}/cancel.json' },
		send: { preSend: [shoplinePath, buildFulfillmentCancelBody] },
		output: { postReceive: shoplineOutput('fulfillment') },
	},
};

const fields: INodeProperties[] = [orderIdField(), fulfillmentIdField()];

export const description = updateDisplayOptions(
	{ show: { resource: ['fulfillment'], operation: ['cancel'] } },
	fields,
);
