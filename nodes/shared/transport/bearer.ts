import type { IHttpRequestOptions } from 'n8n-workflow';

import { checkTarget } from './apiOrigin';
import { withoutRedirects } from './redirects';

export interface BearerTarget {
	/** The only origin the token may go to (from `allowedOrigin` or the API's own address). */
	origin: string;
	/** For errors: "S2 credential". */
	credential: string;
	/** For errors: "access token", "API key". */
	secret: string;
}

/**
 * What every credential's `authenticate` does once its fields are checked: refuse a request aimed
 * anywhere but the API's origin, then attach `Authorization: Bearer …` (and any extra header) with
 * redirects off, so nothing follows a 3xx elsewhere.
 */
export function bearerRequest(
	requestOptions: IHttpRequestOptions,
	target: BearerTarget,
	token: string,
	extraHeaders: Record<string, string> = {},
): IHttpRequestOptions {
	checkTarget(requestOptions, target.origin, target.credential, target.secret);
	return withoutRedirects({
		...requestOptions,
		headers: { ...requestOptions.headers, Authorization: `Bearer ${token}`, ...extraHeaders },
	});
}
