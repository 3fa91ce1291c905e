import type { ICredentialTestRequest, ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

import { secretField } from '../nodes/shared/description/secretField';
import { BASE_URL_EXPRESSION } from '../nodes/S2/helpers/baseUrl';
import { authenticateS2 } from '../nodes/S2/helpers/authenticate';

export class S2Api implements ICredentialType {
	name = 's2Api';

	displayName = 'S2 API';

	icon: Icon = { light: 'file:../icons/s2.svg', dark: 'file:../icons/s2.dark.svg' };

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-fulfillment#s2';

	properties: INodeProperties[] = [
		secretField('Access Token', 'accessToken', true, {
			description:
				"Bearer token from S2's Login API. S2 tokens expire after 7 days: paste a fresh one here when requests start failing with 401.",
		}),
		{
			displayName: 'Organization ID',
			name: 'organizationId',
			type: 'string',
			default: '',
			placeholder: '95d73baf-76ba-4bea-86ac-1534c5e5d4aa',
			description:
				'UUID of the S2 organization, sent as the X-S2-Organization header. Needed when your user belongs to several organizations; left empty, the header is not sent.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			required: true,
			default: 'https://api.s2sell.io',
			description:
				"S2's documented sandbox is https://api.s2sell.io. S2 does not publish its production URL: ask Ventmere for yours. Must be https (http only on a loopback address), with no user name, password, query or fragment.",
		},
	];

	// A function rather than generic headers: nodes/S2/helpers/authenticate.ts.
	authenticate = authenticateS2;

	test: ICredentialTestRequest = {
		request: {
			baseURL: BASE_URL_EXPRESSION,
			url: '/account',
			qs: { limit: 1 },
		},
	};
}
