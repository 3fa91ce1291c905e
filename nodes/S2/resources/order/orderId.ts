import type { INodeProperties } from 'n8n-workflow';

import { idField } from '../../../shared/description/idField';

/** The S2 order of GET /order/{orderId} (Get Order Details) and POST /order/{orderId}/cancel. */
export function orderIdField(): INodeProperties {
	return idField(
		'Order ID',
		'orderId',
		'ae52b0ab-8f0c-4b11-9c13-c5c221228ecd',
		'The S2 order’s ID, e.g. from Order → Get Many',
	);
}
