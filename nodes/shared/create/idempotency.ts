import type {
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { credentialSecrets, type ApiCredential } from '../transport/secrets';
import { invalidField } from '../input/validation';
import type { Paginate } from '../transport/routingSteps';
import { isAnsweredFailure } from './sendOnce';

/*
 * Retry-safe creates (README "Retries and re-runs"). With an Idempotency Key on an item, a create
 * already made with that key is returned, marked `alreadyExists: true`, instead of being made again:
 * n8n's Retry re-runs the failed node with ALL its input items, and a re-run workflow (a redelivered
 * webhook, a schedule run again) sends the same items again.
 *
 * Two mechanisms, chosen per API (each create's file says which and why):
 * - `lookUp`: the API itself knows the key (S2's channel order and fulfillment IDs): the record is found
 *   through the API, so nothing is kept by the node.
 * - the ledger: the API offers nothing to find a create by (Fulfillbot, SHOPLINE fulfillments), so the
 *   node keeps key → created record in the workflow's static data. n8n 2.8.4 saves static data to the
 *   workflow after every execution that is not manual, failed or not (execution-lifecycle-hooks.js,
 *   workflowExecuteAfter), and keeps a copy with each saved execution as it was at the end of that run
 *   (shared-hook-functions.js, prepareExecutionDataForDbUpdate). A Retry "with currently saved workflow"
 *   loads the workflow's copy, "with original workflow" the failed execution's: both hold the keys the
 *   failed run recorded (test/e2e/retry.test.ts). Manual runs save nothing to the workflow.
 */

export const IDEMPOTENCY_KEY = 'idempotencyKey';
export const IDEMPOTENCY_KEY_LABEL = 'Idempotency Key';
/** Long enough for any order ID, and for S2's channel IDs, whose length S2 does not document. */
export const KEY_MAX_LENGTH = 100;
/** Ledger entries kept per node; the oldest go first (about 150 bytes each in static data). */
export const LEDGER_SIZE = 5000;

/** The field, in each create's own words (`how`: what the key becomes at that API). */
export function idempotencyKeyField(how: string): INodeProperties {
	return {
		displayName: IDEMPOTENCY_KEY_LABEL,
		name: IDEMPOTENCY_KEY,
		type: 'string',
		default: '',
		placeholder: 'store-order-1001',
		description:
			'Makes Retry and re-runs safe: a value that names what this item creates and is the same every time the same source item comes again, e.g. {{ $json.id }} of the store order the item comes from (not a time or a random value). ' +
			`A create already made with the key is returned, marked alreadyExists: true, instead of made again. ${how} ` +
			`Up to ${KEY_MAX_LENGTH} printable ASCII characters. Leave empty to create every time.`,
	};
}

const PRINTABLE = /^[\x20-\x7e]*$/;

/**
 * This item's key, checked before anything is sent; undefined when the field is empty. An expression
 * that gives nothing for an item is refused (a key the user set must never silently turn into "no
 * key"). The key is never echoed: it could carry anything the expression read.
 */
export async function readIdempotencyKey(
	context: IExecuteSingleFunctions,
	credential: ApiCredential,
): Promise<string | undefined> {
	const raw = context.getNode().parameters[IDEMPOTENCY_KEY];
	let value: unknown;
	try {
		value = context.getNodeParameter(IDEMPOTENCY_KEY, '');
	} catch {
		return undefined; // an operation without the field
	}
	const fix = 'Use an ID of the source record, e.g. {{ $json.id }} of the store order.';
	if (typeof value !== 'string' && typeof value !== 'number')
		throw invalidField(
			context,
			IDEMPOTENCY_KEY_LABEL,
			`must be text or a number (got ${Array.isArray(value) ? 'a list' : typeof value})`,
			fix,
		);
	const key = String(value).trim();
	if (!key) {
		const expression = typeof raw === 'string' && raw.startsWith('=') && raw.slice(1).trim();
		if (!expression) return undefined;
		throw invalidField(
			context,
			IDEMPOTENCY_KEY_LABEL,
			'is empty for this item (its expression gave nothing)',
			'Make sure every item has the field the expression reads, or clear the field to create without a key (not retry-safe).',
		);
	}
	if (key.length > KEY_MAX_LENGTH)
		throw invalidField(
			context,
			IDEMPOTENCY_KEY_LABEL,
			`is ${key.length} characters long; at most ${KEY_MAX_LENGTH}`,
			fix,
		);
	if (!PRINTABLE.test(key))
		throw invalidField(
			context,
			IDEMPOTENCY_KEY_LABEL,
			'may hold printable ASCII characters only (no line breaks, control characters or non-ASCII letters)',
			fix,
		);
	const { inErrors } = await credentialSecrets(context, credential);
	if (inErrors.some((secret) => key.includes(secret)))
		throw invalidField(
			context,
			IDEMPOTENCY_KEY_LABEL,
			'contains a value of the credential',
			`The key is kept and sent as data; never build it from the credential. ${fix}`,
		);
	return key;
}

const existing = (json: IDataObject): INodeExecutionData[] => [
	{ json: { ...json, alreadyExists: true } },
];

/** Items of one execution that carry the same key wait for the first (none is sent twice at once). */
const inFlight = new Map<string, Promise<unknown>>();

async function oncePerKey<T>(
	context: IExecuteSingleFunctions,
	key: string,
	run: () => Promise<T>,
): Promise<T> {
	const node = context.getNode();
	const id = `${String(context.getExecutionId?.() ?? '')}\u0000${node.id ?? node.name}\u0000${key}`;
	const earlier = inFlight.get(id);
	if (earlier) await earlier.catch(() => undefined);
	const mine = run();
	inFlight.set(id, mine);
	try {
		return await mine;
	} finally {
		if (inFlight.get(id) === mine) inFlight.delete(id);
	}
}

// ------------------------------------------------------------------------------ API look-up

export interface LookUpCreate {
	credential: ApiCredential;
	/** The record the API already holds under this key, if any. */
	find(context: IExecuteSingleFunctions, key: string): Promise<IDataObject | undefined>;
}

/** A create whose key the API knows: looked up first (one read), created only when absent. */
export function lookUpFirst(setup: LookUpCreate, create: Paginate): Paginate {
	return async function createUnlessFound(this: IExecutePaginationFunctions, requestData) {
		const key = await readIdempotencyKey(this, setup.credential);
		if (!key) return await create.call(this, requestData);
		return await oncePerKey(this, key, async () => {
			const found = await setup.find(this, key);
			if (found) return existing(found);
			return await create.call(this, requestData);
		});
	};
}

// ------------------------------------------------------------------------------ ledger

interface LedgerEntry {
	/** When the create was sent (ms). */
	at: number;
	/** What names the created record (e.g. its order number); absent while its outcome is unknown. */
	ref?: IDataObject;
}

export interface LedgerCreate {
	credential: ApiCredential;
	/** e.g. "purchase order". */
	what: string;
	/** Where the user can look when an outcome is unknown. */
	checkFirst: string;
	/** What to keep of a created record to read it again (its order number, its order and id). */
	refOf(context: IExecuteSingleFunctions, created: IDataObject): IDataObject | undefined;
	/** The record created under this key, read again; undefined when the API no longer has it. */
	read(context: IExecuteSingleFunctions, ref: IDataObject): Promise<IDataObject | undefined>;
}

const LEDGER = 'idempotency';

/**
 * The node's ledger in the workflow's static data. A retry that starts with none (its static data did
 * not come from the failed run, e.g. a manual run retried with the currently saved workflow) cannot know
 * what the failed run created, so keyed items are refused rather than created again.
 */
interface Ledger {
	entries: Record<string, LedgerEntry>;
	/** Marks the static data changed: n8n sees writes to the node's object, not to objects made in this run. */
	touch(): void;
}

function ledgerOf(context: IExecuteSingleFunctions): Ledger {
	const data = context.getWorkflowStaticData('node');
	if (!data[LEDGER] || typeof data[LEDGER] !== 'object') {
		if (context.getMode() === 'retry')
			throw new NodeOperationError(
				context.getNode(),
				'This retry cannot tell which items the failed execution created, so nothing was sent',
				{
					itemIndex: context.getItemIndex(),
					description:
						'n8n ran this retry without the saved data where this node records the Idempotency Keys it created (n8n saves none for manual runs). Retry with the original workflow, or check what was created before running the items again.',
				},
			);
		data[LEDGER] = {};
	}
	const entries = data[LEDGER] as Record<string, LedgerEntry>;
	return { entries, touch: () => (data[LEDGER] = entries) };
}

function remember(ledger: Ledger, key: string, entry: LedgerEntry): void {
	const { entries } = ledger;
	delete entries[key]; // re-inserted last: the object's key order is the age order
	entries[key] = entry;
	const keys = Object.keys(entries);
	for (let i = 0; i < keys.length - LEDGER_SIZE; i++) delete entries[keys[i]];
	ledger.touch();
}

function forget(ledger: Ledger, key: string): void {
	delete ledger.entries[key];
	ledger.touch();
}

/** Whether an error proves nothing was created: the API refused the request (4xx), or it never left. */
function refused(error: unknown): boolean {
	const code = String((error as { httpCode?: unknown }).httpCode ?? '');
	// A refusal or a redirect (never followed): nothing was created.
	if (/^[34]\d\d$/.test(code)) return true;
	// An answered 5xx is taken as not created (the API answered that it failed); only a lost answer
	// (timeout, dropped connection, unreadable 2xx: sendOnce's "did not answer"/"did not confirm") stays unknown.
	if (isAnsweredFailure(error)) return true;
	return !(error instanceof NodeApiError);
}

/** A create the API cannot find by key: the node's ledger says what each key created. */
export function ledgerFirst(setup: LedgerCreate, create: Paginate): Paginate {
	return async function createUnlessRecorded(this: IExecutePaginationFunctions, requestData) {
		const key = await readIdempotencyKey(this, setup.credential);
		if (!key) return await create.call(this, requestData);
		const ledger = ledgerOf(this);
		return await oncePerKey(this, key, async () => {
			const entry = ledger.entries[key];
			if (entry?.ref) {
				const record = await setup.read(this, entry.ref);
				if (record) return existing(record);
				throw new NodeOperationError(
					this.getNode(),
					`The ${setup.what} created with this Idempotency Key is no longer found, so nothing was sent`,
					{
						itemIndex: this.getItemIndex(),
						description: `It was created on ${new Date(entry.at).toISOString()} (${JSON.stringify(entry.ref)}). To create a new one, give this item a new key.`,
					},
				);
			}
			if (entry)
				throw new NodeOperationError(
					this.getNode(),
					`A ${setup.what} was sent with this Idempotency Key and no answer came back, so it may have been created; nothing was sent`,
					{
						itemIndex: this.getItemIndex(),
						description: `It was sent on ${new Date(entry.at).toISOString()}. Check ${setup.checkFirst}. If it is not there, give this item a new key (e.g. add "-2") to create it.`,
					},
				);
			remember(ledger, key, { at: Date.now() }); // before sending: a lost answer stays on record
			try {
				const items = await create.call(this, requestData);
				const ref = setup.refOf(this, items[0]?.json ?? {});
				if (ref) remember(ledger, key, { at: ledger.entries[key]?.at ?? Date.now(), ref });
				return items;
			} catch (error) {
				if (refused(error)) forget(ledger, key);
				throw error;
			}
		});
	};
}

/** The first preSend step of a create with the field: a bad key is refused before any request (even a look-up). */
export function checkIdempotencyKey(credential: ApiCredential) {
	return async function checkKeyBeforeSend(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		await readIdempotencyKey(this, credential);
		return requestOptions;
	};
}
