import type {
	IDataObject,
	IHookFunctions,
	IHttpRequestMethods,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	ILoadOptionsFunctions,
	IPollFunctions,
} from 'n8n-workflow';

import { checkResponse, type DescribeApiError } from './errors';
import type { ApiCredential } from './secrets';
import { sendInTurn } from './pacedSend';
import type { RateBudget } from '../rate/budget';
import { readRateNews } from '../rate/news';

export type GetContext = ILoadOptionsFunctions | IPollFunctions | IExecuteSingleFunctions;
export type RequestContext = GetContext | IHookFunctions;

export interface AuthenticatedGet {
	credential: ApiCredential;
	baseURL: string;
	url: string;
	qs?: IDataObject;
	headers?: IHttpRequestOptions['headers'];
	describe: DescribeApiError;
	/** The credential's rate budget (shared/rate/): the request waits its turn and rides out 429s. */
	rate?: (context: GetContext) => Promise<RateBudget>;
}

export interface AuthenticatedRequest extends Omit<AuthenticatedGet, 'rate'> {
	method: IHttpRequestMethods;
	body?: IDataObject;
}

export const GET_TIMEOUT_MS = 60_000;

/**
 * Every request the pack makes outside declarative routing: pickers, triggers, look-ups, and a webhook
 * trigger's (un)subscriptions. It goes through the credential's `authenticate` like the operations (so
 * no redirect is followed), the answer is checked and masked by `checkResponse`, and API errors become the
 * same NodeApiError the operations throw (the API's message, never the request and its token).
 */
export async function authenticatedRequest(
	context: RequestContext,
	request: AuthenticatedRequest,
	rate?: RateBudget,
): Promise<IN8nHttpFullResponse> {
	const options: IHttpRequestOptions = {
		// Without it, an answer that never comes holds a trigger's poll (or a picker) indefinitely;
		// a timed-out poll is passing trouble (shared/poll/pollErrors.ts) and the next poll catches up.
		timeout: GET_TIMEOUT_MS,
		method: request.method,
		baseURL: request.baseURL,
		url: request.url,
		qs: request.qs ?? {},
		headers: { Accept: 'application/json', ...request.headers },
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
	};
	if (request.body !== undefined) options.body = request.body;
	const send = async () =>
		(await context.helpers.httpRequestWithAuthentication.call(
			context,
			request.credential.type,
			options,
		)) as IN8nHttpFullResponse;
	const response = rate ? await paced(context as GetContext, rate, send) : await send();
	await checkResponse(context, request.credential, response, request.describe);
	return response;
}

/**
 * The credential's budget around a request made outside declarative routing (pickers, triggers,
 * look-ups): a turn before it, the answer's news after, and a 429 waited out while the wait stays under
 * the node's Max Wait (the default for a trigger). The last answer is returned either way; the caller
 * turns an error status into its NodeApiError.
 */
async function paced(
	context: GetContext,
	budget: RateBudget,
	send: () => Promise<IN8nHttpFullResponse>,
): Promise<IN8nHttpFullResponse> {
	return await sendInTurn<IN8nHttpFullResponse, IN8nHttpFullResponse>(
		context,
		budget,
		async () => {
			const response = await send();
			budget.observe(readRateNews(response.statusCode, response.headers as IDataObject));
			return response.statusCode === 429 ? { limited: response } : { sent: response };
		},
		(last) => last,
	);
}

/** A GET through `authenticatedRequest`, paced by the credential's budget when `rate` is given. */
export async function authenticatedGet(
	context: GetContext,
	request: AuthenticatedGet,
): Promise<IN8nHttpFullResponse> {
	return await authenticatedRequest(
		context,
		{ ...request, method: 'GET' },
		request.rate ? await request.rate(context) : undefined,
	);
}
