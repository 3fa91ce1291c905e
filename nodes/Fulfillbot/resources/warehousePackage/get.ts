import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { idField } from '../../../shared/description/idField';
import { fulfillbotOutput } from '../../helpers/output';
import { packagePath } from '../../helpers/paths';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a package',
	description: 'Get a warehouse package with its weight and inspection photos',
	routing: {
		request: { method: 'GET', url: '/warehouse/packages/{packageId}' },
		send: { preSend: [packagePath] },
		output: { postReceive: fulfillbotOutput },
	},
};

const fields: INodeProperties[] = [
	idField(
		'Package ID',
		'packageId',
		'101',
		'The package’s ID (also the `inventoryId` a shipping order takes)',
	),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['warehousePackage'], operation: ['get'] } },
	fields,
);
