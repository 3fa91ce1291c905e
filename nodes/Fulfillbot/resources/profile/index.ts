import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { invalidField, validate } from '../../../shared/validation';
import { fulfillbotOutput } from '../../helpers/output';
import { profileGetDescription } from './get';
import { profileUpdateDescription } from './update';

const showOnlyForProfile = { resource: ['profile'] };

const checkProfileUpdate = validate(function () {
	const fields = this.getNodeParameter('updateFields', {}) as IDataObject;
	if (!Object.keys(fields).length) {
		throw invalidField(this, 'Update Fields', 'is empty', 'Add at least one field to change.');
	}
	for (const name of ['username', 'email', 'language'] as const) {
		if (name in fields && !String(fields[name] ?? '').trim()) {
			throw invalidField(this, `Update Fields › ${name}`, 'is empty', `Enter a ${name}, or remove the field.`);
		}
	}
	if ('email' in fields && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(fields.email).trim())) {
		throw invalidField(this, 'Update Fields › email', `is not an email address (got ${JSON.stringify(fields.email)})`, 'Enter an address like name@example.com.');
	}
});

export const profileDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForProfile },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get the profile',
				description: 'Get the profile of the user who owns the API key (scope profile:read)',
				routing: {
					request: { method: 'GET', url: '/user/profile' },
					output: { postReceive: fulfillbotOutput },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update the profile',
				description: 'Change the username, email, avatar or language (scope profile:write)',
				routing: {
					request: { method: 'PUT', url: '/user/profile' },
					send: { preSend: [checkProfileUpdate] },
					output: { postReceive: fulfillbotOutput },
				},
			},
		],
		default: 'get',
	},
	...profileGetDescription,
	...profileUpdateDescription,
];
