import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { pollAlone } from './pollLock';

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

/** A trigger's poll(): sample in manual mode, else one poll at a time (pollLock.ts), all or nothing. */
export async function runPoll(
	ctx: IPollFunctions,
	binding: PollBinding,
): Promise<INodeExecutionData[][] | null> {
	if (ctx.getMode() === 'manual') return await binding.sample();
	return await pollAlone(ctx, async () => {
		const stored = ctx.getWorkflowStaticData('node');
		const state = jsonCopy(stored);
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
		replaceState(stored, jsonCopy(outcome.state));
		return outcome.items.length ? [outcome.items.map((json) => ({ json }))] : null;
	});
}
