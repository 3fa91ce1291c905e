import type { ICredentialDataDecryptedObject, IHttpRequestOptions } from 'n8n-workflow';

import { allowedOrigin, checkTarget } from './apiOrigin';
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

export interface BearerCredential {
	/** For errors: "S2 credential". */
	credential: string;
	/** For errors: "access token", "API key". */
	secret: string;
	/** The origin the token may go to, once the credential's address fields are checked (throws if not). */
	origin(credentials: ICredentialDataDecryptedObject): string;
	token(credentials: ICredentialDataDecryptedObject): string;
	/** Headers besides Authorization, checked after the origin (S2's X-S2-Organization). */
	headers?(credentials: ICredentialDataDecryptedObject): Record<string, string> | undefined;
}

/**
 * A credential's `authenticate` (a function rather than generic headers): the address is checked and
 * the request's target with it before the token is attached, and nothing follows a redirect.
 */
export function bearerAuthentication(setup: BearerCredential) {
	return async function authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const target = {
			origin: setup.origin(credentials),
			credential: setup.credential,
			secret: setup.secret,
		};
		return bearerRequest(
			requestOptions,
			target,
			setup.token(credentials),
			setup.headers?.(credentials),
		);
	};
}

/** `origin` for a credential whose Base URL field says where the API is (Fulfillbot, S2). */
export function baseUrlOrigin(credential: string, fix: string) {
	return (credentials: ICredentialDataDecryptedObject): string =>
		allowedOrigin(String(credentials.baseUrl ?? ''), { credential, field: 'Base URL', fix });
}
