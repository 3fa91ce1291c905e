import type { INodeProperties } from 'n8n-workflow';

/** The S2 order of GET /order/{orderId} (Get Order Details) and POST /order/{orderId}/cancel. */
export function orderIdField(): INodeProperties {
	return {
		displayName: 'Order ID',
		name: 'orderId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'ae52b0ab-8f0c-4b11-9c13-c5c221228ecd',
		description: 'The S2 order’s ID, e.g. from Order → Get Many',
	};
}
