import type { INodeProperties } from 'n8n-workflow';

// The order every single-order operation acts on: GET /orders/:id (+ /status, /logistics,
// /inspection) and POST /orders/:id/cancel. The docs use the order number as the ID.
export const purchaseOrderIdDescription: INodeProperties[] = [
	{
		displayName: 'Order ID',
		name: 'orderId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'ORD-20240115-001',
		description: 'The purchase order’s number (orderNo), e.g. from Purchase Order → Get Many',
		displayOptions: {
			show: { resource: ['purchaseOrder'], operation: ['cancel', 'get', 'getInspection', 'getLogistics', 'getStatus'] },
		},
	},
];
