import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { idempotencyKeyField } from '../../../shared/create/idempotency';
import { FULFILLBOT_KEY_HOW, shippingOrderCreate } from '../../helpers/idempotency';
import { itemListFields } from '../../helpers/itemList';
import { fulfillbotOutput } from '../../helpers/output';
import { buildShippingOrderBody } from '../../helpers/shippingOrder';
import { notice } from '../../../shared/description/notice';

const typed = { recipientSource: ['fields'] };

function recipientText(
	displayName: string,
	name: string,
	placeholder: string,
	required = true,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		required,
		default: '',
		placeholder,
		displayOptions: { show: typed },
	};
}

// POST /shipping/create (docs/api-notes.md#fulfillbot-shipping-orders): items[{inventoryId, quantity}], logisticsChannelId, recipient*
// and remark. The body is built and checked by helpers/shippingOrder.ts (with helpers/orderItems.ts
// and helpers/recipient.ts) before the one request.
export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a shipping order',
	description:
		'Ship warehouse packages internationally. Sent once, never retried by the node — keep "Retry On Fail" off.',
	routing: {
		request: { method: 'POST', url: '/shipping/create' },
		// `paginate` hands the built request to sendOnce, which makes exactly one call.
		send: {
			preSend: [shippingOrderCreate.check, buildShippingOrderBody],
			paginate: true,
		},
		operations: {
			// With an Idempotency Key, a repeated key returns the order it created (shared/create/idempotency.ts).
			pagination: shippingOrderCreate.pagination,
		},
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [
	notice(
		'Creating a shipping order books the shipment and its fee. Keep "Retry On Fail" off in this node’s settings: a retry re-runs the node and can create a second shipping order.',
		'createNotice',
	),
	idempotencyKeyField(FULFILLBOT_KEY_HOW),
	...itemListFields({
		rows: 'packages',
		placeholder: 'Add Package',
		description: 'Warehouse packages to ship',
		values: [
			{
				displayName: 'Inventory ID',
				name: 'inventoryId',
				type: 'number',
				typeOptions: { minValue: 1, numberPrecision: 0 },
				default: 0,
				description: 'The package’s ID, e.g. from Warehouse Package → Get Shippable',
			},
			{
				displayName: 'Quantity',
				name: 'quantity',
				type: 'number',
				typeOptions: { minValue: 1, numberPrecision: 0 },
				default: 1,
			},
		],
		json: {
			displayName: 'Items (JSON)',
			name: 'itemsJson',
			type: 'json',
			default: '[\n  { "inventoryId": 101, "quantity": 1 }\n]',
			description: 'Array of {inventoryId, quantity}',
		},
	}),
	{
		displayName: 'Recipient',
		name: 'recipientSource',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Enter Below',
				value: 'fields',
				description: 'Type the recipient’s name, phone and address',
			},
			{
				name: 'Saved Address',
				value: 'savedAddress',
				description: 'Use one of the addresses saved in Fulfillbot',
			},
		],
		default: 'fields',
	},
	{
		displayName: 'Saved Address Name or ID',
		name: 'addressId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getAddresses' },
		required: true,
		default: '',
		description:
			'The recipient’s name, phone, country, state, city, address and zip code are taken from this address. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show: { recipientSource: ['savedAddress'] } },
	},
	recipientText('Recipient Name', 'recipientName', 'John Doe'),
	recipientText('Recipient Phone', 'recipientPhone', '+1-555-0123'),
	{
		displayName: 'Recipient Country Name or ID',
		name: 'recipientCountry',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getCountries' },
		required: true,
		default: '',
		description:
			'Two-letter country code, e.g. US. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show: typed },
	},
	recipientText('Recipient State', 'recipientState', 'California', false),
	recipientText('Recipient City', 'recipientCity', 'Los Angeles'),
	recipientText('Recipient Address', 'recipientAddress', '123 Main St'),
	recipientText('Recipient Zip Code', 'recipientZipCode', '90001'),
	{
		displayName: 'Weight (G)',
		name: 'weight',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description:
			'Total weight of the packages in grams. Only narrows the channel list below to channels that take it; not sent.',
	},
	{
		displayName: 'Logistics Channel Name or ID',
		name: 'logisticsChannelId',
		type: 'options',
		typeOptions: {
			loadOptionsMethod: 'getRecipientShippingChannels',
			loadOptionsDependsOn: ['recipientSource', 'addressId', 'recipientCountry', 'weight'],
		},
		required: true,
		default: '',
		description:
			'Shipping channel for the recipient’s country and the weight. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Remark',
		name: 'remark',
		type: 'string',
		default: '',
		description: 'Shipping instructions (sent only when set)',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['shippingOrder'], operation: ['create'] } },
	fields,
);
