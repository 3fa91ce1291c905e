import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { RateBudget } from '../rate/budget';
import { readRateNews } from '../rate/news';
import { createdSoFar, noteCreated, noteFailed } from '../create/createdRecord';

type Paginate = (
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[]>;
type Context = IExecuteSingleFunctions;

/** How one integration paces its requests (helpers/rate.ts of each integration). */
export interface RateSetup {
	/** The API's name in messages. */
	api: string;
	/** The budget of the credential the node runs with, configured from the node's Rate Limit option. */
	budget(context: Context): Promise<RateBudget>;
	/**
	 * Whether a 429 is a refusal before the request is processed, so that a write (or a create) may be
	 * sent again after it. Reads are always sent again. See README "Volume and rate limits".
	 */
	writesRefusedBefore429: boolean;
}

/** The node option every action node carries (descriptions in each integration's rate.ts). */
export interface RateLimitOption {
	pace?: boolean;
	/** Fulfillbot: requests per minute (a window). */
	requestsPerMinute?: number;
	/** SHOPLINE: requests per second (a leaky bucket) and the bucket's size. */
	requestsPerSecond?: number;
	burst?: number;
	/** Longest wait (seconds) to ride out a 429 before the item fails. */
	maxWait?: number;
}

export const DEFAULT_MAX_WAIT_SECONDS = 120;

export function rateLimitOption(context: {
	getNodeParameter(name: string, fallback?: unknown): unknown;
}): RateLimitOption {
	try {
		const value = context.getNodeParameter('rateLimit', {}) as RateLimitOption | undefined;
		return value && typeof value === 'object' ? value : {};
	} catch {
		return {}; // a node without the option (a trigger): the defaults
	}
}

function maxWaitMs(context: Context): number {
	const seconds = Number(rateLimitOption(context).maxWait ?? DEFAULT_MAX_WAIT_SECONDS);
	return (Number.isFinite(seconds) && seconds >= 0 ? seconds : DEFAULT_MAX_WAIT_SECONDS) * 1000;
}

const observed = new WeakSet<object>();

/**
 * Puts a first postReceive step in the request that tells the budget what each answer said (headers are
 * only seen there). This works because RoutingNode's makeRoutingRequest post-processes every answer with
 * the item's own requestData, the object handed to the paginator (n8n-core 1.123.50, 2.8.4 and 2.40.7).
 */
function observeAnswers(
	requestData: DeclarativeRestApiSettings.ResultOptions,
	budget: RateBudget,
): void {
	const chain = requestData.postReceive;
	if (observed.has(chain)) return;
	observed.add(chain);
	chain.unshift({
		data: { parameterValue: undefined },
		actions: [
			async function observeRate(
				this: Context,
				items: INodeExecutionData[],
				response: IN8nHttpFullResponse,
			) {
				budget.observe(readRateNews(response.statusCode, response.headers as IDataObject));
				return items;
			},
		],
	});
}

function is429(error: unknown): boolean {
	return String((error as { httpCode?: unknown }).httpCode ?? '') === '429';
}

type Kind = 'read' | 'write' | 'create';

/** The error for a 429 we will not (or may not) ride out: when the API takes requests again. */
function rateLimitError(
	context: Context,
	setup: RateSetup,
	error: unknown,
	kind: Kind,
	waitMs: number,
	capMs: number,
): NodeApiError {
	const at = new Date(Date.now() + waitMs).toISOString();
	const original = String((error as Error)?.message ?? error);
	const hint = (error as { description?: unknown }).description;
	const why =
		kind !== 'read' && !setup.writesRefusedBefore429
			? `${setup.api} documents no rate limit, so this node cannot be sure the request was refused before it was processed and does not send it again.`
			: `Waiting another ${Math.ceil(waitMs / 1000)} s would pass Rate Limit → Max Wait (${Math.round(capMs / 1000)} s).`;
	// The API's own message stays the message; the description says when to come back and why we did not wait.
	return new NodeApiError(context.getNode(), { message: original } as JsonObject, {
		message: original,
		description: [
			`${setup.api} takes requests from this credential again at ${at}.`,
			why,
			kind === 'create' ? 'A 429 is a refusal: nothing was created for this item.' : '',
			typeof hint === 'string' ? hint : '',
		]
			.filter(Boolean)
			.join(' '),
		httpCode: '429',
	});
}

/**
 * One request through the budget: waits for a turn, sends, and when a 429 still arrives (another
 * consumer of the same key), waits for the time the API gives and sends again — reads always,
 * writes only where the API refuses before processing — unless that wait passes the cap.
 */
async function pacedCall(
	context: Context,
	setup: RateSetup,
	budget: RateBudget,
	kind: Kind,
	send: () => Promise<INodeExecutionData[]>,
): Promise<INodeExecutionData[]> {
	const cap = maxWaitMs(context);
	let firstLimitedAt: number | undefined;
	for (;;) {
		const turn = await budget.take();
		if (!turn.ok) throw new NodeOperationError(context.getNode(), 'No turn was given'); // no deadline was set
		try {
			return await send();
		} catch (error) {
			if (!is429(error)) throw error;
			const wait = budget.waitMs();
			if (kind !== 'read' && !setup.writesRefusedBefore429)
				throw rateLimitError(context, setup, error, kind, wait, cap);
			// The cap is on the whole time this request spends waiting out 429s, not on each wait.
			firstLimitedAt ??= Date.now();
			if (Date.now() - firstLimitedAt + wait > cap)
				throw rateLimitError(context, setup, error, kind, wait, cap);
		} finally {
			turn.ticket.settle();
		}
	}
}

function kindOf(requestData: DeclarativeRestApiSettings.ResultOptions): Kind {
	const method = String(requestData.options.method ?? 'GET').toUpperCase();
	return method === 'GET' || method === 'HEAD' ? 'read' : 'write';
}

/** A context whose makeRoutingRequest goes through the budget (to compose with an operation's paginator). */
function pacedContext(
	context: IExecutePaginationFunctions,
	setup: RateSetup,
	budget: RateBudget,
	kind?: Kind,
): IExecutePaginationFunctions {
	const send = context.makeRoutingRequest.bind(context);
	return Object.create(context, {
		makeRoutingRequest: {
			value: async (requestData: DeclarativeRestApiSettings.ResultOptions) =>
				await pacedCall(
					context,
					setup,
					budget,
					kind ?? kindOf(requestData),
					async () => await send(requestData),
				),
		},
	}) as IExecutePaginationFunctions;
}

/** Node-level sender for every operation without a paginator of its own: one paced request. */
export function pacedSender(setup: RateSetup): Paginate {
	return async function sendPaced(this: IExecutePaginationFunctions, requestData) {
		const budget = await setup.budget(this);
		observeAnswers(requestData, budget);
		return await pacedContext(this, setup, budget).makeRoutingRequest(requestData);
	};
}

/** An operation's own paginator (a paged GET), each page paced. */
export function pacedPaginator(setup: RateSetup, paginate: Paginate): Paginate {
	return async function paginatePaced(this: IExecutePaginationFunctions, requestData) {
		const budget = await setup.budget(this);
		observeAnswers(requestData, budget);
		return await paginate.call(pacedContext(this, setup, budget), requestData);
	};
}

export interface CreateSetup {
	/** e.g. "purchase order". */
	what: string;
	/** Fields naming a created record in the partial-failure error (its order number or id), first found wins. */
	label: string[];
}

function labelOf(json: IDataObject, keys: string[]): string {
	for (const key of keys) {
		const value = json[key];
		if ((typeof value === 'string' && value) || typeof value === 'number') return `${key} ${value}`;
	}
	return '';
}

/**
 * A money-moving create (`send` is its sendOnce): refused before anything is sent when the node has
 * Retry On Fail on (n8n re-runs every item of the node, so items already created would be created
 * again); paced before it is sent; and, with Continue On Fail off, an item's error names the items of
 * the same run that were already created.
 */
/**
 * One integration's paced senders: plain operations (the node-level hook), paged lists, and
 * money-moving creates, whose created record is named by the first of `label` it has.
 */
export function pacing(setup: RateSetup, label: string[]) {
	return {
		sender: pacedSender(setup),
		pages: (paginate: Paginate) => pacedPaginator(setup, paginate),
		create: (what: string, send: Paginate) => pacedCreate(setup, { what, label }, send),
	};
}

export function pacedCreate(setup: RateSetup, create: CreateSetup, send: Paginate): Paginate {
	return async function createPaced(this: IExecutePaginationFunctions, requestData) {
		const node = this.getNode();
		if (node.retryOnFail) {
			throw new NodeOperationError(node, `"Retry On Fail" is on: the ${create.what} was not sent`, {
				itemIndex: this.getItemIndex(),
				description:
					`n8n's Retry On Fail runs the whole node again, every item, so ${create.what}s already created would be created twice. ` +
					'Turn it off in the node settings; this node paces its requests and waits out rate limits itself.',
			});
		}
		const budget = await setup.budget(this);
		observeAnswers(requestData, budget);
		const itemIndex = this.getItemIndex();
		const run = createdSoFar(this, itemIndex);
		try {
			const items = await send.call(pacedContext(this, setup, budget, 'create'), requestData);
			noteCreated(run, itemIndex, labelOf(items[0]?.json ?? {}, create.label), create.what);
			return items;
		} catch (error) {
			if (!this.continueOnFail() && error instanceof NodeApiError)
				noteFailed(run, error, create.what);
			throw error;
		}
	};
}

/** The hidden property that hands every operation's built request to the node-level paced sender. */
export const pacingHook: INodeProperties = {
	displayName: 'Pacing',
	name: 'pacing',
	type: 'hidden',
	default: '',
	// With the node's requestOperations.pagination (pacedSender), every request is paced; operations
	// with a paginator of their own (paged lists, creates) compose it with pacing in their routing.
	routing: { send: { paginate: true } },
};

/**
 * The same budget for requests made outside declarative routing (pickers, triggers, look-ups; see
 * authenticatedGet.ts): a turn before each GET, the answer's news after, and a 429 waited out while
 * the wait stays under the node's Max Wait (the default for a trigger). The last answer is returned
 * either way; the caller turns an error status into its NodeApiError.
 */
export async function pacedGet(
	context: { getNodeParameter(name: string, fallback?: unknown): unknown },
	budget: RateBudget,
	send: () => Promise<IN8nHttpFullResponse>,
): Promise<IN8nHttpFullResponse> {
	const cap = maxWaitMs(context as Context);
	let firstLimitedAt: number | undefined;
	for (;;) {
		const turn = await budget.take();
		if (!turn.ok) throw new Error('No turn was given'); // no deadline was set
		let response: IN8nHttpFullResponse;
		try {
			response = await send();
			budget.observe(readRateNews(response.statusCode, response.headers as IDataObject));
		} finally {
			turn.ticket.settle();
		}
		if (response.statusCode !== 429) return response;
		firstLimitedAt ??= Date.now();
		if (Date.now() - firstLimitedAt + budget.waitMs() > cap) return response;
	}
}
