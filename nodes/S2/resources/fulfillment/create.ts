import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { idempotencyKeyField } from '../../../shared/create/idempotency';
import { sendOnce } from '../../../shared/create/sendOnce';
import { returnExistingOutput } from '../../helpers/existing';
import { buildFulfillmentBody } from '../../helpers/fulfillment';
import { applyFulfillmentKey, S2_FULFILLMENT_KEY_HOW } from '../../helpers/idempotency';
import { pacedS2Create } from '../../helpers/rate';
import { addressFields } from '../common/address';
import { attachmentsField } from '../common/attachments';
import { fulfillmentCreateLists } from './createLists';
import { additionalFieldsCollection } from '../../../shared/description/listFields';
import { notice } from '../../../shared/description/notice';
import { optionsField } from '../../../shared/description/optionsField';

// POST /fulfillment (docs/api-notes.md#s2-fulfillment-create). The body is built and checked by helpers/fulfillment.ts.
export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a fulfillment',
	description:
		'Send items to be shipped by S2, for an order or standalone. Sent once, never retried by the node — keep "Retry On Fail" off.',
	routing: {
		request: { method: 'POST', url: '/fulfillment' },
		// `paginate` hands the built request to sendOnce, which makes exactly one call.
		send: { preSend: [buildFulfillmentBody, applyFulfillmentKey], paginate: true },
		operations: {
			pagination: pacedS2Create(
				'fulfillment',
				sendOnce('S2', 'fulfillment', 'the order’s fulfillments in S2 (Order → Get Details)'),
			),
		},
		output: { postReceive: returnExistingOutput },
	},
};

const fields: INodeProperties[] = [
	notice(
		'Creating a fulfillment ships goods. Keep "Retry On Fail" off in this node’s settings: a retry re-runs the node and can create a second fulfillment. Set a Channel Fulfillment ID so that S2 refuses duplicates.',
		'createNotice',
	),
	{
		displayName: 'Channel Fulfillment ID',
		name: 'channelFulfillmentId',
		type: 'string',
		default: '',
		placeholder: 'shop-order-1001-f1',
		description:
			'Your own unique ID for this fulfillment. S2 refuses a second fulfillment with the same ID (HTTP 409), which makes re-running a workflow safe; see Options → If It Already Exists.',
	},
	idempotencyKeyField(S2_FULFILLMENT_KEY_HOW),
	...addressFields('Address'),
	{
		displayName: 'Shipping Method',
		name: 'shippingMethod',
		type: 'string',
		default: 'standard',
		placeholder: 'Expedited',
		description: 'Shipping method for the fulfillment; "standard" when there is no particular one',
	},
	...fulfillmentCreateLists,
	attachmentsField(),
	additionalFieldsCollection([
		{
			displayName: 'Account Code',
			name: 'accountCode',
			type: 'string',
			default: '',
			description: 'Code of the related S2 account, as shown on the Account page in S2',
		},
		{
			displayName: 'Additional Reference IDs',
			name: 'additionalReferenceIds',
			type: 'string',
			default: '',
			description: 'Other reference IDs of the order, separated by commas',
		},
		{
			displayName: 'Customer Note',
			name: 'customerNote',
			type: 'string',
			typeOptions: { rows: 2 },
			default: '',
		},
		{
			displayName: 'Method',
			name: 'method',
			type: 'options',
			options: [
				{ name: 'SPD', value: 0, description: 'Small parcel delivery' },
				{ name: 'Pickup', value: 1, description: 'Picked up at the warehouse' },
				{ name: 'LTL', value: 2, description: 'Less-than-truckload freight' },
			],
			default: 0,
			description: 'Fulfillment method (not sent unless added)',
		},
		{
			displayName: 'Order Account Name or ID',
			name: 'orderAccountId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getAccounts' },
			default: '',
			description:
				'Account of a fulfillment without an order (with an order, S2 uses the order’s account). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Order ID',
			name: 'orderId',
			type: 'string',
			default: '',
			description:
				'The existing S2 order this fulfillment belongs to; leave empty for a standalone fulfillment',
		},
		{
			displayName: 'Order Type',
			name: 'orderType',
			type: 'options',
			options: [
				{ name: 'B2C', value: 0 },
				{ name: 'B2B', value: 1 },
				{ name: 'FBA', value: 2 },
			],
			default: 0,
			description: 'S2 uses B2C when not set',
		},
		{
			displayName: 'RMA ID',
			name: 'rmaId',
			type: 'string',
			default: '',
			description: 'The existing return (RMA) this fulfillment belongs to, if any',
		},
		{
			displayName: 'Signature Required',
			name: 'signatureRequired',
			type: 'boolean',
			default: false,
			description: 'Whether the delivery needs a signature',
		},
		{
			displayName: 'Warehouse Name or ID',
			name: 'warehouseId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getWarehouses' },
			default: '',
			description:
				'Warehouse to ship from; S2 picks one when not set. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	]),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			optionsField(
				'If It Already Exists',
				'ifExists',
				[
					{
						name: 'Return an Error',
						value: 'error',
						description: 'Fail with S2’s message when the Channel Fulfillment ID is already used',
					},
					{
						name: 'Return the Existing Fulfillment',
						value: 'returnExisting',
						description:
							'Output the fulfillment that already has this Channel Fulfillment ID (found through the order when Order ID is set; otherwise {alreadyExists: true, channelFulfillmentId})',
					},
				],
				'error',
				'What to do when S2 answers that a fulfillment with this Channel Fulfillment ID already exists (HTTP 409)',
			),
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['fulfillment'], operation: ['create'] } },
	fields,
);
