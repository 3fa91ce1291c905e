import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { readIdempotencyKey, type LookUpCreate } from '../../shared/create/idempotency';
import { text } from '../../shared/input/parameters';
import { invalidField } from '../../shared/input/validation';
import { S2_CREDENTIAL } from './errors';
import { s2Get, s2Page } from './s2Get';

// S2 knows both of its creates by the channel's own IDs, so the key is one of them and nothing is kept
// by the node:
// - Fulfillment → Create: the key is sent as channelFulfillmentId; S2 refuses a second fulfillment with
//   it (HTTP 409 ALREADY_EXISTS, docs/api-notes.md#s2-duplicate-fulfillment), and the node then returns the one that exists (existing.ts).
// - Order → Create: S2's docs say nothing about a repeated channelOrderId (docs/api-notes.md#s2-order-create), so
//   the node looks first: GET /order?term=<key> (the list's search covers channelOrderId) and an exact
//   match on channelOrderId and the account. The key must therefore be the Channel Order ID.

/** Pages of the term search read (100 orders each); an exact channel order ID matches few. */
const MAX_PAGES = 5;

function orderKey(context: IExecuteSingleFunctions, key: string): void {
	if (key !== text(context.getNodeParameter('channelOrderId', '')))
		throw invalidField(
			context,
			'Idempotency Key',
			'must be the Channel Order ID (S2 finds an order by its channel order ID only)',
			'Set Idempotency Key to the same value or expression as Channel Order ID, or clear it.',
		);
}

/** preSend of Order → Create, first: the key is checked before anything is sent. */
export async function checkOrderKey(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const key = await readIdempotencyKey(this, S2_CREDENTIAL);
	if (key) orderKey(this, key);
	return requestOptions;
}

export const orderLookUp: LookUpCreate = {
	credential: S2_CREDENTIAL,
	find: async (context, key) => {
		orderKey(context, key);
		const accountId = text(context.getNodeParameter('accountId', ''));
		for (let page = 0; page < MAX_PAGES; page++) {
			const { records, total } = s2Page(
				await s2Get(context, '/order', { term: key, limit: 100, offset: page * 100 }),
			);
			const match = records.find(
				(o) =>
					text(o.channelOrderId) === key &&
					(!text(o.accountId) || !accountId || text(o.accountId) === accountId),
			);
			if (match) return match as IDataObject;
			if (records.length < 100 || (total !== undefined && (page + 1) * 100 >= total)) break;
		}
		return undefined;
	},
};

/**
 * preSend of Fulfillment → Create, after the body is built: the key becomes channelFulfillmentId (or
 * must equal the one given), so S2 itself refuses a second fulfillment with it.
 */
export async function applyFulfillmentKey(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const key = await readIdempotencyKey(this, S2_CREDENTIAL);
	if (!key) return requestOptions;
	const body = requestOptions.body as IDataObject;
	const given = text(body.channelFulfillmentId);
	if (given && given !== key)
		throw invalidField(
			this,
			'Idempotency Key',
			'differs from Channel Fulfillment ID (S2 knows a fulfillment by that ID only)',
			'Make the two the same, or leave one of them empty.',
		);
	body.channelFulfillmentId = key;
	return requestOptions;
}

export const S2_ORDER_KEY_HOW =
	'S2 finds an order by its channel order ID only, so set this to the same value as Channel Order ID: S2’s orders are searched for it before creating (one request).';
export const S2_FULFILLMENT_KEY_HOW =
	'Sent to S2 as the Channel Fulfillment ID (leave that field empty or give it the same value): S2 refuses a second fulfillment with it, and the existing one is returned.';
