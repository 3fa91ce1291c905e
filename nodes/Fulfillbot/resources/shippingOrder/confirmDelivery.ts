import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { shippingOrderId } from '../../helpers/ids';
import { fulfillbotOutput } from '../../helpers/output';

export const option: INodePropertyOptions = {
	name: 'Confirm Delivery',
	value: 'confirmDelivery',
	action: 'Confirm delivery of a shipping order',
	description: 'Confirm that a shipped order was received',
	routing: {
		request: { method: 'POST', url: '/shipping/orders/{shippingOrderId}/confirm-delivery' },
		send: { preSend: [shippingOrderId.fill] },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [shippingOrderId.field()];

export const description = updateDisplayOptions(
	{ show: { resource: ['shippingOrder'], operation: ['confirmDelivery'] } },
	fields,
);
