import type { INodeProperties } from 'n8n-workflow';

/** The fulfillment of orders/{order_id}/fulfillments/{fulfillment_id}/… (Cancel, Update Tracking). */
export function fulfillmentIdField(): INodeProperties {
	return {
		displayName: 'Fulfillment ID',
		name: 'fulfillmentId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '4005740193290131085320',
		description: 'The fulfillment’s numeric ID, e.g. from Fulfillment → Get Many or Create',
	};
}
