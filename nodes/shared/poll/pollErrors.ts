import { NodeApiError } from 'n8n-workflow';

/**
 * Whether a polling trigger must fail loudly on this error, or keep its state and try again at
 * the next poll. One rule for the three triggers. Passing trouble — rate limits (429), timeouts
 * (408), server errors (5xx), network errors (no HTTP status) and garbled success answers — is
 * retried; anything the user must fix (401, 403, other 4xx, and `isConfiguration` errors raised
 * before a request is sent, such as a credential refusing a URL) is loud. Before the first state
 * is saved every error is loud, so a broken activation shows.
 */
export function mustFailPoll(
	error: unknown,
	priming: boolean,
	isConfiguration: (error: unknown) => boolean = () => false,
): boolean {
	if (priming || isConfiguration(error)) return true;
	const status = error instanceof NodeApiError ? Number(error.httpCode) : NaN;
	if (!Number.isInteger(status)) return false;
	// A redirect (never followed, see redirects.ts) means a wrong base URL: the user's to fix.
	if (status >= 300 && status < 400) return true;
	// Below 300: a garbled success answer (see errors.ts), as passing as a 5xx.
	return status >= 400 && !(status === 408 || status === 429 || status >= 500);
}
