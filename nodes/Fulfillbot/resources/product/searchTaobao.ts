import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/description/listFields';
import { checkQuery } from '../../helpers/product';
import { pagedGet } from '../../helpers/pagedGet';
import { platformQueryField } from './platformQuery';

export const option: INodePropertyOptions = {
	name: 'Search Taobao',
	value: 'searchTaobao',
	action: 'Search taobao',
	description: 'Search products on Taobao',
	routing: pagedGet('/products/platform/taobao/search', { preSend: [checkQuery] }),
};

const fields: INodeProperties[] = [platformQueryField(), ...returnAllAndLimit()];

export const description = updateDisplayOptions(
	{ show: { resource: ['product'], operation: ['searchTaobao'] } },
	fields,
);
