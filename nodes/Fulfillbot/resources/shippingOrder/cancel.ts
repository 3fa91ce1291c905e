import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { shippingOrderId } from '../../helpers/ids';
import { fulfillbotOutput } from '../../helpers/output';

export const option: INodePropertyOptions = {
	name: 'Cancel',
	value: 'cancel',
	action: 'Cancel a shipping order',
	description: 'Cancel a shipping order that has not shipped yet',
	routing: {
		request: { method: 'POST', url: '/shipping/orders/{shippingOrderId}/cancel' },
		send: { preSend: [shippingOrderId.fill] },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [shippingOrderId.field()];

export const description = updateDisplayOptions(
	{ show: { resource: ['shippingOrder'], operation: ['cancel'] } },
	fields,
);
