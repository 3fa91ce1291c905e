import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/listFields';

// GET /shipping/orders pages with page/limit (seed 001); the operation's paginator sends both.
export const shippingOrderGetAllDescription: INodeProperties[] = [...returnAllAndLimit({ resource: ['shippingOrder'], operation: ['getAll'] })];
