import type { INodeProperties } from 'n8n-workflow';

/** The order a single-order operation acts on; the docs use the order number (orderNo) as the ID. */
export function orderIdField(): INodeProperties {
	return {
		displayName: 'Order ID',
		name: 'orderId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'ORD-20240115-001',
		description: 'The purchase order’s number (orderNo), e.g. from Purchase Order → Get Many',
	};
}
