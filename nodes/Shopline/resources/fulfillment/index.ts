import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { sendOnce } from '../../../shared/sendOnce';
import { pacedShoplineCreate } from '../../helpers/rate';
import { validate } from '../../../shared/validation';
import { fulfillmentJson } from '../../helpers/body';
import { FULFILLMENT_ID_FIX, requireNumericId, requireOrderId, shoplinePath } from '../../helpers/checks';
import { givenLineItems, unfulfilledLineItems } from '../../helpers/lineItems';
import { shoplineOutput } from '../../helpers/output';
import { checkStoreHandle } from '../../helpers/storeHandle';
import { trackingInfoList } from '../../helpers/tracking';
import { fulfillmentCreateDescription } from './create';
import { fulfillmentOrderIdDescription } from './orderId';
import { fulfillmentUpdateTrackingDescription } from './updateTracking';

const fulfillmentsUrl = (suffix = '') => `/orders/{orderId}/fulfillments${suffix}`;
const oneFulfillmentUrl = (action: string) => `/orders/{orderId}/fulfillments/{fulfillmentId}/${action}.json`;

const checkOrderId = validate(function () {
	requireOrderId(this);
});

function requireIds(context: IExecuteSingleFunctions): void {
	requireOrderId(context);
	requireNumericId(context, 'fulfillmentId', 'Fulfillment ID', FULFILLMENT_ID_FIX);
}

// An empty JSON object: these POSTs document no body, and a JSON content type needs one.
const buildCancelBody = validate(function (requestOptions) {
	requireIds(this);
	requestOptions.body = '{}';
});

const buildTrackingBody = validate(function (requestOptions) {
	requireIds(this);
	const tracking_info_list = trackingInfoList(this, true);
	const notify_customer = this.getNodeParameter('notifyCustomer', false) as boolean;
	requestOptions.body = fulfillmentJson(undefined, { tracking_info_list, notify_customer });
});

// Everything the user typed is checked before any request; "All Unfulfilled" then makes one GET.
async function buildCreateBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const orderId = requireOrderId(this);
	const tracking = trackingInfoList(this, false);
	const notify_customer = this.getNodeParameter('notifyCustomer', false) as boolean;
	const given = givenLineItems(this);
	await checkStoreHandle(this);
	const lineItems = given ?? (await unfulfilledLineItems(this, orderId));
	requestOptions.body = fulfillmentJson(lineItems, { notify_customer, ...(tracking.length ? { tracking_info_list: tracking } : {}) });
	return requestOptions;
}

export const fulfillmentDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['fulfillment'] } },
		options: [
			{
				name: 'Cancel',
				value: 'cancel',
				action: 'Cancel a fulfillment',
				description: 'Cancel a shipment of an order',
				routing: {
					request: { method: 'POST', url: oneFulfillmentUrl('cancel') },
					send: { preSend: [shoplinePath, buildCancelBody] },
					output: { postReceive: shoplineOutput('fulfillment') },
				},
			},
			{
				name: 'Count',
				value: 'count',
				action: 'Count the fulfillments of an order',
				description: 'Get the number of fulfillments of an order',
				routing: {
					request: { method: 'GET', url: fulfillmentsUrl('/count.json') },
					send: { preSend: [shoplinePath, checkOrderId] },
					output: { postReceive: shoplineOutput() },
				},
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a fulfillment',
				description:
					'Ship line items of an order with tracking numbers. Sent once, never retried by the node — keep "Retry On Fail" off.',
				routing: {
					request: { method: 'POST', url: fulfillmentsUrl('.json') },
					// `paginate` hands the built request to sendOnce, which makes exactly one call.
					send: { preSend: [shoplinePath, buildCreateBody], paginate: true },
					operations: { pagination: pacedShoplineCreate('fulfillment', sendOnce('SHOPLINE', 'fulfillment', 'Fulfillment → Get Many for this order')) },
					output: { postReceive: shoplineOutput('fulfillment') },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many fulfillments of an order',
				description: 'List the fulfillments (shipments) of an order',
				routing: {
					request: { method: 'GET', url: fulfillmentsUrl('.json') },
					send: { preSend: [shoplinePath, checkOrderId] },
					output: { postReceive: shoplineOutput('fulfillments') },
				},
			},
			{
				name: 'Update Tracking',
				value: 'updateTracking',
				action: 'Update the tracking of a fulfillment',
				description: 'Set the tracking numbers of a shipment (up to 10)',
				routing: {
					request: { method: 'POST', url: oneFulfillmentUrl('update_tracking') },
					send: { preSend: [shoplinePath, buildTrackingBody] },
					output: { postReceive: shoplineOutput('fulfillment') },
				},
			},
		],
		default: 'create',
	},
	...fulfillmentOrderIdDescription,
	...fulfillmentCreateDescription,
	...fulfillmentUpdateTrackingDescription,
];
