import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/description/listFields';
import { pagedGet } from '../../helpers/pagedGet';
import { searchFilter } from '../common/search';

// GET /product?limit&offset&term (term: SKU or name).
export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many products',
	description: 'List products, optionally matching a SKU or name',
	routing: pagedGet('/product'),
};

const fields: INodeProperties[] = [
	...returnAllAndLimit(),
	searchFilter('Only products whose SKU or name matches this text'),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['product'], operation: ['getAll'] } },
	fields,
);
