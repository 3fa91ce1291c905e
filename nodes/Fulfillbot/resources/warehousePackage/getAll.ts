import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/description/listFields';
import { pagedGet } from '../../helpers/pagedGet';

// GET /warehouse/packages pages with page/limit (docs/api-notes.md#fulfillbot-paging); the paginator sends them from Return All / Limit.
export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many packages',
	description: 'Get the packages in the warehouse',
	routing: pagedGet('/warehouse/packages'),
};

const fields: INodeProperties[] = [...returnAllAndLimit()];

export const description = updateDisplayOptions(
	{ show: { resource: ['warehousePackage'], operation: ['getAll'] } },
	fields,
);
