import type { INodeProperties } from 'n8n-workflow';

/** The shipping order an operation acts on: GET /shipping/orders/:id, POST …/cancel and …/confirm-delivery (seed 001). */
export function shippingOrderIdField(): INodeProperties {
	return {
		displayName: 'Shipping Order ID',
		name: 'shippingOrderId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'SHP-20240120-001',
		description: 'The shipping order’s number (orderNo), e.g. from Shipping Order → Get Many',
	};
}
