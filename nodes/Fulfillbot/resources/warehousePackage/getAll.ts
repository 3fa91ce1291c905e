import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/listFields';

// GET /warehouse/packages and /warehouse/packages/shippable page with page/limit (seed 001); the
// operation's paginator sends them from Return All / Limit.
export const warehousePackageGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit({ resource: ['warehousePackage'], operation: ['getAll', 'getShippable'] }),
];
