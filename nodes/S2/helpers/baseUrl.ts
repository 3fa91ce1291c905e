import type { IDataObject } from 'n8n-workflow';

// The one place the API's base URL is built: the credential's Base URL without trailing slashes.

/** As an n8n expression, for the node's requestDefaults and the credential test. */
export const BASE_URL_EXPRESSION = '={{$credentials.baseUrl.replace(/\\/+$/, "")}}';

/** The same at run time, for the node's own GETs (pickers, trigger, look-ups). */
export function baseUrl(credentials: IDataObject): string {
	return String(credentials.baseUrl ?? '').replace(/\/+$/, '');
}
