import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { validate } from '../../shared/input/validation';
import { fulfillmentJson } from './body';
import { fulfillmentId, numericParam, orderId } from './ids';
import { givenLineItems, unfulfilledLineItems } from './lineItems';
import { checkStoreHandle } from './storeHandle';
import { trackingInfoList } from './tracking';

// Fulfillment: checks and bodies, built before the request.

export const checkOrderId = validate(function () {
	numericParam(this, orderId);
});

function requireIds(context: IExecuteSingleFunctions): void {
	numericParam(context, orderId);
	numericParam(context, fulfillmentId);
}

// An empty JSON object: these POSTs document no body, and a JSON content type needs one.
export const buildFulfillmentCancelBody = validate(function (requestOptions) {
	requireIds(this);
	requestOptions.body = '{}';
});

export const buildTrackingBody = validate(function (requestOptions) {
	requireIds(this);
	const tracking_info_list = trackingInfoList(this, true);
	const notify_customer = this.getNodeParameter('notifyCustomer', false) as boolean;
	requestOptions.body = fulfillmentJson(undefined, { tracking_info_list, notify_customer });
});

// Everything the user typed is checked before any request; "All Unfulfilled" then makes one GET.
export async function buildFulfillmentBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const order = numericParam(this, orderId);
	const tracking = trackingInfoList(this, false);
	const notify_customer = this.getNodeParameter('notifyCustomer', false) as boolean;
	const given = givenLineItems(this);
	await checkStoreHandle(this);
	const lineItems = given ?? (await unfulfilledLineItems(this, order));
	requestOptions.body = fulfillmentJson(lineItems, {
		notify_customer,
		...(tracking.length ? { tracking_info_list: tracking } : {}),
	});
	return requestOptions;
}

// Blank filters are not sent (an empty assignment_status would filter on "").
export const dropBlankFilters = validate(function (requestOptions) {
	for (const name of ['assignment_status', 'location_ids', 'since_id']) {
		const value = requestOptions.qs?.[name];
		if (typeof value === 'string') {
			if (value.trim()) requestOptions.qs![name] = value.trim();
			else delete requestOptions.qs![name];
		}
	}
});
