import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { fillPath } from '../../../shared/pathId';
import { requireText } from '../../helpers/checks';
import { shippingOrderItems } from '../../helpers/orderItems';
import { fulfillbotOutput } from '../../helpers/output';
import { pagedGet } from '../../helpers/pagedGet';
import { shippingRecipient } from '../../helpers/recipient';
import { sendOnce } from '../../../shared/sendOnce';
import { pacedFulfillbotCreate } from '../../helpers/rate';
import { shippingOrderCreateDescription } from './create';
import { shippingOrderGetAllDescription } from './getAll';
import { shippingOrderIdDescription } from './orderId';

const showOnlyForShippingOrder = { resource: ['shippingOrder'] };

const orderUrl = (suffix = '') => `/shipping/orders/{shippingOrderId}${suffix}`;

const orderPath = fillPath({
	shippingOrderId: { label: 'Shipping Order ID', fix: 'Enter the shipping order number (orderNo), e.g. from Shipping Order → Get Many.' },
});

/**
 * POST /shipping/create {items, logisticsChannelId, recipient*, remark?}. Items, channel and
 * recipient are all checked — and a saved address read (one GET /user/addresses) — before the one
 * create request is made. Async, unlike `validate(...)`, because of that read.
 */
async function buildCreateBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const items = shippingOrderItems(this);
	const logisticsChannelId = requireText(this, 'logisticsChannelId', 'Logistics Channel', 'Pick a shipping channel for the recipient’s country, or use a channelId from Logistics → Get Shipping Methods.');
	const recipient = await shippingRecipient(this, requestOptions);
	const body: IDataObject = { items, logisticsChannelId, ...recipient };
	const remark = String(this.getNodeParameter('remark', '') ?? '').trim();
	if (remark) body.remark = remark;
	requestOptions.body = body;
	return requestOptions;
}

export const shippingOrderDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForShippingOrder },
		options: [
			{
				name: 'Cancel',
				value: 'cancel',
				action: 'Cancel a shipping order',
				description: 'Cancel a shipping order that has not shipped yet',
				routing: {
					request: { method: 'POST', url: orderUrl('/cancel') },
					send: { preSend: [orderPath] },
					output: { postReceive: fulfillbotOutput },
				},
			},
			{
				name: 'Confirm Delivery',
				value: 'confirmDelivery',
				action: 'Confirm delivery of a shipping order',
				description: 'Confirm that a shipped order was received',
				routing: {
					request: { method: 'POST', url: orderUrl('/confirm-delivery') },
					send: { preSend: [orderPath] },
					output: { postReceive: fulfillbotOutput },
				},
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a shipping order',
				description:
					'Ship warehouse packages internationally. Sent once, never retried by the node — keep "Retry On Fail" off.',
				routing: {
					request: { method: 'POST', url: '/shipping/create' },
					// `paginate` hands the built request to sendOnce, which makes exactly one call.
					send: { preSend: [buildCreateBody], paginate: true },
					operations: { pagination: pacedFulfillbotCreate('shipping order', sendOnce('Fulfillbot', 'shipping order', 'Shipping Order → Get Many')) },
					output: { postReceive: fulfillbotOutput },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a shipping order',
				description: 'Get a shipping order with its channel, weight, fee and tracking number',
				routing: {
					request: { method: 'GET', url: orderUrl() },
					send: { preSend: [orderPath] },
					output: { postReceive: fulfillbotOutput },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many shipping orders',
				description: 'List shipping orders',
				routing: pagedGet('/shipping/orders'),
			},
		],
		default: 'getAll',
	},
	...shippingOrderIdDescription,
	...shippingOrderGetAllDescription,
	...shippingOrderCreateDescription,
];
