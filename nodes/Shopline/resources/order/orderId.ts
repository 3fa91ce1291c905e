import type { INodeProperties } from 'n8n-workflow';

import { orderIdField } from '../orderIdField';

// The order Get and Cancel act on. SHOPLINE has no single-order GET: Get asks orders.json?ids=.
export const orderIdDescription: INodeProperties[] = [
	orderIdField({ resource: ['order'], operation: ['get', 'cancel'] }),
];
