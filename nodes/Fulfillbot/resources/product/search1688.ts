import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/description/listFields';
import { checkQuery } from '../../helpers/product';
import { pagedGet } from '../../helpers/pagedGet';
import { platformQueryField } from './platformQuery';

export const option: INodePropertyOptions = {
	name: 'Search 1688',
	value: 'search1688',
	action: 'Search 1688',
	description: 'Search products on 1688',
	routing: pagedGet('/products/platform/1688/search', { preSend: [checkQuery] }),
};

const fields: INodeProperties[] = [platformQueryField(), ...returnAllAndLimit()];

export const description = updateDisplayOptions(
	{ show: { resource: ['product'], operation: ['search1688'] } },
	fields,
);
