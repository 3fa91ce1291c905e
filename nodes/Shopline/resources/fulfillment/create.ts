import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { orderId } from '../../helpers/ids';
import { idempotencyKeyField } from '../../../shared/create/idempotency';
import { fulfillmentCreate, SHOPLINE_KEY_HOW } from '../../helpers/idempotency';
import { buildFulfillmentBody } from '../../helpers/fulfillment';
import { shoplineOutput } from '../../helpers/output';
import { trackingInfoFields } from './tracking';
import { notice } from '../../../shared/description/notice';

// POST orders/{order_id}/fulfillments.json {fulfillment: {line_items: [{id, quantity}],
// notify_customer, tracking_info_list} (docs/api-notes.md#shopline-fulfillment-create). Built and checked by helpers/fulfillment.ts.
export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a fulfillment',
	description:
		'Ship line items of an order with tracking numbers. Sent once, never retried by the node — keep "Retry On Fail" off.',
	routing: {
		request: { method: 'POST', url: '/orders/{orderId}/fulfillments.json' },
		// `paginate` hands the built request to sendOnce, which makes exactly one call.
		send: {
			preSend: [orderId.fill, fulfillmentCreate.check, buildFulfillmentBody],
			paginate: true,
		},
		operations: {
			// With an Idempotency Key, a repeated key returns the fulfillment it created (shared/create/idempotency.ts).
			pagination: fulfillmentCreate.pagination,
		},
		output: { postReceive: shoplineOutput('fulfillment') },
	},
};

const fields: INodeProperties[] = [
	orderId.field(),
	idempotencyKeyField(SHOPLINE_KEY_HOW),
	notice(
		'Creating a fulfillment marks items shipped and can email the customer. Keep "Retry On Fail" off in this node’s settings: a retry re-runs the node and can create a second fulfillment.',
		'createNotice',
	),
	{
		displayName: 'Line Items From',
		name: 'lineItemsSource',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Using Fields Below',
				value: 'fields',
				description: 'Pick the line items and quantities one by one',
			},
			{
				name: 'Using JSON',
				value: 'json',
				description: 'Give a JSON array, e.g. from an earlier node',
			},
			{
				name: 'All Unfulfilled Line Items',
				value: 'allUnfulfilled',
				description:
					'Read the order first and ship every line item with its remaining (fulfillable) quantity',
			},
		],
		default: 'fields',
	},
	{
		displayName: 'Line Items',
		name: 'lineItems',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Line Item',
		default: {},
		displayOptions: { show: { lineItemsSource: ['fields'] } },
		options: [
			{
				displayName: 'Item',
				name: 'item',
				values: [
					{
						displayName: 'Line Item Name or ID',
						name: 'id',
						type: 'options',
						typeOptions: {
							loadOptionsMethod: 'getOrderLineItems',
							loadOptionsDependsOn: ['orderId'],
						},
						default: '',
						description:
							'The order’s line item to ship. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
					},
					{
						displayName: 'Quantity',
						name: 'quantity',
						type: 'number',
						typeOptions: { minValue: 1, numberPrecision: 0 },
						default: 1,
					},
				],
			},
		],
	},
	{
		displayName: 'Line Items (JSON)',
		name: 'lineItemsJson',
		type: 'json',
		default: '[\n  { "id": "12345678901234", "quantity": 1 }\n]',
		description: 'Array of {ID, quantity}. Give long IDs as text (in quotes) so no digit is lost.',
		displayOptions: { show: { lineItemsSource: ['json'] } },
	},
	...trackingInfoFields(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['fulfillment'], operation: ['create'] } },
	fields,
);
