import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INode,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import {
	AnswerTooDeepError,
	credentialSecrets,
	MAX_ANSWER_DEPTH,
	maskSecrets,
	maskText,
	type ApiCredential,
} from './secrets';

/** What an integration makes of one failed HTTP response. */
export interface ApiErrorParts {
	message: string;
	description?: string;
}

/** Reads an integration's error envelope; called only for status >= 400. */
export type DescribeApiError = (response: IN8nHttpFullResponse) => ApiErrorParts;

/** First string found under these keys of an object, if any. */
export function pickString(body: unknown, keys: string[]): string | undefined {
	if (!body || typeof body !== 'object') return undefined;
	for (const key of keys) {
		const value = (body as IDataObject)[key];
		if (typeof value === 'string' && value.trim()) return value;
	}
	return undefined;
}

/** Case-insensitive response header lookup (n8n hands headers through as received). */
export function header(response: IN8nHttpFullResponse, name: string): string | undefined {
	const wanted = name.toLowerCase();
	for (const [key, value] of Object.entries(response.headers ?? {})) {
		if (key.toLowerCase() === wanted)
			return Array.isArray(value) ? String(value[0]) : String(value);
	}
	return undefined;
}

/**
 * The first `postReceive` step of every operation: masks the credential's secrets in the answer (an
 * API may echo the request's headers), then turns redirects, HTTP errors and garbled answers into a
 * NodeApiError carrying the API's own message. Requests run with `ignoreHttpStatusErrors`, so the
 * error holds only the status and the parsed body — never the request, whose headers carry the credential.
 */
export interface ErrorHandlerOptions {
	/**
	 * An error answer the operation reads itself in its next postReceive step (masked all the same),
	 * e.g. S2's duplicate 409 when the user chose "Return the Existing Fulfillment".
	 */
	letThrough?: (this: IExecuteSingleFunctions, response: IN8nHttpFullResponse) => boolean;
}

/** An error handler as apiErrorHandler makes it: tagged with its credential type, so a test can find it first in every chain. */
export type ApiErrorHandler = ((
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
) => Promise<INodeExecutionData[]>) & {
	errorHandlerFor: string;
};

export function apiErrorHandler(
	describe: DescribeApiError,
	credential: ApiCredential,
	options: ErrorHandlerOptions = {},
): ApiErrorHandler {
	async function handleApiError(
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const secrets = await maskResponse(this, credential, response);
		if (!options.letThrough?.call(this, response))
			throwIfApiError(this.getNode(), response, describe, secrets);
		return maskSecrets(items, secrets);
	}
	return Object.assign(handleApiError, { errorHandlerFor: credential.type });
}

type CredentialContext = {
	getNode(): INode;
	getCredentials(type: string): Promise<ICredentialDataDecryptedObject>;
};

/**
 * For every answer the pack reads (routing, triggers, pickers, look-ups): masks the credential's
 * secrets in the body and headers in place, then throws as `throwIfApiError`. Returns the secrets.
 */
export async function checkResponse(
	context: CredentialContext,
	credential: ApiCredential,
	response: IN8nHttpFullResponse,
	describe: DescribeApiError,
): Promise<string[]> {
	const secrets = await maskResponse(context, credential, response);
	throwIfApiError(context.getNode(), response, describe, secrets);
	return secrets;
}

/** Masks the credential's secrets in the answer's body and headers, in place; returns the secrets. */
async function maskResponse(
	context: CredentialContext,
	credential: ApiCredential,
	response: IN8nHttpFullResponse,
): Promise<string[]> {
	const { inErrors, inData } = await credentialSecrets(context, credential);
	const status = response.statusCode;
	const failed =
		status >= 300 || (typeof response.body === 'string' && response.body.trim() !== '');
	const secrets = failed ? inErrors : inData;
	// Walked even with nothing to mask: the walk is also where an answer nested too deep is refused.
	try {
		response.body = maskSecrets(response.body, secrets);
		response.headers = maskSecrets(response.headers, secrets);
	} catch (error) {
		if (!(error instanceof AnswerTooDeepError)) throw error;
		throw new NodeApiError(context.getNode(), {} as JsonObject, {
			message: error.message,
			description:
				`No answer of this API nests its records anywhere near ${MAX_ANSWER_DEPTH} levels deep: this one is broken, or does not come from the API. ` +
				'Nothing of it was passed on. Check the Base URL in the credential; if it is right, contact the API’s support.',
			httpCode: String(status),
		});
	}
	return secrets;
}

/** Where a redirect pointed: the host of an absolute Location, or the same host for a relative one. */
function redirectTarget(location: string | undefined): string {
	if (!location) return 'an address it did not give';
	try {
		return new URL(location).host;
	} catch {
		return `a path on the same host (${location.slice(0, 200)})`;
	}
}

/**
 * Throws the NodeApiError for a redirect, an HTTP error or a 2xx that is not JSON; does nothing for a
 * good answer. `secrets` are masked in what the integration's `describe` makes of the answer.
 */
export function throwIfApiError(
	node: INode,
	response: IN8nHttpFullResponse,
	describe: DescribeApiError,
	secrets: string[] = [],
): void {
	const status = response.statusCode;
	if (status >= 300 && status < 400) {
		// Redirects are never followed (the credentials set disableFollowRedirect): following one would
		// send the key or token to wherever the Location points.
		const location = header(response, 'location');
		const target = redirectTarget(location);
		throw new NodeApiError(node, { location: location ?? '' } as JsonObject, {
			message: `The API answered with a redirect (HTTP ${status}) to ${target}, which was not followed`,
			description:
				`Nothing was sent to ${target}: this node never follows redirects, so the credential only goes to the address it names. ` +
				'Check the Base URL in the credential (https, host and path exactly as the API documents them).',
			httpCode: String(status),
		});
	}
	if (status < 400) {
		// All three APIs answer JSON; n8n hands a body it could not parse through as text. Passing that on
		// as a success would hide a broken answer (and, for a create, whether it was carried out).
		if (typeof response.body === 'string' && response.body.trim()) {
			throw new NodeApiError(node, { body: response.body.slice(0, 500) } as JsonObject, {
				message: `The API answered HTTP ${status} with a body that is not valid JSON`,
				description:
					'The answer was cut off or garbled on the way. The request may still have been carried out: for a create, check the list before running it again.',
				httpCode: String(status),
			});
		}
		return;
	}
	const parts = describe(response);
	const message = maskText(parts.message, secrets);
	const description =
		parts.description === undefined ? undefined : maskText(parts.description, secrets);
	const body =
		typeof response.body === 'object' && response.body !== null
			? response.body
			: { body: String(response.body ?? '') };
	throw new NodeApiError(node, body as JsonObject, {
		message,
		description,
		httpCode: String(status),
	});
}
