import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { optionalText } from '../../shared/input/parameters';
import { requireText } from './checks';
import { shippingOrderItems } from './orderItems';
import { shippingRecipient } from './recipient';

/**
 * POST /shipping/create {items, logisticsChannelId, recipient*, remark?}. Items, channel and
 * recipient are all checked — and a saved address read (one GET /user/addresses) — before the one
 * create request is made. Async, unlike `validate(...)`, because of that read.
 */
export async function buildShippingOrderBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const items = shippingOrderItems(this);
	const logisticsChannelId = requireText(
		this,
		'logisticsChannelId',
		'Logistics Channel',
		'Pick a shipping channel for the recipient’s country, or use a channelId from Logistics → Get Shipping Methods.',
	);
	const recipient = await shippingRecipient(this, requestOptions);
	const body: IDataObject = { items, logisticsChannelId, ...recipient };
	const remark = optionalText(this, 'remark');
	if (remark) body.remark = remark;
	requestOptions.body = body;
	return requestOptions;
}
