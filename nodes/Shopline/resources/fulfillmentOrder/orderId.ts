import type { INodeProperties } from 'n8n-workflow';

import { orderIdField } from '../orderIdField';

export const fulfillmentOrderOrderIdDescription: INodeProperties[] = [
	orderIdField({ resource: ['fulfillmentOrder'], operation: ['getForOrder'] }),
];
