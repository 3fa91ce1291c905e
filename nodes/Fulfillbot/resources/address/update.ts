import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { addressId } from '../../helpers/ids';
import { checkAddressUpdate } from '../../helpers/address';
import { fulfillbotOutput } from '../../helpers/output';
import { addressFields, isDefaultField, stateField } from './fields';
import { updateFieldsCollection } from '../../../shared/description/listFields';

// PUT /user/addresses/:id with the address fields to change (same names as GET /user/addresses).
export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update an address',
	description: 'Change a saved address',
	routing: {
		request: { method: 'PUT', url: '/user/addresses/{addressId}' },
		send: { preSend: [addressId.fill, checkAddressUpdate] },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [
	addressId.field(),
	updateFieldsCollection(
		[...addressFields(false), isDefaultField, stateField].sort((a, b) =>
			a.displayName.localeCompare(b.displayName),
		),
	),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['address'], operation: ['update'] } },
	fields,
);
