import type { ICredentialTestRequest, ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

import { secretField } from '../nodes/shared/description/secretField';
import { BASE_URL_EXPRESSION } from '../nodes/Fulfillbot/helpers/baseUrl';
import { authenticateFulfillbot } from '../nodes/Fulfillbot/helpers/authenticate';

export class FulfillbotApi implements ICredentialType {
	name = 'fulfillbotApi';

	displayName = 'Fulfillbot API';

	icon: Icon = { light: 'file:../icons/fulfillbot.svg', dark: 'file:../icons/fulfillbot.dark.svg' };

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-fulfillment#fulfillbot';

	properties: INodeProperties[] = [
		secretField('API Key', 'apiKey', true, {
			placeholder: 'sk-...',
			hint: 'Fulfillbot keys start with "sk-". Create one under API Keys in your Fulfillbot account and give it the scopes your workflows need (e.g. profile:read, orders:write).',
		}),
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			required: true,
			default: 'https://api.fulfillbot.com/api/v1/open',
			description:
				'Leave as is for the live API. Point it at the local sandbox (e.g. http://127.0.0.1:5679/fulfillbot/api/v1/open) to try workflows without real money. Must be https (http only on a loopback address), with no user name, password, query or fragment.',
		},
		secretField('Webhook Secret', 'webhookSecret', false, {
			description:
				'Only for the Fulfillbot Webhook Trigger: the webhook secret Fulfillbot shows where you register the webhook URL (your API key settings). It checks that each webhook really comes from Fulfillbot (X-Webhook-Signature); it is never sent anywhere.',
		}),
	];

	// A function rather than generic headers: nodes/Fulfillbot/helpers/authenticate.ts.
	authenticate = authenticateFulfillbot;

	// No responseCode `rules`: in n8n 2.8 the credential tester never matches them (its error has no
	// cause.response), so n8n's own 401/403 wording shows; the field hints say what to fix.
	test: ICredentialTestRequest = {
		request: {
			baseURL: BASE_URL_EXPRESSION,
			url: '/user/profile',
		},
	};
}
