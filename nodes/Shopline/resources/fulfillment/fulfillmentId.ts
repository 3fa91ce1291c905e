import type { INodeProperties } from 'n8n-workflow';

import { idField } from '../../../shared/description/idField';

/** The fulfillment of orders/{order_id}/fulfillments/{fulfillment_id}/… (Cancel, Update Tracking). */
export function fulfillmentIdField(): INodeProperties {
	return idField(
		'Fulfillment ID',
		'fulfillmentId',
		'4005740193290131085320',
		'The fulfillment’s numeric ID, e.g. from Fulfillment → Get Many or Create',
	);
}
