import type { INodeProperties } from 'n8n-workflow';

import { addressFields, isDefaultField, stateField } from './fields';

// PUT /user/addresses/:id with the address fields to change (same names as GET /user/addresses).
export const addressUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { resource: ['address'], operation: ['update'] } },
		options: [...addressFields(false), isDefaultField, stateField].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	},
];
