import type { INodeProperties } from 'n8n-workflow';

// GET /shipping/orders/:id, POST /shipping/orders/:id/cancel and /confirm-delivery (seed 001).
export const shippingOrderIdDescription: INodeProperties[] = [
	{
		displayName: 'Shipping Order ID',
		name: 'shippingOrderId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'SHP-20240120-001',
		description: 'The shipping order’s number (orderNo), e.g. from Shipping Order → Get Many',
		displayOptions: { show: { resource: ['shippingOrder'], operation: ['cancel', 'confirmDelivery', 'get'] } },
	},
];
