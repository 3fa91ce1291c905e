import type { IDataObject } from 'n8n-workflow';

import { text } from '../../shared/input/parameters';
import { invalidField, validate } from '../../shared/input/validation';
import { readAddress } from './address';
import { fulfillmentAttachments, fulfillmentItems, fulfillmentShipments } from './fulfillmentLists';

/** Optional text fields of POST /fulfillment, sent only when set (docs/api-notes.md#s2-fulfillment-create). */
const OPTIONAL_TEXT = [
	'orderId',
	'rmaId',
	'warehouseId',
	'orderAccountId',
	'accountCode',
	'customerNote',
];

/** The documented int enums (docs/api-notes.md#s2-fulfillment-create): orderType 0 B2C, 1 B2B, 2 FBA; method 0 SPD, 1 PICKUP, 2 LTL. */
const ENUMS: Array<[string, string, Record<number, string>]> = [
	['orderType', 'Order Type', { 0: 'B2C', 1: 'B2B', 2: 'FBA' }],
	['method', 'Method', { 0: 'SPD', 1: 'PICKUP', 2: 'LTL' }],
];

/** additionalReferenceIds: a list, or text separated by commas / new lines. */
function referenceIds(value: unknown): string[] {
	const list = Array.isArray(value) ? value : text(value).split(/[\n,]/);
	return list.map(text).filter(Boolean);
}

/**
 * preSend of Fulfillment → Create: builds the whole POST /fulfillment body and checks it before
 * the one request is made. Required fields are always present (address with all ten fields,
 * shippingMethod, items, shipments, attachments); optional ones only when set.
 */
export const buildFulfillmentBody = validate(function (requestOptions) {
	const items = fulfillmentItems(this);
	const body: IDataObject = {
		address: readAddress(this),
		shippingMethod: text(this.getNodeParameter('shippingMethod', 'standard')) || 'standard',
		items,
		shipments: fulfillmentShipments(this, items),
		attachments: fulfillmentAttachments(this),
	};
	const channelFulfillmentId = text(this.getNodeParameter('channelFulfillmentId', ''));
	if (channelFulfillmentId) body.channelFulfillmentId = channelFulfillmentId;

	const extra = this.getNodeParameter('additionalFields', {}) as IDataObject;
	for (const key of OPTIONAL_TEXT) {
		const value = text(extra[key]);
		if (value) body[key] = value;
	}
	for (const [key, label, values] of ENUMS) {
		if (extra[key] === undefined || extra[key] === '') continue;
		const value = Number(extra[key]);
		if (!(value in values)) {
			const allowed = Object.entries(values)
				.map(([n, name]) => `${n} (${name})`)
				.join(', ');
			throw invalidField(
				this,
				label,
				`must be one of ${allowed} (got ${JSON.stringify(extra[key])})`,
				`Pick the ${label.toLowerCase()} from the list.`,
			);
		}
		body[key] = value;
	}
	if (extra.additionalReferenceIds !== undefined) {
		const ids = referenceIds(extra.additionalReferenceIds);
		if (ids.length) body.additionalReferenceIds = ids;
	}
	if (typeof extra.signatureRequired === 'boolean')
		body.signatureRequired = extra.signatureRequired;
	requestOptions.body = body;
});
