import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INode,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

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
		if (key.toLowerCase() === wanted) return Array.isArray(value) ? String(value[0]) : String(value);
	}
	return undefined;
}

/**
 * A declarative `postReceive` step that turns HTTP errors into a NodeApiError carrying the API's own
 * message. Requests run with `ignoreHttpStatusErrors`, so the error holds only the status and the
 * parsed body we choose — never the request, whose headers carry the credential.
 */
export function apiErrorHandler(describe: DescribeApiError) {
	return async function handleApiError(
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		throwIfApiError(this.getNode(), response, describe);
		return items;
	};
}

/**
 * For programmatic requests (triggers, pickers) made with `ignoreHttpStatusErrors` and
 * `returnFullResponse`: throws the same NodeApiError the declarative operations throw.
 */
export function throwIfApiError(
	node: INode,
	response: IN8nHttpFullResponse,
	describe: DescribeApiError,
): void {
	if (response.statusCode < 400) {
		// All three APIs answer JSON; n8n hands a body it could not parse through as text. Passing that on
		// as a success would hide a broken answer (and, for a create, whether it was carried out).
		if (typeof response.body === 'string' && response.body.trim()) {
			throw new NodeApiError(node, { body: response.body.slice(0, 500) } as JsonObject, {
				message: `The API answered HTTP ${response.statusCode} with a body that is not valid JSON`,
				description:
					'The answer was cut off or garbled on the way. The request may still have been carried out: for a create, check the list before running it again.',
				httpCode: String(response.statusCode),
			});
		}
		return;
	}
	const { message, description } = describe(response);
	const body = typeof response.body === 'object' && response.body !== null ? response.body : { body: String(response.body ?? '') };
	throw new NodeApiError(node, body as JsonObject, { message, description, httpCode: String(response.statusCode) });
}
