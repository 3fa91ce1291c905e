import type { IHttpRequestOptions } from 'n8n-workflow';

/*
 * The one rule for every credential field that forms the address its key or token is sent to
 * (Fulfillbot and S2 Base URL, SHOPLINE Base URL Override): https, or http on a loopback address (the
 * local sandbox), with nothing in the URL that could carry or steer the secret. Applied in each
 * credential's `authenticate`, which n8n runs before every request with it (operations, triggers,
 * pickers, webhook subscriptions, the credential test), so a refused address receives nothing.
 */

const LOOPBACK = /^(127(?:\.\d{1,3}){3}|localhost|\[::1\])$/;

export interface AddressField {
	/** e.g. "Fulfillbot credential". */
	credential: string;
	/** The field's label in the credential, e.g. "Base URL". */
	field: string;
	/** What to set instead, e.g. "Set it to https://api.fulfillbot.com/api/v1/open for the live API." */
	fix: string;
}

/** What is wrong with an address, or undefined when the secret may be sent to it. */
function problem(url: URL): string | undefined {
	if (url.protocol === 'http:' && !LOOPBACK.test(url.hostname))
		return `it uses http to ${url.hostname}, which would carry the secret unencrypted`;
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return `it uses ${url.protocol}`;
	if (url.username || url.password) return 'it carries a user name or password';
	if (url.search || url.hash) return 'it has a query or fragment';
	return undefined;
}

/** The origin a credential's secret may be sent to; throws, naming the field and the fix, when the address is refused. */
export function allowedOrigin(value: string, where: AddressField): string {
	let url: URL;
	try {
		url = new URL(value.trim());
	} catch {
		// The value itself is shown: it is not a URL, so it carries no user name or password to hide.
		throw new Error(`${where.credential}: ${where.field} "${value}" is not a URL. ${where.fix}`);
	}
	const wrong = problem(url);
	if (wrong)
		throw new Error(
			`${where.credential}: ${where.field} must be https, or http on a loopback address (127.0.0.1, localhost), ` +
				`with no user name, password, query or fragment (${wrong}). ${where.fix}`,
		);
	return url.origin;
}

/** Where a request will go: its absolute URL, or the base URL + path. */
function targets(requestOptions: IHttpRequestOptions): string[] {
	const base = requestOptions.baseURL ?? '';
	// n8n's HTTP Request node hands over legacy request options, with the full URL in `uri`.
	const url = requestOptions.url || String((requestOptions as { uri?: unknown }).uri ?? '');
	return /^[a-z][a-z0-9+.-]*:/i.test(url) ? [url] : [base + url];
}

/** Refuses a request whose target is not `origin` (a credential used elsewhere, e.g. in the HTTP Request node). */
export function checkTarget(
	requestOptions: IHttpRequestOptions,
	origin: string,
	credential: string,
	secret: string,
): void {
	for (const target of targets(requestOptions)) {
		let targetOrigin: string;
		try {
			targetOrigin = new URL(target).origin;
		} catch {
			targetOrigin = '';
		}
		if (targetOrigin !== origin)
			throw new Error(
				`${credential}: refusing to send the ${secret} to ${targetOrigin || 'an invalid URL'}; it may only go to ${origin}.`,
			);
	}
}
