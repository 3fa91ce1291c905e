import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { orderId } from '../../helpers/ids';
import { checkOrderId } from '../../helpers/fulfillment';
import { shoplineOutput } from '../../helpers/output';

export const option: INodePropertyOptions = {
	name: 'Get Many for Order',
	value: 'getForOrder',
	action: 'Get the fulfillment orders of an order',
	description: 'List the fulfillment orders of one order',
	routing: {
		request: { method: 'GET', url: '/fulfillment_orders/{orderId}/fulfillment_orders.json' },
		send: { preSend: [orderId.fill, checkOrderId] },
		output: { postReceive: shoplineOutput('fulfillment_orders') },
	},
};

const fields: INodeProperties[] = [orderId.field()];

export const description = updateDisplayOptions(
	{ show: { resource: ['fulfillmentOrder'], operation: ['getForOrder'] } },
	fields,
);
