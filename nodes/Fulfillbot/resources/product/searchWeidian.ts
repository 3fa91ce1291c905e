import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/description/listFields';
import { checkQuery } from '../../helpers/product';
import { pagedGet } from '../../helpers/pagedGet';
import { platformQueryField } from './platformQuery';

export const option: INodePropertyOptions = {
	name: 'Search Weidian',
	value: 'searchWeidian',
	action: 'Search weidian',
	description: 'Search products on Weidian',
	routing: pagedGet('/products/platform/weidian/search', { preSend: [checkQuery] }),
};

const fields: INodeProperties[] = [platformQueryField(), ...returnAllAndLimit()];

export const description = updateDisplayOptions(
	{ show: { resource: ['product'], operation: ['searchWeidian'] } },
	fields,
);
