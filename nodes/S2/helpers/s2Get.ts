import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	ILoadOptionsFunctions,
	IPollFunctions,
} from 'n8n-workflow';

import { throwIfApiError } from '../../shared/errors';
import { describeS2Error } from './errors';

// The one GET the pickers, the trigger and Fulfillment → Create's duplicate lookup make; API errors become the NodeApiError the
// operations throw (the API's message and reference ID, never the token).

/** GET `url` (e.g. `/order`) with the node's S2 credential; returns the parsed body. */
export async function s2Get(context: ILoadOptionsFunctions | IPollFunctions | IExecuteSingleFunctions, url: string, qs: IDataObject = {}): Promise<unknown> {
	const credentials = await context.getCredentials('s2Api');
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
	const response = (await context.helpers.httpRequestWithAuthentication.call(context, 's2Api', options)) as IN8nHttpFullResponse;
	throwIfApiError(context.getNode(), response, describeS2Error);
	return response.body;
}

/** Records and total of an S2 list answer: {"items": [...], "total": n}. */
export function s2Page(body: unknown): { records: IDataObject[]; total?: number } {
	const page = (body ?? {}) as { items?: unknown; total?: unknown };
	return { records: Array.isArray(page.items) ? (page.items as IDataObject[]) : [], total: typeof page.total === 'number' ? page.total : undefined };
}
