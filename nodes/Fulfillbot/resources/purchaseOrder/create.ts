import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { idempotencyKeyField } from '../../../shared/create/idempotency';
import { FULFILLBOT_KEY_HOW, purchaseOrderCreate } from '../../helpers/idempotency';
import { skuItemListFields } from '../../helpers/itemList';
import { fulfillbotOutput } from '../../helpers/output';
import { buildPurchaseOrderBody } from '../../helpers/purchaseOrder';
import { additionalFieldsCollection } from '../../../shared/description/listFields';
import { notice } from '../../../shared/description/notice';

// POST /orders {items: [{productId, skuId, quantity, remark?}], remark?, couponId?} (docs/api-notes.md#fulfillbot-purchase-orders). The
// body is built and checked by helpers/purchaseOrder.ts before the one request.
export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a purchase order',
	description:
		'Buy product SKUs; the cost is taken from the wallet. Sent once, never retried by the node — keep "Retry On Fail" off.',
	routing: {
		request: { method: 'POST', url: '/orders' },
		// `paginate` hands the built request to sendOnce, which makes exactly one call.
		send: {
			preSend: [purchaseOrderCreate.check, buildPurchaseOrderBody],
			paginate: true,
		},
		operations: {
			// With an Idempotency Key, a repeated key returns the order it created (shared/create/idempotency.ts).
			pagination: purchaseOrderCreate.pagination,
		},
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [
	notice(
		'Creating an order spends wallet balance. Keep "Retry On Fail" off in this node’s settings: a retry re-runs the node and can place a second order.',
		'createNotice',
	),
	idempotencyKeyField(FULFILLBOT_KEY_HOW),
	...skuItemListFields('Notes for this item'),
	additionalFieldsCollection([
		{
			displayName: 'Coupon Name or ID',
			name: 'couponId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getCoupons' },
			default: '',
			description:
				'A claimed coupon to apply. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Remark',
			name: 'remark',
			type: 'string',
			default: '',
			description: 'Notes for the whole order',
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['purchaseOrder'], operation: ['create'] } },
	fields,
);
