import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/listFields';
import { searchFilter } from '../common/search';

const show = { resource: ['product'], operation: ['getAll'] };

// GET /product?limit&offset&term (term: SKU or name).
export const productGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit(show),
	searchFilter(show, 'Only products whose SKU or name matches this text'),
];
