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

import type { RateBudget, RateModel } from '../rate/budget';
import { configuredBudget } from '../rate/registry';
import { readRateNews } from '../rate/news';
import { createdSoFar, noteCreated, noteFailed } from '../create/createdRecord';
import type { Paginate } from './routingSteps';

type Context = IExecuteSingleFunctions;
/** Any context with node parameters (a trigger's or picker's too): where the Rate Limit option is read. */
type WithParameters = { getNodeParameter(name: string, fallback?: unknown): unknown };

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

export function rateLimitOption(context: WithParameters): RateLimitOption {
	try {
		const value = context.getNodeParameter('rateLimit', {}) as RateLimitOption | undefined;
		return value && typeof value === 'object' ? value : {};
	} catch {
		return {}; // a node without the option (a trigger): the defaults
	}
}

function maxWaitMs(context: WithParameters): number {
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

/** What one attempt gave: its result, or the 429 it met (a thrown NodeApiError, or an answer). */
export type Attempt<T, L> = { sent: T } | { limited: L };

/**
 * The one 429 wait loop of the pack: a turn in the credential's budget, the request, and when a 429
 * still arrives (another consumer of the same key), another turn — the budget holds it for the time the
 * API gave — and the same request again, unless `again` is false or the whole time this request spends
 * waiting out 429s would pass the node's Max Wait. Then `giveUp` has the last 429 (it throws, or returns
 * the answer for the caller to turn into its error).
 */
export async function sendInTurn<T, L>(
	context: WithParameters,
	budget: RateBudget,
	attempt: () => Promise<Attempt<T, L>>,
	giveUp: (limited: L, waitMs: number, capMs: number) => T,
	again = true,
): Promise<T> {
	const capMs = maxWaitMs(context);
	let firstLimitedAt: number | undefined;
	for (;;) {
		const turn = await budget.take();
		let outcome: Attempt<T, L>;
		try {
			outcome = await attempt();
		} finally {
			turn.ticket.settle();
		}
		if ('sent' in outcome) return outcome.sent;
		const waitMs = budget.waitMs();
		firstLimitedAt ??= Date.now();
		if (!again || Date.now() - firstLimitedAt + waitMs > capMs)
			return giveUp(outcome.limited, waitMs, capMs);
	}
}

/**
 * One routed request through the budget: reads are always sent again after a 429, writes only where
 * the API refuses before processing; a 429 not ridden out fails the item with when to come back.
 */
async function pacedCall(
	context: Context,
	setup: RateSetup,
	budget: RateBudget,
	kind: Kind,
	send: () => Promise<INodeExecutionData[]>,
): Promise<INodeExecutionData[]> {
	return await sendInTurn<INodeExecutionData[], unknown>(
		context,
		budget,
		async () => {
			try {
				return { sent: await send() };
			} catch (error) {
				if (!is429(error)) throw error;
				return { limited: error };
			}
		},
		(error, waitMs, capMs) => {
			throw rateLimitError(context, setup, error, kind, waitMs, capMs);
		},
		kind === 'read' || setup.writesRefusedBefore429,
	);
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

/** A context a budget is read from: an action node's, a trigger's or a picker's. */
type BudgetContext = WithParameters & { getCredentials(type: string): Promise<object> };

/** How one integration paces (its helpers/rate.ts): what `pacing` needs besides the budget it builds. */
export interface PacingSetup extends Omit<RateSetup, 'budget'> {
	/** The credential type whose values tell one budget from another. */
	credentialType: string;
	/** The credential's identifying values (fingerprinted, never kept) and the model the node's option sets. */
	rate(credentials: IDataObject, option: RateLimitOption): { identity: string[]; model: RateModel };
}

/**
 * An integration's pacing: `budget`, the credential's budget set to the node's Rate Limit option (for
 * requests outside routing too); `sender`, `pages` and `create` for its routing. `label`: the fields
 * naming a created record in the partial-failure error, first found wins.
 */
export function pacing(setup: PacingSetup, label: string[]) {
	const budget = async (context: BudgetContext): Promise<RateBudget> => {
		const credentials = (await context.getCredentials(setup.credentialType)) as IDataObject;
		const option = rateLimitOption(context);
		const { identity, model } = setup.rate(credentials, option);
		return configuredBudget(setup.api.toLowerCase(), identity, model, option.pace);
	};
	const rate: RateSetup = { ...setup, budget };
	return {
		budget,
		sender: pacedSender(rate),
		pages: (paginate: Paginate) => pacedPaginator(rate, paginate),
		create: (what: string, send: Paginate) => pacedCreate(rate, { what, label }, send),
	};
}

/**
 * A money-moving create (`send` is its sendOnce): refused before anything is sent when the node has
 * Retry On Fail on (n8n re-runs every item of the node, so items already created would be created
 * again); paced before it is sent; and, with Continue On Fail off, an item's error names the items of
 * the same run that were already created.
 */
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
