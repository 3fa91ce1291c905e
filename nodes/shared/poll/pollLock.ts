import type { IPollFunctions } from 'n8n-workflow';

/*
 * n8n calls a trigger's poll() on a cron tick without waiting for the previous poll to end
 * (ActiveWorkflows.activatePolling), and both would start from the same static data: a long poll
 * (a big account, a slow link, waits for the rate limit) would then have every event emitted twice.
 * One poll of a trigger at a time per process: a poll that finds its trigger already polling
 * returns at once without reading anything; the running poll covers what it would have seen.
 */
const running = new Set<string>();

/** The trigger's identity: workflow id + node id (node name when the id is missing, e.g. old workflows). */
export function pollKey(ctx: Pick<IPollFunctions, 'getWorkflow' | 'getNode'>): string {
	const node = ctx.getNode();
	return `${String(ctx.getWorkflow().id ?? '')}\u0000${node.id || node.name}`;
}

/**
 * Runs `poll` unless a poll of the same trigger is running in this process; then resolves to null
 * (nothing emitted, state untouched). Manual runs ("Fetch Test Event") do not take the lock.
 */
export async function pollAlone<T>(
	ctx: IPollFunctions,
	poll: () => Promise<T | null>,
): Promise<T | null> {
	if (ctx.getMode() === 'manual') return await poll();
	const key = pollKey(ctx);
	if (running.has(key)) {
		ctx.logger.debug('Poll skipped: the previous poll of this trigger is still running');
		return null;
	}
	running.add(key);
	try {
		return await poll();
	} finally {
		running.delete(key);
	}
}
