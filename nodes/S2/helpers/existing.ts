import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	PostReceiveAction,
} from 'n8n-workflow';

import { pathSegment, text } from '../../shared/input/parameters';
import { apiErrorHandler } from '../../shared/transport/errors';
import type { PostReceive } from '../../shared/transport/routingSteps';
import { describeS2Error, readS2Error, S2_CREDENTIAL } from './errors';
import { s2Get } from './s2Get';

// Fulfillment → Create with Options → If It Already Exists → Return the Existing Fulfillment: a
// 409 ALREADY_EXISTS (duplicate channelFulfillmentId, docs/api-notes.md#s2-duplicate-fulfillment) is answered with the fulfillment
// that already exists, so a re-run workflow never creates a second shipment. S2 has no "find
// fulfillment by channelFulfillmentId" endpoint; the order's details list its fulfillments.

/** The existing fulfillment with this channelFulfillmentId on the order, if S2 lists it. */
async function findOnOrder(
	context: IExecuteSingleFunctions,
	orderId: string,
	channelFulfillmentId: string,
): Promise<IDataObject | undefined> {
	const order = (await s2Get(
		context,
		`/order/${pathSegment(context.getNode(), orderId, 'Order ID')}`,
	)) as IDataObject | undefined;
	const fulfillments = Array.isArray(order?.fulfillments)
		? (order.fulfillments as IDataObject[])
		: [];
	const match = fulfillments.find((f) => text(f?.channelFulfillmentId) === channelFulfillmentId);
	if (!match) return undefined;
	// The order details may carry a summary only: the fulfillment itself has every field.
	const id = text(match.id);
	return id
		? ((await s2Get(
				context,
				`/fulfillment/${pathSegment(context.getNode(), id, 'Fulfillment ID (from S2)')}`,
			)) as IDataObject)
		: match;
}

/** The Idempotency Key (already checked before sending), which was sent as channelFulfillmentId. */
const keyOf = (context: IExecuteSingleFunctions) =>
	text(context.getNodeParameter('idempotencyKey', ''));

/**
 * A duplicate 409 (ALREADY_EXISTS) when the user chose "Return the Existing Fulfillment", or set an
 * Idempotency Key (which asks for exactly that).
 */
function returnsExisting(this: IExecuteSingleFunctions, response: IN8nHttpFullResponse): boolean {
	return (
		response.statusCode === 409 &&
		readS2Error(response.body).code === 'ALREADY_EXISTS' &&
		(this.getNodeParameter('options.ifExists', 'error') === 'returnExisting' || !!keyOf(this))
	);
}

/**
 * postReceive of Fulfillment → Create, after the error handler (which lets only the duplicate above
 * through): the created fulfillment; on that duplicate, the existing one instead.
 */
const createdOrExisting: PostReceive = async function (_items, response) {
	if (!returnsExisting.call(this, response))
		return [{ json: (response.body ?? {}) as IDataObject }];
	const channelFulfillmentId =
		text(this.getNodeParameter('channelFulfillmentId', '')) || keyOf(this);
	const orderId = text(this.getNodeParameter('additionalFields.orderId', ''));
	const existing = orderId ? await findOnOrder(this, orderId, channelFulfillmentId) : undefined;
	// Marked so a workflow can tell "created now" from "already there".
	const json = existing
		? { ...existing, alreadyExists: true }
		: { alreadyExists: true, channelFulfillmentId };
	return [{ json: json as IDataObject }];
};

/** Output chain of Fulfillment → Create (in place of `s2Output()`). */
export const returnExistingOutput: PostReceiveAction[] = [
	apiErrorHandler(describeS2Error, S2_CREDENTIAL, { letThrough: returnsExisting }),
	createdOrExisting,
];
