import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fulfillbotOutput } from '../../helpers/output';
import { shippingOrderPath } from '../../helpers/paths';
import { shippingOrderIdField } from './orderId';

export const option: INodePropertyOptions = {
	name: 'Confirm Delivery',
	value: 'confirmDelivery',
	action: 'Confirm delivery of a shipping order',
	description: 'Confirm that a shipped order was received',
	routing: {
		request: { method: 'POST', url: '/shipping/orders/{shippingOrderId}/confirm-delivery' },
		send: { preSend: [shippingOrderPath] },
		output: { postReceive: fulfillbotOutput },
	},
};

const fields: INodeProperties[] = [shippingOrderIdField()];

export const description = updateDisplayOptions(
	{ show: { resource: ['shippingOrder'], operation: ['confirmDelivery'] } },
	fields,
);
