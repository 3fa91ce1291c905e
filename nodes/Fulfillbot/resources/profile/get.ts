import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fulfillbotOutput } from '../../helpers/output';

// GET /user/profile takes no parameters (docs/api-notes.md#fulfillbot-profile-bodies).
export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get the profile',
	description: 'Get the profile of the user who owns the API key (scope profile:read)',
	routing: {
		request: { method: 'GET', url: '/user/profile' },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [];

export const description = updateDisplayOptions(
	{ show: { resource: ['profile'], operation: ['get'] } },
	fields,
);
