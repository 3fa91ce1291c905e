import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/listFields';
import { searchFilter } from '../common/search';

const show = { resource: ['order'], operation: ['getAll'] };

// GET /order?limit (max 100)&offset&term: the paginator sends limit/offset from Return All / Limit.
export const orderGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit(show),
	searchFilter(show, 'Only orders matching this text, e.g. a channel order ID'),
];
