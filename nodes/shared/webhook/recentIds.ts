import type { IDataObject } from 'n8n-workflow';

import { fingerprint, FINGERPRINT_LENGTH } from '../poll/compactState';

/**
 * Redelivery guard for webhook triggers: the ids of the last `limit` deliveries that started a run, as one
 * string of 8-character fingerprints (compactState.ts; 1,000 ids = 8 KB) in the node's static data.
 *
 * How n8n 2.8.4 persists it (cli/dist/webhooks/live-webhooks.js, webhook-helpers.js,
 * workflows/workflow-static-data.service.js): each webhook request loads its own copy of the workflow's
 * static data from the database, runs `webhook()`, creates the run's execution, then saves its whole copy
 * (one UPDATE, awaited before the HTTP answer) when the copy changed. Requests share no object, so
 * deliveries that arrive together each save what they loaded plus their own id: the last writer wins.
 *
 * So the saved string is not the request's copy but this process's memory of the node: the key is an
 * accessor, and whenever n8n serializes a copy for saving, it reads the copy's own ids plus every id whose
 * copy was serialized before. Each save thus carries every id saved before it, whatever order the requests
 * finish in. SQLite (n8n's default) commits writes
 * in the order they were serialized (one write connection, a FIFO lock taken right after), so the last save
 * holds them all. An id is shared with other requests' saves only from the moment its own request's copy
 * is serialized (after n8n created its run), so a crash never leaves a saved id without a run.
 *
 * Also, per workflow node in this process: two copies of one delivery that arrive at once (before either
 * saved) are told apart. In queue mode webhooks are received by the main, so one process sees them all.
 *
 * A fingerprint shared by two different ids (about limit / 2^48 per delivery) would drop the second.
 */
export const RECENT_IDS_LIMIT = 1_000;
const MAX_SCOPES = 200;
const KEY = 'recentDeliveries';

/** What this process knows of one workflow node's deliveries. */
class NodeMemory {
	/** Every id accepted or loaded, oldest first, at most `limit`. */
	private readonly order: string[] = [];
	private readonly known = new Set<string>();
	/** The ids a save may carry: loaded from a save, or accepted and their own request's copy serialized. */
	private readonly shared = new Set<string>();
	private text = '';
	private dirty = false;
	private lastMerged = '';

	constructor(private readonly limit: number) {}

	has(fp: string): boolean {
		return this.known.has(fp);
	}

	/** Adds the ids of a saved string this process does not know, as older than its own. */
	merge(stored: string): void {
		if (!stored || stored === this.lastMerged) return;
		this.lastMerged = stored;
		const older: string[] = [];
		for (let i = 0; i + FINGERPRINT_LENGTH <= stored.length; i += FINGERPRINT_LENGTH) {
			const fp = stored.slice(i, i + FINGERPRINT_LENGTH);
			if (this.known.has(fp)) continue;
			this.known.add(fp);
			this.shared.add(fp);
			older.push(fp);
		}
		if (!older.length) return;
		this.order.unshift(...older);
		this.trim();
	}

	add(fp: string): void {
		this.known.add(fp);
		this.order.push(fp);
		this.trim();
	}

	share(fp: string): void {
		if (!this.known.has(fp) || this.shared.has(fp)) return;
		this.shared.add(fp);
		this.dirty = true;
	}

	/** The shared ids, oldest first. */
	saved(): string {
		if (this.dirty) {
			this.text = this.order.filter((fp) => this.shared.has(fp)).join('');
			this.dirty = false;
		}
		return this.text;
	}

	private trim(): void {
		while (this.order.length > this.limit) {
			const fp = this.order.shift() as string;
			this.known.delete(fp);
			this.shared.delete(fp);
		}
		this.dirty = true;
	}
}

const inProcess = new Map<string, NodeMemory>();
/** The ids accepted through each copy of static data (one per request in n8n). */
const claimedThrough = new WeakMap<IDataObject, string[]>();

function memoryOf(scope: string, limit: number): NodeMemory {
	let memory = inProcess.get(scope);
	if (memory) {
		// Most recently used last, so the oldest scope is dropped first.
		inProcess.delete(scope);
	} else {
		memory = new NodeMemory(limit);
		if (inProcess.size >= MAX_SCOPES) inProcess.delete(inProcess.keys().next().value as string);
	}
	inProcess.set(scope, memory);
	return memory;
}

/** What the copy holds as loaded (not our accessor: a copy already bound reads the memory itself). */
function loaded(staticData: IDataObject): string {
	const own = Object.getOwnPropertyDescriptor(staticData, KEY);
	return own && !own.get && typeof own.value === 'string' ? own.value : '';
}

/**
 * True the first time `id` is seen (and remembers it); false for a redelivery. `scope` names the
 * workflow node (e.g. `${workflowId}:${nodeId}`); `staticData` is its node static data, as n8n loaded it
 * for this request.
 */
export function claimDelivery(
	staticData: IDataObject,
	scope: string,
	id: string,
	limit = RECENT_IDS_LIMIT,
): boolean {
	const fp = fingerprint(id);
	const memory = memoryOf(scope, limit);
	memory.merge(loaded(staticData));
	if (memory.has(fp)) return false;
	memory.add(fp);
	let mine = claimedThrough.get(staticData);
	if (!mine) {
		const ids: string[] = (mine = []);
		claimedThrough.set(staticData, ids);
		// Read when n8n serializes this copy to save it (after it created the run): from then on every
		// save carries this copy's ids.
		Object.defineProperty(staticData, KEY, {
			enumerable: true,
			configurable: true,
			get: () => {
				for (const own of ids) memory.share(own);
				return memory.saved();
			},
			set: (value: unknown) => {
				if (typeof value === 'string') memory.merge(value);
			},
		});
	}
	mine.push(fp);
	// A write through n8n's observable static data marks the copy changed, so n8n saves it.
	staticData[KEY] = '';
	return true;
}

/** For tests: forget what this process remembers (static data is the caller's). */
export function forgetInProcessDeliveries(): void {
	inProcess.clear();
}
