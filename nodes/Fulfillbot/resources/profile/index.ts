import type { INodeProperties } from 'n8n-workflow';

import { fulfillbotOutput } from '../../helpers/output';
import { profileGetDescription } from './get';

const showOnlyForProfile = { resource: ['profile'] };

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
		],
		default: 'get',
	},
	...profileGetDescription,
];
