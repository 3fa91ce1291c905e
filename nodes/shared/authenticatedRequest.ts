import type { IDataObject, IHookFunctions, IHttpRequestMethods, IHttpRequestOptions, IN8nHttpFullResponse, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { GET_TIMEOUT_MS } from './authenticatedGet';
import { throwIfApiError, type DescribeApiError } from './errors';

export interface AuthenticatedRequest {
	credentialType: string;
	method: IHttpRequestMethods;
	baseURL: string;
	url: string;
	body?: IDataObject;
	headers?: IHttpRequestOptions['headers'];
	describe: DescribeApiError;
}

/**
 * authenticatedGet's sibling for a webhook trigger's activation and deactivation (GET, POST, DELETE):
 * through the credential's `authenticate` (which checks the target origin before attaching the token),
 * API errors as the same NodeApiError, redirects not followed (the token stays with the API's host).
 */
export async function authenticatedRequest(context: IHookFunctions, request: AuthenticatedRequest): Promise<IN8nHttpFullResponse> {
	const options: IHttpRequestOptions = {
		timeout: GET_TIMEOUT_MS,
		method: request.method,
		baseURL: request.baseURL,
		url: request.url,
		headers: { Accept: 'application/json', ...request.headers },
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		disableFollowRedirect: true,
	};
	if (request.body !== undefined) options.body = request.body;
	const response = (await context.helpers.httpRequestWithAuthentication.call(context, request.credentialType, options)) as IN8nHttpFullResponse;
	if (response.statusCode >= 300 && response.statusCode < 400) {
		throw new NodeApiError(context.getNode(), { status: response.statusCode } as JsonObject, {
			message: `The API answered with a redirect (HTTP ${response.statusCode}), which is not followed`,
			description: 'Check the credential: the request must go to the API itself.',
			httpCode: String(response.statusCode),
		});
	}
	throwIfApiError(context.getNode(), response, request.describe);
	return response;
}
