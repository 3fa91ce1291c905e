import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { shippingOrderId } from '../../helpers/ids';
import { fulfillbotOutput } from '../../helpers/output';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a shipping order',
	description: 'Get a shipping order with its channel, weight, fee and tracking number',
	routing: {
		request: { method: 'GET', url: '/shipping/orders/{shippingOrderId}' },
		send: { preSend: [shippingOrderId.fill] },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [shippingOrderId.field()];

export const description = updateDisplayOptions(
	{ show: { resource: ['shippingOrder'], operation: ['get'] } },
	fields,
);
