import type { INodeProperties } from 'n8n-workflow';

import { idField } from '../../shared/description/idField';

/** The order an operation acts on: its numeric ID, which all order and fulfillment paths take. */
export function orderIdField(): INodeProperties {
	return idField(
		'Order ID',
		'orderId',
		'21057401932826316666967001',
		'The order’s numeric ID (not its name such as #1001), e.g. from Order → Get Many',
	);
}
