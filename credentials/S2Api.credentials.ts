import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { BASE_URL_EXPRESSION } from '../nodes/S2/helpers/baseUrl';
import { allowedOrigin } from '../nodes/shared/transport/apiOrigin';
import { bearerRequest } from '../nodes/shared/transport/bearer';

const CREDENTIAL = 'S2 credential';

/** The origin the token may be sent to (docs/api-notes.md#s2-base-url): the Base URL's, once it passes the shared address rule. */
function tokenOrigin(credentials: ICredentialDataDecryptedObject): string {
	return allowedOrigin(String(credentials.baseUrl ?? ''), {
		credential: CREDENTIAL,
		field: 'Base URL',
		fix: 'Set it to the https address S2 gave you (its documented sandbox is https://api.s2sell.io; the local sandbox is http://127.0.0.1:5679/s2).',
	});
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class S2Api implements ICredentialType {
	name = 's2Api';

	displayName = 'S2 API';

	icon: Icon = { light: 'file:../icons/s2.svg', dark: 'file:../icons/s2.dark.svg' };

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-fulfillment#s2';

	properties: INodeProperties[] = [
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				"Bearer token from S2's Login API. S2 tokens expire after 7 days: paste a fresh one here when requests start failing with 401.",
		},
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

	// A function rather than generic headers so X-S2-Organization is only sent when set, and a
	// mistyped ID or a Base URL the token must not go to is refused before any request.
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const target = {
			origin: tokenOrigin(credentials),
			credential: CREDENTIAL,
			secret: 'access token',
		};
		const organizationId = String(credentials.organizationId ?? '').trim();
		if (organizationId && !UUID.test(organizationId)) {
			throw new Error(
				`S2 credential: Organization ID "${organizationId}" is not a UUID. Copy it from S2 (format 8-4-4-4-12 hex digits) or leave it empty.`,
			);
		}
		const token = String(credentials.accessToken ?? '');
		const organization = organizationId ? { 'X-S2-Organization': organizationId } : undefined;
		return bearerRequest(requestOptions, target, token, organization);
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: BASE_URL_EXPRESSION,
			url: '/account',
			qs: { limit: 1 },
		},
	};
}
