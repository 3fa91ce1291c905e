import type { INodeProperties } from 'n8n-workflow';

import { idField } from '../../../shared/description/idField';

/** The shipping order an operation acts on: GET /shipping/orders/:id, POST …/cancel and …/confirm-delivery (seed 001). */
export function shippingOrderIdField(): INodeProperties {
	return idField(
		'Shipping Order ID',
		'shippingOrderId',
		'SHP-20240120-001',
		'The shipping order’s number (orderNo), e.g. from Shipping Order → Get Many',
	);
}
