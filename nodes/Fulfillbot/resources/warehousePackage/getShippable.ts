import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/description/listFields';
import { pagedGet } from '../../helpers/pagedGet';

export const option: INodePropertyOptions = {
	name: 'Get Shippable',
	value: 'getShippable',
	action: 'Get shippable packages',
	description: 'Get the packages ready to ship',
	routing: pagedGet('/warehouse/packages/shippable'),
};

const fields: INodeProperties[] = [...returnAllAndLimit()];

export const description = updateDisplayOptions(
	{ show: { resource: ['warehousePackage'], operation: ['getShippable'] } },
	fields,
);
