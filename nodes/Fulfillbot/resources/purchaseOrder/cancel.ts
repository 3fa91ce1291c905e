import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { orderId } from '../../helpers/ids';
import { fulfillbotOutput } from '../../helpers/output';
import { buildPurchaseOrderCancelBody } from '../../helpers/purchaseOrder';

// POST /orders/:id/cancel {reason} (docs/api-notes.md#fulfillbot-purchase-orders). Only pending/paid orders can be cancelled; the API's
// 400 for any other status is shown as it is.
export const option: INodePropertyOptions = {
	name: 'Cancel',
	value: 'cancel',
	action: 'Cancel a purchase order',
	description:
		'Request cancellation of a pending or paid order; the amount is refunded to the wallet',
	routing: {
		request: { method: 'POST', url: '/orders/{orderId}/cancel' },
		send: { preSend: [orderId.fill, buildPurchaseOrderCancelBody] },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [
	orderId.field(),
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
