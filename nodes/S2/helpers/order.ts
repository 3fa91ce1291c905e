import type { IDataObject } from 'n8n-workflow';

import { requiredValue, requireText, text, wholeNumber } from '../../shared/input/parameters';
import { readRows, type RowListNames } from '../../shared/input/rowList';
import { invalidField, validate } from '../../shared/input/validation';
import { readAddress } from './address';
import { fulfillmentAttachments } from './fulfillmentLists';

// POST /order (docs/api-notes.md#s2-order-create): accountId, channelOrderId,
// channelShippingMethod ("" rather than null), shippingAddress (all fields, "" when empty),
// billingAddress (or null), channelOrderDate (UTC), currencyId, item[] (the list is named `item`,
// singular, unlike POST /fulfillment's `items`), meta {}, attachments []. The docs do not list the
// order item's fields: productId + quantity are sent from the fields, and rows given as JSON are
// passed through as they are (after the same two checks), e.g. with a price.

export const ORDER_ITEM_LIST: RowListNames = {
	mode: 'orderItemsInputMode',
	collection: 'orderItems',
	row: 'item',
	json: 'orderItemsJson',
	label: 'Items',
	example: '[{"productId": "3775cc37-30e7-4579-a58e-c9adda6fa88", "quantity": 1}]',
};

const OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

/** The order date as UTC ISO text; a date-time without a zone is read as UTC. */
function utc(value: unknown): string | undefined {
	const raw = text(value);
	if (!raw) return undefined;
	const date = new Date(/T/.test(raw) && !OFFSET.test(raw) ? `${raw}Z` : raw);
	return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** preSend of Order → Create: the whole body, checked before the one request. */
export const buildOrderBody = validate(function (requestOptions) {
	const accountId = requireText(
		this,
		'accountId',
		'Account',
		'Pick the S2 account (sales channel) the order belongs to.',
	);
	const channelOrderId = requireText(
		this,
		'channelOrderId',
		'Channel Order ID',
		'Enter the order’s ID in your sales channel, e.g. the store’s order number.',
	);
	const rawDate = this.getNodeParameter('channelOrderDate', '');
	const channelOrderDate = utc(rawDate);
	if (!channelOrderDate) {
		throw invalidField(
			this,
			'Channel Order Date',
			text(rawDate) ? `is not a date (got ${JSON.stringify(rawDate)})` : 'is required',
			'Enter when the order was placed, e.g. 2024-04-24T06:00:33Z.',
		);
	}
	const currencyId = text(this.getNodeParameter('currencyId', 'USD')).toUpperCase();
	if (!/^[A-Z]{3}$/.test(currencyId)) {
		throw invalidField(
			this,
			'Currency',
			`must be a three-letter ISO 4217 code such as USD (got ${JSON.stringify(currencyId)})`,
			'Enter the currency code of the order, e.g. USD, CAD or EUR.',
		);
	}
	const items = readRows(this, ORDER_ITEM_LIST).map((row, i) => {
		const productId = requiredValue(
			this,
			row.productId,
			`Items[${i}].productId`,
			'Give every item the S2 product ID (from Product → Get Many).',
		);
		const quantity = wholeNumber(
			this,
			row.quantity,
			`Items[${i}].quantity`,
			1,
			'Set the quantity to a whole number, 1 or more.',
		);
		return { ...row, productId, quantity };
	});
	if (!items.length)
		throw invalidField(this, 'Items', 'is empty', 'Add at least one item (product and quantity).');
	const body: IDataObject = {
		accountId,
		channelOrderId,
		channelShippingMethod: text(this.getNodeParameter('channelShippingMethod', '')),
		shippingAddress: readAddress(this, 'Shipping Address'),
		billingAddress: null,
		channelOrderDate,
		currencyId,
		item: items,
		meta: {},
		attachments: fulfillmentAttachments(this),
	};
	requestOptions.body = body;
});
