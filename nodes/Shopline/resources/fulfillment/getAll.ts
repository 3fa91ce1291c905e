import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { orderId } from '../../helpers/ids';
import { checkOrderId } from '../../helpers/fulfillment';
import { shoplineOutput } from '../../helpers/output';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many fulfillments of an order',
	description: 'List the fulfillments (shipments) of an order',
	routing: {
		request: { method: 'GET', url: '/orders/{orderId}/fulfillments.json' },
		send: { preSend: [orderId.fill, checkOrderId] },
		output: { postReceive: shoplineOutput('fulfillments') },
	},
};

const fields: INodeProperties[] = [orderId.field()];

export const description = updateDisplayOptions(
	{ show: { resource: ['fulfillment'], operation: ['getAll'] } },
	fields,
);
