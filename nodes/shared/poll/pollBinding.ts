import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { pollAlone, pollKey } from './pollLock';
import { pollBudgetMs } from './pollTime';

/**
 * How the three polling triggers meet n8n: one binding between a trigger's pure core and the
 * workflow's static data, so no trigger keeps its own list of state keys (a list that forgot one
 * once lost S2's activation time between polls).
 *
 * The whole state is loaded as n8n would load it after a restart (a JSON copy of the stored object),
 * and after a successful poll the stored keys are replaced by exactly those of the new state (also
 * a JSON copy): keys the new state no longer has are removed. A poll that ends the same way with or
 * without a restart in between cannot depend on anything JSON does not keep.
 */
export interface PollBinding {
	/** Names the trigger in log lines. */
	label: string;
	/** "Fetch Test Event": a sample shaped like the first selected event's items; the state untouched. */
	sample(): Promise<INodeExecutionData[][]>;
	/** One poll from the whole saved state ({} before the first): the items to emit and the whole next state. */
	poll(state: IDataObject): Promise<{ items: IDataObject[]; state: IDataObject }>;
	/**
	 * Whether `error` must fail the poll loudly (usually shared/poll/pollErrors.ts's mustFailPoll); otherwise
	 * it is logged, nothing is emitted and the saved state stays as it was, so the next poll catches up.
	 */
	mustFail(error: unknown, state: IDataObject): boolean;
}

const jsonCopy = (value: IDataObject): IDataObject =>
	JSON.parse(JSON.stringify(value)) as IDataObject;

/** Replaces the keys of `stored` with exactly those of `next`. */
function replaceState(stored: IDataObject, next: IDataObject): void {
	for (const key of Object.keys(stored)) if (!(key in next)) delete stored[key];
	Object.assign(stored, next);
}

/*
 * n8n >= 2.36 on its durable path (see pollTime.ts) commits a poll's state together with the execution
 * row its items start, but only after poll() returned (the commit is not awaited by the scheduler), and
 * the next poll of the trigger starts from the state read from the database when its task was claimed.
 * On a loaded machine that commit took 2 s, so the next poll (3 s crons in the crash test) started from
 * the state before it and emitted the same items again: two executions, delivered twice (n8n 2.40.7,
 * `npm run test:crash`). So after a poll that emitted, a poll that starts from the very state that poll
 * started from is held back (nothing read, nothing emitted, state untouched) until the commit shows;
 * if it never shows (the commit was refused or failed), polls go on from the old state after
 * COMMIT_WAIT_MS, which emits the items again: they were never committed. Older n8n passes the live
 * static data to each poll (nothing to wait for), and a restart starts with nothing held.
 */
export const COMMIT_WAIT_MS = 60_000;
const emitted = new Map<string, { from: string; at: number }>();

/** True when this poll starts from the state a poll that emitted < COMMIT_WAIT_MS ago started from. */
function commitPending(key: string, loaded: string, now: number): boolean {
	const last = emitted.get(key);
	if (last && last.from === loaded && now - last.at < COMMIT_WAIT_MS) return true;
	emitted.delete(key);
	return false;
}

/** A trigger's poll(): sample in manual mode, else one poll at a time (pollLock.ts), all or nothing. */
export async function runPoll(
	ctx: IPollFunctions,
	binding: PollBinding,
): Promise<INodeExecutionData[][] | null> {
	if (ctx.getMode() === 'manual') return await binding.sample();
	return await pollAlone(ctx, async () => {
		const stored = ctx.getWorkflowStaticData('node');
		const state = jsonCopy(stored);
		const durable = pollBudgetMs(ctx) !== undefined;
		const key = pollKey(ctx);
		const loaded = JSON.stringify(state);
		if (durable && commitPending(key, loaded, Date.now())) {
			ctx.logger.debug(
				`${binding.label}: poll skipped, the last poll's state is not committed yet`,
			);
			return null;
		}
		let outcome: Awaited<ReturnType<PollBinding['poll']>>;
		try {
			outcome = await binding.poll(jsonCopy(state));
		} catch (error) {
			if (binding.mustFail(error, state)) throw error;
			ctx.logger.warn(
				`${binding.label}: poll failed, retrying next poll: ${(error as Error).message}`,
			);
			return null;
		}
		const next = jsonCopy(outcome.state);
		replaceState(stored, next);
		if (!outcome.items.length) return null;
		if (durable && JSON.stringify(next) !== loaded)
			emitted.set(key, { from: loaded, at: Date.now() });
		return [outcome.items.map((json) => ({ json }))];
	});
}
