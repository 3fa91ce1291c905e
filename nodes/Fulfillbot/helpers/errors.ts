import type { IN8nHttpFullResponse } from 'n8n-workflow';

import { apiErrorHandler, header, type ApiErrorParts } from '../../shared/transport/errors';
import type { ApiCredential } from '../../shared/transport/secrets';

/** The key is secret; the base URL is not. */
export const FULFILLBOT_CREDENTIAL: ApiCredential = {
	type: 'fulfillbotApi',
	publicFields: ['baseUrl'],
};

// Fulfillbot's envelope (docs/api-notes.md#fulfillbot-errors): {statusCode, message, error}. NestJS-style
// validation errors may carry `message` as an array of strings.
function apiMessage(body: unknown): string | undefined {
	if (!body || typeof body !== 'object') return undefined;
	const message = (body as { message?: unknown }).message;
	if (Array.isArray(message)) return message.map(String).join('; ');
	return typeof message === 'string' && message ? message : undefined;
}

function rateLimitHint(response: IN8nHttpFullResponse): string {
	const reset = Number(header(response, 'x-ratelimit-reset'));
	const limit = header(response, 'x-ratelimit-limit');
	const when =
		Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000).toISOString() : 'shortly';
	const per = limit ? ` (${limit} requests per minute for this key)` : '';
	return `The key's rate limit${per} resets at ${when}. The node paces itself and waits out rate limits up to Rate Limit → Max Wait; another workflow or n8n instance may be using the same key.`;
}

export function describeFulfillbotError(response: IN8nHttpFullResponse): ApiErrorParts {
	const status = response.statusCode;
	const message = apiMessage(response.body) ?? `Fulfillbot answered HTTP ${status}`;
	switch (status) {
		case 401:
			return {
				message,
				description:
					'Check the Fulfillbot credential: the API key must be complete and start with "sk-".',
			};
		case 403:
			return {
				message,
				description:
					'Give the API key the missing scope under API Keys in Fulfillbot, or add this n8n server to the key’s IP whitelist.',
			};
		case 429:
			return { message, description: rateLimitHint(response) };
		default:
			return { message };
	}
}

export const handleFulfillbotError = apiErrorHandler(
	describeFulfillbotError,
	FULFILLBOT_CREDENTIAL,
);
