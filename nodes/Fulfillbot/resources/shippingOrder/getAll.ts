import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/description/listFields';
import { pagedGet } from '../../helpers/pagedGet';

// GET /shipping/orders pages with page/limit (docs/api-notes.md#fulfillbot-paging); the operation's paginator sends both.
export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many shipping orders',
	description: 'List shipping orders',
	routing: pagedGet('/shipping/orders'),
};

const fields: INodeProperties[] = [...returnAllAndLimit()];

export const description = updateDisplayOptions(
	{ show: { resource: ['shippingOrder'], operation: ['getAll'] } },
	fields,
);
