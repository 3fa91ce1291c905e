import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { checkProfileUpdate } from '../../helpers/profile';
import { fulfillbotOutput } from '../../helpers/output';
import { updateFieldsCollection } from '../../../shared/description/listFields';

// Body inferred (docs/api-notes.md#fulfillbot-profile-bodies): the docs name PUT /user/profile (scope profile:write) but show no body; these are
// the editable fields GET /user/profile returns. Only the fields the user adds are sent.
export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update the profile',
	description: 'Change the username, email, avatar or language (scope profile:write)',
	routing: {
		request: { method: 'PUT', url: '/user/profile' },
		send: { preSend: [checkProfileUpdate] },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [
	updateFieldsCollection([
		{
			displayName: 'Avatar',
			name: 'avatar',
			type: 'string',
			default: '',
			placeholder: 'https://example.com/me.png',
			description: 'URL of the profile picture',
			routing: { send: { type: 'body', property: 'avatar' } },
		},
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			routing: {
				send: { type: 'body', property: 'email', value: '={{ String($value).trim() }}' },
			},
		},
		{
			displayName: 'Language',
			name: 'language',
			type: 'string',
			default: 'en',
			placeholder: 'en',
			description: 'Language code, e.g. en',
			routing: {
				send: { type: 'body', property: 'language', value: '={{ String($value).trim() }}' },
			},
		},
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			default: '',
			routing: {
				send: { type: 'body', property: 'username', value: '={{ String($value).trim() }}' },
			},
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['profile'], operation: ['update'] } },
	fields,
);
