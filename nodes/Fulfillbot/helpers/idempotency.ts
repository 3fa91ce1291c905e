import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import type { LedgerCreate } from '../../shared/create/idempotency';
import { onceWithKey } from '../../shared/create/onceWithKey';
import { pathSegment, text } from '../../shared/input/parameters';
import { FULFILLBOT_CREDENTIAL } from './errors';
import { fulfillbotGet } from './fulfillbotGet';
import { pacedFulfillbotCreate } from './rate';

// Fulfillbot documents no idempotency key and no way to find an order by what was sent: `remark` is
// accepted on create, but neither the list (page, limit, status; orderNo, status, totalAmount,
// itemCount, createdAt) nor the detail returns it in the docs (docs/api-notes.md#fulfillbot-no-idempotency). So the node keeps the key →
// order number itself (shared/create/idempotency.ts, the ledger), and reads the order again on a repeat.

/** The record behind an order number; undefined when Fulfillbot answers 404. */
async function readAgain(
	context: IExecuteSingleFunctions,
	path: string,
	orderNo: unknown,
): Promise<IDataObject | undefined> {
	try {
		const segment = pathSegment(context.getNode(), text(orderNo), 'Order Number');
		return (await fulfillbotGet(context, `${path}/${segment}`)) as IDataObject;
	} catch (error) {
		if (String((error as { httpCode?: unknown }).httpCode) === '404') return undefined;
		throw error;
	}
}

function ledger(what: string, checkFirst: string, path: string): LedgerCreate {
	return {
		credential: FULFILLBOT_CREDENTIAL,
		what,
		checkFirst,
		refOf: (_context, created) =>
			text(created.orderNo) ? { orderNo: text(created.orderNo) } : undefined,
		read: async (context, ref) => await readAgain(context, path, ref.orderNo),
	};
}

/** POST /orders, sent once: one GET /orders/{orderNo} for each repeated key. */
export const purchaseOrderCreate = onceWithKey(
	'Fulfillbot',
	pacedFulfillbotCreate,
	ledger('purchase order', 'Purchase Order → Get Many and the wallet balance', '/orders'),
);

/** POST /shipping/create, sent once: one GET /shipping/orders/{orderNo} for each repeated key. */
export const shippingOrderCreate = onceWithKey(
	'Fulfillbot',
	pacedFulfillbotCreate,
	ledger('shipping order', 'Shipping Order → Get Many', '/shipping/orders'),
);

export const FULFILLBOT_KEY_HOW =
	'Fulfillbot has no key of its own: this node remembers which order each key created, in the workflow’s saved data (see README “Retries and re-runs”).';
