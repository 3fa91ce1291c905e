import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { addressId } from '../../helpers/ids';
import { fulfillbotOutput } from '../../helpers/output';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete an address',
	description: 'Delete a saved address',
	routing: {
		request: { method: 'DELETE', url: '/user/addresses/{addressId}' },
		send: { preSend: [addressId.fill] },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [addressId.field()];

export const description = updateDisplayOptions(
	{ show: { resource: ['address'], operation: ['delete'] } },
	fields,
);
