import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { packageId } from '../../helpers/ids';
import { fulfillbotOutput } from '../../helpers/output';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a package',
	description: 'Get a warehouse package with its weight and inspection photos',
	routing: {
		request: { method: 'GET', url: '/warehouse/packages/{packageId}' },
		send: { preSend: [packageId.fill] },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [packageId.field()];

export const description = updateDisplayOptions(
	{ show: { resource: ['warehousePackage'], operation: ['get'] } },
	fields,
);
