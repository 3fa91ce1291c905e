import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/description/listFields';
import { pagedGet } from '../../helpers/pagedGet';

// GET /user/favorites answers {items, total} (docs/api-notes.md#fulfillbot-envelope); the paginator walks page/limit to `total`.
export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many favorites',
	description: 'Get the favorite products',
	routing: pagedGet('/user/favorites'),
};

const fields: INodeProperties[] = [...returnAllAndLimit()];

export const description = updateDisplayOptions(
	{ show: { resource: ['favorite'], operation: ['getAll'] } },
	fields,
);
