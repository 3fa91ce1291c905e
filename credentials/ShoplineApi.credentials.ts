import type { ICredentialTestRequest, ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

import { secretField } from '../nodes/shared/description/secretField';
import { BASE_URL_EXPRESSION } from '../nodes/Shopline/helpers/baseUrl';
import { authenticateShopline } from '../nodes/Shopline/helpers/authenticate';

export class ShoplineApi implements ICredentialType {
	name = 'shoplineApi';

	displayName = 'SHOPLINE API';

	icon: Icon = { light: 'file:../icons/shopline.svg', dark: 'file:../icons/shopline.dark.svg' };

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-fulfillment#shopline';

	properties: INodeProperties[] = [
		{
			displayName: 'Store Handle',
			name: 'handle',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'open001',
			description: 'The part of your store address before .myshopline.com',
		},
		secretField('Access Token', 'accessToken', true, {
			description:
				'Private-app access token from the SHOPLINE admin (Apps → Develop apps) with the read_orders and write_orders scopes',
		}),
		{
			displayName: 'API Version',
			name: 'apiVersion',
			type: 'string',
			required: true,
			default: 'v20260301',
			description: 'SHOPLINE Open API version, as in the URL path (e.g. v20260301)',
		},
		secretField('App Secret', 'appSecret', false, {
			description:
				'Only for the SHOPLINE Webhook Trigger: the app secret of the same private app (Apps → Develop apps → the app → App credentials). It checks that each webhook really comes from SHOPLINE (X-Shopline-Hmac-Sha256); it is never sent anywhere.',
		}),
		{
			displayName: 'Base URL Override',
			name: 'baseUrlOverride',
			type: 'string',
			default: '',
			placeholder: 'http://127.0.0.1:5679/shopline/sandbox-store',
			description:
				'For the sandbox and tests only: replaces https://{handle}.myshopline.com. Must be https, or http on a loopback address. Leave empty for a real store.',
		},
	];

	// A function rather than generic headers: nodes/Shopline/helpers/authenticate.ts.
	authenticate = authenticateShopline;

	test: ICredentialTestRequest = {
		request: {
			baseURL: BASE_URL_EXPRESSION,
			url: '/orders/count.json',
			headers: { 'Content-Type': 'application/json; charset=utf-8' },
		},
	};
}
