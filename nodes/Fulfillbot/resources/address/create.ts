import type { INodeProperties } from 'n8n-workflow';

import { addressFields, isDefaultField, stateField } from './fields';

const show = { resource: ['address'], operation: ['create'] };

// Body inferred: the docs name POST /user/addresses but show no body; it takes the fields an
// address has in GET /user/addresses. Required as a shipping order's recipient* fields are.
export const addressCreateDescription: INodeProperties[] = [
	...addressFields(true).map((field) => ({ ...field, displayOptions: { show } })),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show },
		options: [isDefaultField, stateField],
	},
];
