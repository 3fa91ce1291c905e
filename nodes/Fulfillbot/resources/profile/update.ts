import type { INodeProperties } from 'n8n-workflow';

// Body inferred: the docs name PUT /user/profile (scope profile:write) but show no body; these are
// the editable fields GET /user/profile returns. Only the fields the user adds are sent.
export const profileUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { resource: ['profile'], operation: ['update'] } },
		options: [
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
				routing: { send: { type: 'body', property: 'email', value: '={{ String($value).trim() }}' } },
			},
			{
				displayName: 'Language',
				name: 'language',
				type: 'string',
				default: 'en',
				placeholder: 'en',
				description: 'Language code, e.g. en',
				routing: { send: { type: 'body', property: 'language', value: '={{ String($value).trim() }}' } },
			},
			{
				displayName: 'Username',
				name: 'username',
				type: 'string',
				default: '',
				routing: { send: { type: 'body', property: 'username', value: '={{ String($value).trim() }}' } },
			},
		],
	},
];
