import type { IDataObject, IHttpRequestOptions, IN8nHttpFullResponse, ILoadOptionsFunctions, IPollFunctions } from 'n8n-workflow';

import { throwIfApiError } from '../../shared/errors';
import { describeFulfillbotError } from './errors';

// The one GET the dropdown pickers and the trigger make. API errors become the same NodeApiError the operations
// throw (the API's message, never the key).

/** GET `url` with the node's credentials; returns the envelope's `data` (or the whole body). */
export async function fulfillbotGet(context: ILoadOptionsFunctions | IPollFunctions, url: string, qs: IDataObject = {}): Promise<unknown> {
	const credentials = await context.getCredentials('fulfillbotApi');
	const options: IHttpRequestOptions = {
		method: 'GET',
		baseURL: String(credentials.baseUrl ?? '').replace(/\/+$/, ''),
		url,
		qs,
		headers: { Accept: 'application/json' },
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
	};
	const response = (await context.helpers.httpRequestWithAuthentication.call(context, 'fulfillbotApi', options)) as IN8nHttpFullResponse;
	throwIfApiError(context.getNode(), response, describeFulfillbotError);
	const body = response.body as { data?: unknown } | undefined;
	return body && typeof body === 'object' && 'data' in body ? body.data : body;
}

/** Records of a plain-array (`data: [...]`) or paged (`data: {items: [...]}`) answer. */
export function records(data: unknown): IDataObject[] {
	if (Array.isArray(data)) return data as IDataObject[];
	const items = (data as { items?: unknown } | undefined)?.items;
	return Array.isArray(items) ? (items as IDataObject[]) : [];
}
