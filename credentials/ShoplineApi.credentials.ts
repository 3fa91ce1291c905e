import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { BASE_URL_EXPRESSION, handleProblem, storeOrigin } from '../nodes/Shopline/helpers/baseUrl';
import { withoutRedirects } from '../nodes/shared/redirects';

const LOOPBACK = /^(127(?:\.\d{1,3}){3}|localhost|\[::1\])$/;

/** The origin the token may be sent to: the store itself, or the sandbox/test override. */
function allowedOrigin(credentials: ICredentialDataDecryptedObject): string {
	const handle = String(credentials.handle ?? '');
	const problem = handleProblem(handle);
	if (problem) throw new Error(problem);
	const override = String(credentials.baseUrlOverride ?? '').trim();
	if (!override) return storeOrigin(handle);
	let url: URL;
	try {
		url = new URL(override);
	} catch {
		throw new Error(`SHOPLINE credential: Base URL Override "${override}" is not a URL.`);
	}
	const httpsOrLoopback =
		url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.test(url.hostname));
	if (!httpsOrLoopback || url.username || url.password || url.search || url.hash) {
		throw new Error(
			'SHOPLINE credential: Base URL Override must be https, or http on a loopback address (127.0.0.1, localhost), with no query or fragment. It is meant for the sandbox and tests only.',
		);
	}
	return url.origin;
}

function targets(requestOptions: IHttpRequestOptions): string[] {
	const base = requestOptions.baseURL ?? '';
	// n8n's HTTP Request node hands over legacy request options, with the full URL in `uri`.
	const url = requestOptions.url || String((requestOptions as { uri?: unknown }).uri ?? '');
	return /^[a-z][a-z0-9+.-]*:/i.test(url) ? [url] : [base + url];
}

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
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				'Private-app access token from the SHOPLINE admin (Apps → Develop apps) with the read_orders and write_orders scopes',
		},
		{
			displayName: 'API Version',
			name: 'apiVersion',
			type: 'string',
			required: true,
			default: 'v20260301',
			description: 'SHOPLINE Open API version, as in the URL path (e.g. v20260301)',
		},
		{
			displayName: 'App Secret',
			name: 'appSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Only for the SHOPLINE Webhook Trigger: the app secret of the same private app (Apps → Develop apps → the app → App credentials). It checks that each webhook really comes from SHOPLINE (X-Shopline-Hmac-Sha256); it is never sent anywhere.',
		},
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

	// A function, not generic headers: the token is attached only after checking that the request
	// really goes to the store's own origin.
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const origin = allowedOrigin(credentials);
		for (const target of targets(requestOptions)) {
			let targetOrigin: string;
			try {
				targetOrigin = new URL(target).origin;
			} catch {
				targetOrigin = '';
			}
			if (targetOrigin !== origin) {
				throw new Error(
					`SHOPLINE credential: refusing to send the access token to ${targetOrigin || 'an invalid URL'}; it may only go to ${origin}.`,
				);
			}
		}
		return withoutRedirects({
			...requestOptions,
			headers: {
				...requestOptions.headers,
				Authorization: `Bearer ${String(credentials.accessToken ?? '')}`,
			},
		});
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: BASE_URL_EXPRESSION,
			url: '/orders/count.json',
			headers: { 'Content-Type': 'application/json; charset=utf-8' },
		},
	};
}
