import type { IDataObject } from 'n8n-workflow';

import { fingerprint, FINGERPRINT_LENGTH } from './compactState';

/**
 * Redelivery guard for webhook triggers: the ids of the last `limit` deliveries that started a run.
 *
 * - In the workflow's static data, as one string of 8-character fingerprints (compactState.ts):
 *   1,000 ids cost 8 KB, and survive restarts. n8n saves a webhook's static data before it answers
 *   (LiveWebhooks), so a redelivery that follows our answer sees the id.
 * - In this process, per workflow node, the same ids in a Set: two copies of one delivery that arrive
 *   at once (both before either saved) are told apart too. In queue mode webhooks are received by the
 *   main, so one process sees them all.
 *
 * A fingerprint shared by two different ids (about limit / 2^48 per delivery) would drop the second.
 */
export const RECENT_IDS_LIMIT = 1_000;
const MAX_SCOPES = 200;

const inProcess = new Map<string, Set<string>>();

function scopeSet(scope: string): Set<string> {
	let set = inProcess.get(scope);
	if (set) {
		// Most recently used last, so the oldest scope is dropped first.
		inProcess.delete(scope);
	} else {
		set = new Set();
		if (inProcess.size >= MAX_SCOPES) inProcess.delete(inProcess.keys().next().value as string);
	}
	inProcess.set(scope, set);
	return set;
}

function storedHas(stored: string, fp: string): boolean {
	for (let i = 0; i + FINGERPRINT_LENGTH <= stored.length; i += FINGERPRINT_LENGTH) {
		if (stored.startsWith(fp, i)) return true;
	}
	return false;
}

/**
 * True the first time `id` is seen (and remembers it); false for a redelivery. `scope` names the
 * workflow node (e.g. `${workflowId}:${nodeId}`); `staticData` is its node static data.
 */
export function claimDelivery(
	staticData: IDataObject,
	scope: string,
	id: string,
	limit = RECENT_IDS_LIMIT,
): boolean {
	const fp = fingerprint(id);
	const set = scopeSet(scope);
	const stored = typeof staticData.recentDeliveries === 'string' ? staticData.recentDeliveries : '';
	if (set.has(fp) || storedHas(stored, fp)) return false;
	set.add(fp);
	if (set.size > limit) set.delete(set.values().next().value as string);
	const next = stored + fp;
	staticData.recentDeliveries =
		next.length > limit * FINGERPRINT_LENGTH
			? next.slice(next.length - limit * FINGERPRINT_LENGTH)
			: next;
	return true;
}

/** For tests: forget what this process remembers (static data is the caller's). */
export function forgetInProcessDeliveries(): void {
	inProcess.clear();
}
