import type { IHttpRequestOptions } from 'n8n-workflow';

/**
 * Every credential of the pack passes its requests through here in `authenticate`, so it holds for the
 * operations, the triggers' and pickers' own GETs and the credential tests alike. n8n's request helper
 * follows redirects and, by default, re-sends `Authorization` to another origin; custom headers such as
 * `X-S2-Organization` follow any redirect. Not following at all keeps every header at home; the 3xx
 * then reaches `shared/transport/errors.ts`, which names where it pointed.
 */
export function withoutRedirects(requestOptions: IHttpRequestOptions): IHttpRequestOptions {
	return {
		...requestOptions,
		disableFollowRedirect: true,
		sendCredentialsOnCrossOriginRedirect: false,
	};
}
