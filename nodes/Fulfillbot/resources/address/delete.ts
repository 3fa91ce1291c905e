import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { addressPath } from '../../helpers/paths';
import { fulfillbotOutput } from '../../helpers/output';
import { addressIdField } from './addressId';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete an address',
	description: 'Delete a saved address',
	routing: {
		request: { method: 'DELETE', url: '/user/addresses/{addressId}' },
		send: { preSend: [addressPath] },
		output: { postReceive: fulfillbotOutput },
	},
};

const fields: INodeProperties[] = [addressIdField()];

export const description = updateDisplayOptions(
	{ show: { resource: ['address'], operation: ['delete'] } },
	fields,
);
