import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fulfillbotOutput } from '../../helpers/output';
import { purchaseOrderPath } from '../../helpers/paths';
import { buildPurchaseOrderCancelBody } from '../../helpers/purchaseOrder';
import { orderIdField } from './orderId';

// POST /orders/:id/cancel {reason} (seed 001). Only pending/paid orders can be cancelled; the API's
// 400 for any other status is shown as it is.
export const option: INodePropertyOptions = {
	name: 'Cancel',
	value: 'cancel',
	action: 'Cancel a purchase order',
	description:
		'Request cancellation of a pending or paid order; the amount is refunded to the wallet',
	routing: {
		request: { method: 'POST', url: '/orders/{orderId}/cancel' },
		send: { preSend: [purchaseOrderPath, buildPurchaseOrderCancelBody] },
		output: { postReceive: fulfillbotOutput },
	},
};

const fields: INodeProperties[] = [
	orderIdField(),
	{
		displayName: 'Reason',
		name: 'reason',
		type: 'string',
		default: '',
		placeholder: 'Changed my mind',
		description: 'Why the order is cancelled (sent only when set)',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['purchaseOrder'], operation: ['cancel'] } },
	fields,
);
