import type { INodeProperties } from 'n8n-workflow';

import { idField } from '../../../shared/description/idField';

/** The order a single-order operation acts on; the docs use the order number (orderNo) as the ID. */
export function orderIdField(): INodeProperties {
	return idField(
		'Order ID',
		'orderId',
		'ORD-20240115-001',
		'The purchase order’s number (orderNo), e.g. from Purchase Order → Get Many',
	);
}
