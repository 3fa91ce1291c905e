import type {
	DeclarativeRestApiSettings,
	IExecutePaginationFunctions,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { namesARecord } from '../transport/items';
import { TOO_DEEP } from '../transport/secrets';

/*
 * Money-moving requests (Fulfillbot POST /orders spends wallet balance, POST /shipping/create books
 * a shipment; S2 POST /fulfillment; SHOPLINE POST .../fulfillments.json) are sent AT MOST ONCE per input item by everything this package controls:
 *
 * - This function is hooked in as the operation's `routing.operations.pagination` (with
 *   `send.paginate: true`), so n8n's RoutingNode hands the fully built request to us and we make
 *   exactly one `makeRoutingRequest` call — no loop, no retry, no backoff.
 * - n8n's RoutingNode itself never retries; its HTTP helper re-sends only on a thrown 401 for
 *   credentials with `preAuthentication`, which cannot happen here: the nodes run with
 *   `ignoreHttpStatusErrors` (a 401 is a response, not a throw) and no credential of this package
 *   has `preAuthentication`.
 * - What we cannot control: n8n's own per-node "Retry On Fail" setting (off by default). If a user
 *   turns it on, n8n re-runs the whole node after a failure and a create that timed out after the
 *   server accepted it would be placed again. The operations say so in their description and show
 *   a notice; the error below says so too.
 *
 * Failures where the API may have acted anyway (5xx, no answer, dropped connection) get a message
 * that says so, instead of n8n's generic hints, some of which suggest retrying.
 */
export function sendOnce(api: string, what: string, checkFirst: string) {
	return async function sendExactlyOnce(
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		let items: INodeExecutionData[];
		try {
			items = await this.makeRoutingRequest(requestData);
		} catch (error) {
			const code = String((error as { httpCode?: unknown }).httpCode ?? '');
			const httpCode = Number(code);
			// A 2xx the node could not read (cut off, not JSON): the API may have acted on it.
			if (httpCode >= 200 && httpCode < 300)
				throw unknownOutcome(
					this,
					api,
					what,
					checkFirst,
					`it answered HTTP ${httpCode} with a body that ${String((error as Error).message).includes(TOO_DEEP) ? TOO_DEEP : 'is not valid JSON'}`,
					code,
				);
			// A 4xx is a definite refusal (nothing was created): keep the API's error as it is. So is a
			// redirect, which is never followed (shared/transport/errors.ts names where it pointed).
			if ((httpCode >= 400 && httpCode < 500) || (httpCode >= 300 && httpCode < 400)) throw error;
			// No status and no transport error code (ECONNABORTED, ECONNRESET...): the request never
			// left, e.g. the credential's own checks refused it. Nothing can have been created.
			if (!(httpCode >= 500) && !/^E[A-Z_]+$/.test(code)) throw error;
			// n8n's HTTP helper rewrites transport errors into generic advice ("perhaps the server is
			// offline"); the underlying error (e.g. "timeout of 1000ms exceeded") says what happened.
			const { cause, messages } = error as { cause?: { message?: unknown }; messages?: unknown[] };
			const underlying =
				typeof cause?.message === 'string' && cause.message
					? cause.message
					: messages?.find((m) => typeof m === 'string' && m);
			const answered = httpCode >= 500;
			const original = String(
				(answered ? (error as Error).message : underlying) ?? (error as Error)?.message ?? error,
			);
			const failure = new NodeApiError(this.getNode(), { original } as JsonObject, {
				message: answered
					? `${api} failed while creating the ${what} (HTTP ${httpCode}): ${original}`
					: `${api} did not answer the request to create the ${what}`,
				description:
					`The ${what} may or may not have been created${answered ? '' : ` (${original})`}. ` +
					`It was sent once and will not be re-sent by this node. Check ${checkFirst} before running it again, ` +
					'and keep "Retry On Fail" off in the node settings for this operation.',
				httpCode: answered ? String(httpCode) : undefined,
			});
			if (answered) answeredFailures.add(failure);
			throw failure;
		}
		// A 2xx with no record in it (an empty body): accepted or not, nothing says what was created.
		if (!namesARecord(items))
			throw unknownOutcome(
				this,
				api,
				what,
				checkFirst,
				'it answered with an empty body, naming no record',
				'',
			);
		return items;
	};
}

/** Errors sendOnce threw for an answered 5xx (the API said it failed), as opposed to a lost answer. */
const answeredFailures = new WeakSet<object>();

/** Whether `error` is sendOnce's answered 5xx: the API answered that the create failed. */
export function isAnsweredFailure(error: unknown): boolean {
	return typeof error === 'object' && error !== null && answeredFailures.has(error);
}

function unknownOutcome(
	context: IExecutePaginationFunctions,
	api: string,
	what: string,
	checkFirst: string,
	answer: string,
	httpCode: string,
): NodeApiError {
	return new NodeApiError(context.getNode(), { answer } as JsonObject, {
		message: `${api} did not confirm the ${what}: ${answer}`,
		description:
			`The ${what} may or may not have been created. It was sent once and will not be re-sent by this node. ` +
			`Check ${checkFirst} before running it again, and keep "Retry On Fail" off in the node settings for this operation.`,
		httpCode: httpCode || undefined,
	});
}
