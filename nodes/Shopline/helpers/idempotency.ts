import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { onceWithKey } from '../../shared/create/onceWithKey';
import { pathSegment, rawText, text } from '../../shared/input/parameters';
import { SHOPLINE_CREDENTIAL } from './errors';
import { pacedShoplineCreate } from './rate';
import { shoplineGet } from './shoplineGet';

// SHOPLINE's fulfillment has no field of the caller's own (docs/api-notes.md#shopline-no-idempotency: line_items, notify_customer,
// tracking_info_list), and the API has no idempotency key, so nothing sent can be searched for. The
// node keeps key → {order, fulfillment id} itself (shared/create/idempotency.ts, the ledger) and finds the
// fulfillment again in the order's fulfillments list (GET orders/{order_id}/fulfillments.json).

/** Pages of an order's fulfillments read to find one again (an order has a handful). */
const MAX_PAGES = 5;

async function findOnOrder(
	context: IExecuteSingleFunctions,
	orderId: string,
	id: string,
): Promise<IDataObject | undefined> {
	const url = `/orders/${pathSegment(context.getNode(), orderId, 'Order ID')}/fulfillments.json`;
	let pageInfo: string | undefined;
	for (let page = 0; page < MAX_PAGES; page++) {
		// As Fulfillment → Get Many: the list as SHOPLINE gives it (no limit is documented for it: docs/api-notes.md#shopline-paging), and
		// its `link` pages if it has any.
		const { body, next } = await shoplineGet(context, url, pageInfo ? { page_info: pageInfo } : {});
		const list = Array.isArray(body.fulfillments) ? (body.fulfillments as IDataObject[]) : [];
		const match = list.find((f) => rawText(f.id) === id);
		if (match) return match;
		if (!next) return undefined;
		pageInfo = next;
	}
	return undefined;
}

/** POST orders/{order_id}/fulfillments.json, sent once: one GET of the order's fulfillments per repeated key. */
export const fulfillmentCreate = onceWithKey('SHOPLINE', pacedShoplineCreate, {
	credential: SHOPLINE_CREDENTIAL,
	what: 'fulfillment',
	checkFirst: 'Fulfillment → Get Many for this order',
	refOf: (context, created) => {
		const id = rawText(created.id);
		const orderId = text(context.getNodeParameter('orderId', ''));
		return id && orderId ? { orderId, id } : undefined;
	},
	read: async (context, ref) => {
		try {
			return await findOnOrder(context, text(ref.orderId), rawText(ref.id));
		} catch (error) {
			if (String((error as { httpCode?: unknown }).httpCode) === '404') return undefined;
			throw error;
		}
	},
});

export const SHOPLINE_KEY_HOW =
	'SHOPLINE has no key of its own: this node remembers which fulfillment each key created, in the workflow’s saved data (see README “Retries and re-runs”).';
