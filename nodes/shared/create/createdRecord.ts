import type { IExecuteSingleFunctions, NodeApiError } from 'n8n-workflow';

/*
 * What the items of one node run have created so far, so that when the run stops part-way (Continue
 * On Fail off: n8n's RoutingNode waits for every item, then throws the first failed item's error and
 * drops the successes from view) the error names what was already created and nobody re-runs it blind.
 *
 * Keyed by execution id and node (each item gets its own copy of the node object, so not by identity);
 * a new run of the node (a loop) starts a fresh record when an item index starts again. Only the last
 * few runs are kept. Errors thrown in the run are kept and their description is brought up to date as later items
 * finish: items run concurrently, and RoutingNode only throws once all of them are done.
 */

interface RunRecord {
	started: Set<number>;
	created: Map<number, string>;
	errors: Array<{ error: NodeApiError; base: string }>;
}

const records = new Map<string, RunRecord>();
const KEPT = 100;

/** The record of this item's run (starting a new one when this item index was already seen). */
export function createdSoFar(context: IExecuteSingleFunctions, itemIndex: number): RunRecord {
	const node = context.getNode();
	const key = `${String(context.getExecutionId?.() ?? '')}\u0000${node.id ?? ''}\u0000${node.name}`;
	let record = records.get(key);
	if (!record || record.started.has(itemIndex)) {
		record = { started: new Set(), created: new Map(), errors: [] };
		records.delete(key);
		records.set(key, record);
		if (records.size > KEPT) records.delete(records.keys().next().value as string);
	}
	record.started.add(itemIndex);
	return record;
}

const SHOWN = 50;

function createdText(record: RunRecord, what: string): string {
	if (!record.created.size) return `No ${what} was created by the other items of this run.`;
	const list = [...record.created.entries()].sort(([a], [b]) => a - b);
	const shown = list
		.slice(0, SHOWN)
		.map(([index, label]) => `item ${index}${label ? ` → ${label}` : ''}`);
	const more = list.length > SHOWN ? ` and ${list.length - SHOWN} more` : '';
	return `Already created in this run (do not send these items again): ${shown.join(', ')}${more}.`;
}

function refresh(record: RunRecord, what: string): void {
	for (const entry of record.errors)
		entry.error.description = `${entry.base} ${createdText(record, what)}`.trim();
}

export function noteCreated(
	record: RunRecord,
	itemIndex: number,
	label: string,
	what: string,
): void {
	record.created.set(itemIndex, label);
	refresh(record, what);
}

export function noteFailed(record: RunRecord, error: NodeApiError, what: string): void {
	if (record.errors.some((e) => e.error === error)) return;
	record.errors.push({ error, base: error.description ?? '' });
	refresh(record, what);
}
