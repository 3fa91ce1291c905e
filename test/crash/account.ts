/**
 * Accounting for every change the crash test made: delivered once, held by an execution n8n shows as
 * crashed (or failed) and can retry, lost (no delivery and no execution holding it), or delivered twice.
 */
import { itemKey, type Api } from './changes';
import type { Delivery } from './recorder';
import { TRIGGER_NODE } from './workflows';

type Json = Record<string, unknown>;

export interface Change {
	cycle: number;
	api: Api;
	key: string;
}

/** One row of n8n's execution_entity with its data (scripts/n8n-runtime.mjs listExecutions). */
export interface ExecutionRow {
	id: number | string;
	workflowId: string;
	mode: string;
	status: string;
	run: { data?: Json } | null;
}

export type Fate = 'delivered' | 'held' | 'lost' | 'duplicated';

export interface Outcome extends Change {
	fate: Fate;
	deliveries: number;
	/** Executions (not retries) whose trigger items include the change, with their status. */
	holders: Array<{ id: string; status: string }>;
}

/** Statuses of an execution that did not finish and that n8n's Retry accepts (not `new`, not `success`). */
export const RETRYABLE = ['crashed', 'error'];

type Items = Array<{ json: Json }>;
type RunData = {
	executionData?: {
		nodeExecutionStack?: Array<{ node?: { name?: string }; data?: { main?: Items[] } }>;
	};
	resultData?: { runData?: Record<string, Array<{ data?: { main?: Items[] } }>> };
};

/**
 * The trigger items an execution holds: the stack it was created with (what a retry runs again), else the
 * trigger's saved output. n8n's crash recovery gives nodes that finished placeholder output (no `event`).
 */
export function heldItems(row: ExecutionRow): Json[] {
	const data = (row.run?.data ?? {}) as RunData;
	const stack = (data.executionData?.nodeExecutionStack ?? [])
		.filter((s) => s.node?.name === TRIGGER_NODE)
		.flatMap((s) => s.data?.main?.[0] ?? [])
		.map((i) => i.json);
	const output = (data.resultData?.runData?.[TRIGGER_NODE]?.[0]?.data?.main?.[0] ?? []).map(
		(i) => i.json,
	);
	return [...stack, ...output].filter((item) => item && typeof item.event === 'string');
}

export function deliveredKeys(
	deliveries: Delivery[],
	apiOf: (workflow: string) => Api | undefined,
) {
	const counts = new Map<string, number>();
	for (const d of deliveries) {
		const api = apiOf(d.workflow);
		if (!api) continue;
		for (const item of d.items) {
			const key = itemKey(api, item);
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
	}
	return counts;
}

export function account(
	changes: Change[],
	deliveries: Map<string, number>,
	executions: ExecutionRow[],
	apiOf: (workflow: string) => Api | undefined,
): { outcomes: Outcome[]; unexplained: string[] } {
	const holders = new Map<string, Array<{ id: string; status: string }>>();
	for (const row of executions) {
		const api = apiOf(row.workflowId);
		if (!api || row.mode === 'retry') continue;
		for (const item of heldItems(row)) {
			const key = itemKey(api, item);
			const list = holders.get(key) ?? [];
			if (!list.some((h) => h.id === String(row.id)))
				list.push({ id: String(row.id), status: row.status });
			holders.set(key, list);
		}
	}
	const outcomes = changes.map((change): Outcome => {
		const count = deliveries.get(change.key) ?? 0;
		const held = holders.get(change.key) ?? [];
		const fate: Fate =
			count > 1
				? 'duplicated'
				: count === 1
					? 'delivered'
					: held.some((h) => RETRYABLE.includes(h.status))
						? 'held'
						: 'lost';
		return { ...change, fate, deliveries: count, holders: held };
	});
	const made = new Set(changes.map((c) => c.key));
	const unexplained = [...deliveries.keys()].filter((k) => !made.has(k));
	return { outcomes, unexplained };
}
