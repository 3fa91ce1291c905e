import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fulfillbotOutput } from '../../helpers/output';
import { shippingOrderPath } from '../../helpers/paths';
import { shippingOrderIdField } from './orderId';

export const option: INodePropertyOptions = {
	name: 'Cancel',
	value: 'cancel',
	action: 'Cancel a shipping order',
	description: 'Cancel a shipping order that has not shipped yet',
	routing: {
		request: { method: 'POST', url: '/shipping/orders/{shippingOrderId}/cancel' },
		send: { preSend: [shippingOrderPath] },
		output: { postReceive: fulfillbotOutput },
	},
};

const fields: INodeProperties[] = [shippingOrderIdField()];

export const description = updateDisplayOptions(
	{ show: { resource: ['shippingOrder'], operation: ['cancel'] } },
	fields,
);
