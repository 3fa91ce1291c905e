import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fillPath } from '../../../shared/input/parameters';
import { fulfillmentId, orderId } from '../../helpers/ids';
import { buildFulfillmentCancelBody } from '../../helpers/fulfillment';
import { shoplineOutput } from '../../helpers/output';

export const option: INodePropertyOptions = {
	name: 'Cancel',
	value: 'cancel',
	action: 'Cancel a fulfillment',
	description: 'Cancel a shipment of an order',
	routing: {
		request: { method: 'POST', url: '/orders/{orderId}/fulfillments/{fulfillmentId}/cancel.json' },
		send: { preSend: [fillPath(orderId, fulfillmentId), buildFulfillmentCancelBody] },
		output: { postReceive: shoplineOutput('fulfillment') },
	},
};

const fields: INodeProperties[] = [orderId.field(), fulfillmentId.field()];

export const description = updateDisplayOptions(
	{ show: { resource: ['fulfillment'], operation: ['cancel'] } },
	fields,
);
