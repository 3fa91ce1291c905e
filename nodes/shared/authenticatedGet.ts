import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	ILoadOptionsFunctions,
	IPollFunctions,
} from 'n8n-workflow';

import { checkResponse, type DescribeApiError } from './errors';
import type { ApiCredential } from './secrets';
import { pacedGet } from './pacedSend';
import type { RateBudget } from './rateBudget';

export type GetContext = ILoadOptionsFunctions | IPollFunctions | IExecuteSingleFunctions;

export interface AuthenticatedGet {
	credential: ApiCredential;
	baseURL: string;
	url: string;
	qs?: IDataObject;
	headers?: IHttpRequestOptions['headers'];
	describe: DescribeApiError;
	/** The credential's rate budget (shared/rateBudget.ts): the GET waits its turn and rides out 429s. */
	rate?: (context: GetContext) => Promise<RateBudget>;
}

export const GET_TIMEOUT_MS = 60_000;

/**
 * The GET that pickers, triggers and look-ups make outside declarative routing. It goes through the
 * credential's `authenticate` like the operations, and API errors become the same NodeApiError they
 * throw (the API's message, never the request and its token).
 */
export async function authenticatedGet(context: GetContext, request: AuthenticatedGet): Promise<IN8nHttpFullResponse> {
	const options: IHttpRequestOptions = {
		// Without it, an answer that never comes holds a trigger's poll (or a picker) indefinitely;
		// a timed-out poll is passing trouble (shared/pollErrors.ts) and the next poll catches up.
		timeout: GET_TIMEOUT_MS,
		method: 'GET',
		baseURL: request.baseURL,
		url: request.url,
		qs: request.qs ?? {},
		headers: { Accept: 'application/json', ...request.headers },
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
	};
	const send = async () => (await context.helpers.httpRequestWithAuthentication.call(context, request.credential.type, options)) as IN8nHttpFullResponse;
	const response = request.rate ? await pacedGet(context, await request.rate(context), send) : await send();
	await checkResponse(context, request.credential, response, request.describe);
	return response;
}
