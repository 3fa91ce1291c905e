import type { IN8nHttpFullResponse } from 'n8n-workflow';

import {
	apiErrorHandler,
	header,
	pickString,
	type ApiErrorParts,
} from '../../shared/transport/errors';
import type { ApiCredential } from '../../shared/transport/secrets';

/** The store handle, API version and override URL appear in SHOPLINE's own answers; everything else is secret. */
export const SHOPLINE_CREDENTIAL: ApiCredential = {
	type: 'shoplineApi',
	publicFields: ['handle', 'apiVersion', 'baseUrlOverride'],
};

// SHOPLINE's error bodies (docs/api-notes.md#shopline-errors): {"errors": string | string[] | {field: [..]}}
// or {"code", "message"}. Every shape becomes one readable line.
export function readShoplineErrors(body: unknown): string | undefined {
	if (!body || typeof body !== 'object')
		return typeof body === 'string' && body.trim() && !body.trim().startsWith('<')
			? body.trim()
			: undefined;
	const errors = (body as { errors?: unknown }).errors;
	if (typeof errors === 'string' && errors.trim()) return errors.trim();
	if (Array.isArray(errors) && errors.length) return errors.map(String).join('; ');
	if (errors && typeof errors === 'object') {
		const parts = Object.entries(errors as Record<string, unknown>).map(
			([field, value]) =>
				`${field}: ${Array.isArray(value) ? value.map(String).join(', ') : String(value)}`,
		);
		if (parts.length) return parts.join('; ');
	}
	const message = pickString(body, ['message', 'msg']);
	const code = pickString(body, ['code']);
	if (message) return code ? `${message} (${code})` : message;
	return undefined;
}

/** What to do about each status SHOPLINE documents; `state` names a store-wide condition in the message. */
const ADVICE: Record<number, { state?: string; fix: string }> = {
	401: {
		fix: 'Check the access token in the SHOPLINE credential; private-app tokens are shown in the store admin under Apps → Develop apps.',
	},
	402: {
		state: 'frozen',
		fix: 'The store’s plan is unpaid or suspended. Settle it in the SHOPLINE admin, then run again.',
	},
	403: {
		fix: 'The access token lacks a scope this operation needs (read_orders to read, write_orders to change orders and fulfillments).',
	},
	423: {
		state: 'locked',
		fix: 'SHOPLINE has locked this store. Contact SHOPLINE support, quoting the traceId.',
	},
	429: {
		fix: 'SHOPLINE allows 4 requests per second per store (bursts up to 40). The node paces itself and waits out rate limits up to Rate Limit → Max Wait; another workflow or app may be using the same store.',
	},
};

export function describeShoplineError(response: IN8nHttpFullResponse): ApiErrorParts {
	const status = response.statusCode;
	const message = readShoplineErrors(response.body) ?? `SHOPLINE answered HTTP ${status}`;
	const traceId = header(response, 'traceid');
	const trace = traceId ? ` SHOPLINE traceId for support: ${traceId}.` : '';
	const advice = ADVICE[status];
	return {
		message: advice?.state
			? `The SHOPLINE store is ${advice.state} (HTTP ${status}): ${message}`
			: message,
		description: advice ? advice.fix + trace : trace.trim() || undefined,
	};
}

export const handleShoplineError = apiErrorHandler(describeShoplineError, SHOPLINE_CREDENTIAL);
