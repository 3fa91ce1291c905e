import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { checkAddressCreate } from '../../helpers/address';
import { fulfillbotOutput } from '../../helpers/output';
import { addressFields, isDefaultField, stateField } from './fields';
import { additionalFieldsCollection } from '../../../shared/description/listFields';

// Body inferred (docs/api-notes.md#fulfillbot-profile-bodies): the docs name POST /user/addresses but show no body; it takes the fields an
// address has in GET /user/addresses. Required as a shipping order's recipient* fields are.
export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create an address',
	description: 'Save a new shipping address',
	routing: {
		request: { method: 'POST', url: '/user/addresses' },
		send: { preSend: [checkAddressCreate] },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [
	...addressFields(true),
	additionalFieldsCollection([isDefaultField, stateField]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['address'], operation: ['create'] } },
	fields,
);
