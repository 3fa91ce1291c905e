import type { IDataObject } from 'n8n-workflow';

// The one place the store's base URL is built and the store-handle rule is written: used by the
// node's requestDefaults, the credential (its test request and the origin it sends the token to),
// the node's own GETs and Create's check before sending.

/** A store handle is one DNS label. Anything else ("evil.com#", "x.attacker.net/") could steer the request, and the token with it, to another host. */
export const STORE_HANDLE = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** Why a handle cannot be used, or undefined when it can. */
export function handleProblem(handle: string): string | undefined {
	if (STORE_HANDLE.test(handle)) return undefined;
	return `SHOPLINE credential: store handle "${handle}" is not valid. Use the lowercase letters, digits and hyphens before .myshopline.com (e.g. "open001" for open001.myshopline.com).`;
}

/** The store's own origin for a (valid) handle. */
export function storeOrigin(handle: string): string {
	return `https://${handle}.myshopline.com`;
}

/** As an n8n expression: the store (or the sandbox/test override), then the Open API path and version (docs/api-notes.md#shopline-base-url). */
export const BASE_URL_EXPRESSION =
	'={{($credentials.baseUrlOverride ? $credentials.baseUrlOverride.replace(/\\/+$/, "") : "https://" + $credentials.handle + ".myshopline.com") + "/admin/openapi/" + $credentials.apiVersion}}';

/** The same at run time, for the node's own GETs (pickers, trigger, "All Unfulfilled Line Items"). */
export function baseUrl(credentials: IDataObject): string {
	const override = String(credentials.baseUrlOverride ?? '')
		.trim()
		.replace(/\/+$/, '');
	const origin = override || storeOrigin(String(credentials.handle ?? ''));
	return `${origin}/admin/openapi/${String(credentials.apiVersion ?? '')}`;
}
