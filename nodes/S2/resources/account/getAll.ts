import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/description/listFields';
import { pagedGet } from '../../helpers/pagedGet';
import { searchFilter } from '../common/search';

// GET /account?limit&offset&term.
export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many accounts',
	description: 'List the organization’s accounts (sales channels)',
	routing: pagedGet('/account'),
};

const fields: INodeProperties[] = [
	...returnAllAndLimit(),
	searchFilter('Only accounts matching this text, e.g. a name or code'),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['account'], operation: ['getAll'] } },
	fields,
);
