import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/listFields';
import { searchFilter } from '../common/search';

const show = { resource: ['account'], operation: ['getAll'] };

// GET /account?limit&offset&term.
export const accountGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit(show),
	searchFilter(show, 'Only accounts matching this text, e.g. a name or code'),
];
