import type { INodeProperties } from 'n8n-workflow';

/** The order an operation acts on: its numeric ID, which all order and fulfillment paths take. */
export function orderIdField(): INodeProperties {
	return {
		displayName: 'Order ID',
		name: 'orderId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '21057401932826316666967001',
		description: 'The order’s numeric ID (not its name such as #1001), e.g. from Order → Get Many',
	};
}
