import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fillPath } from '../../../shared/input/parameters';
import { fulfillmentId, orderId } from '../../helpers/ids';
import { buildTrackingBody } from '../../helpers/fulfillment';
import { shoplineOutput } from '../../helpers/output';
import { trackingInfoFields } from './tracking';

// POST orders/{order_id}/fulfillments/{fulfillment_id}/update_tracking.json
// {fulfillment: {tracking_info_list, notify_customer}} (at most 10 entries).
export const option: INodePropertyOptions = {
	name: 'Update Tracking',
	value: 'updateTracking',
	action: 'Update the tracking of a fulfillment',
	description: 'Set the tracking numbers of a shipment (up to 10)',
	routing: {
		request: {
			method: 'POST',
			url: '/orders/{orderId}/fulfillments/{fulfillmentId}/update_tracking.json',
		},
		send: { preSend: [fillPath(orderId, fulfillmentId), buildTrackingBody] },
		output: { postReceive: shoplineOutput('fulfillment') },
	},
};

const fields: INodeProperties[] = [orderId.field(), fulfillmentId.field(), ...trackingInfoFields()];

export const description = updateDisplayOptions(
	{ show: { resource: ['fulfillment'], operation: ['updateTracking'] } },
	fields,
);
