import type { INodeProperties } from 'n8n-workflow';

import { trackingInfoFields } from './tracking';

// POST orders/{order_id}/fulfillments/{fulfillment_id}/update_tracking.json
// {fulfillment: {tracking_info_list, notify_customer}} (at most 10 entries).
export const fulfillmentUpdateTrackingDescription: INodeProperties[] = trackingInfoFields({
	resource: ['fulfillment'],
	operation: ['updateTracking'],
});
