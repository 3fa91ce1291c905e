import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { idempotencyKeyField, lookUpFirst } from '../../../shared/create/idempotency';
import { rowListFields } from '../../../shared/input/rowList';
import { sendOnce } from '../../../shared/create/sendOnce';
import { checkOrderKey, orderLookUp, S2_ORDER_KEY_HOW } from '../../helpers/idempotency';
import { buildOrderBody, ORDER_ITEM_LIST } from '../../helpers/order';
import { s2Output } from '../../helpers/output';
import { pacedS2Create } from '../../helpers/rate';
import { addressFields } from '../common/address';
import { attachmentsField } from '../common/attachments';
import { productPicker, quantityField } from '../common/lineItem';
import { notice } from '../../../shared/description/notice';

// POST /order. The body is built and checked by helpers/order.ts.
export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create an order',
	description:
		'Create an order from a sales channel. Sent once, never retried by the node — keep "Retry On Fail" off.',
	routing: {
		request: { method: 'POST', url: '/order' },
		send: { preSend: [checkOrderKey, buildOrderBody], paginate: true },
		operations: {
			// With an Idempotency Key, S2's orders are searched first (helpers/idempotency.ts).
			pagination: lookUpFirst(
				orderLookUp,
				pacedS2Create(
					'order',
					sendOnce('S2', 'order', 'Order → Get Many (search for the channel order ID)'),
				),
			),
		},
		output: { postReceive: s2Output() },
	},
};

const fields: INodeProperties[] = [
	notice(
		'Keep "Retry On Fail" off in this node’s settings: a retry re-runs the node and can create the order twice.',
		'createOrderNotice',
	),
	{
		displayName: 'Account Name or ID',
		name: 'accountId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getAccounts' },
		required: true,
		default: '',
		description:
			'The S2 account (sales channel) the order comes from. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Channel Order ID',
		name: 'channelOrderId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '1001',
		description: 'The order’s ID in your sales channel',
	},
	idempotencyKeyField(S2_ORDER_KEY_HOW),
	{
		displayName: 'Channel Order Date',
		name: 'channelOrderDate',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'When the order was placed; sent in UTC (a time without a zone is taken as UTC)',
	},
	{
		displayName: 'Currency',
		name: 'currencyId',
		type: 'string',
		default: 'USD',
		description: 'ISO 4217 currency code of the order',
	},
	{
		displayName: 'Channel Shipping Method',
		name: 'channelShippingMethod',
		type: 'string',
		default: '',
		description:
			'Shipping method chosen in the sales channel (sent as an empty string when left empty)',
	},
	...addressFields('Shipping Address'),
	...rowListFields({
		...ORDER_ITEM_LIST,
		displayName: 'Items',
		rowDisplayName: 'Item',
		rows: 'items',
		placeholder: 'Add Item',
		description: 'The products and quantities ordered',
		values: [productPicker, quantityField],
		jsonDefault: '[\n  { "productId": "", "quantity": 1 }\n]',
		jsonDescription:
			'Array of {productId, quantity, ...}; other fields of each item are sent as given',
	}),
	attachmentsField(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['order'], operation: ['create'] } },
	fields,
);
