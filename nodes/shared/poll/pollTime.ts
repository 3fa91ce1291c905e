import type { IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/*
 * n8n >= 2.36 on its durable poll path (N8N_POLLER_DURABLE_CURSORS_ENABLED with the durable scheduler)
 * gives each poll a time budget, `getPollBudgetMs()` on the poll context (n8n-core PollContext;
 * 36 s by default: the smaller of N8N_SCHEDULER_POLL_TIMEOUT, 45 s, and the 60 s lease, less a fifth of
 * it, at least 5 s), and abandons a poll still running at N8N_SCHEDULER_POLL_TIMEOUT: its items and its
 * state are dropped and the trigger backs off (packages/cli scheduling/poll-trigger-node/
 * poll-trigger-task-handler.ts). Nothing is lost then, but nothing moves either, and a trigger whose
 * polls always run long never reports anything. Older n8n has no such method and no limit.
 */
type WithPollBudget = { getPollBudgetMs?: () => number };

/** The ms n8n gives this poll, or undefined when this n8n sets no limit. */
export function pollBudgetMs(ctx: IPollFunctions): number | undefined {
	const get = (ctx as unknown as WithPollBudget).getPollBudgetMs;
	if (typeof get !== 'function') return undefined;
	const ms = Number(get.call(ctx));
	return Number.isFinite(ms) && ms > 0 ? ms : undefined;
}

/**
 * A check to call before each request of one poll: once the poll's time budget is spent it throws, so
 * the poll ends before n8n abandons it. The error has no HTTP status, so `mustFailPoll` counts it as
 * passing trouble once the trigger has state (the state stays as it was and the next poll starts over),
 * and as loud before the first state is saved (an activation that cannot fit its time shows). Without a
 * budget (older n8n) the check never throws.
 */
export function pollTimeGuard(ctx: IPollFunctions, now: () => number = Date.now): () => void {
	const budget = pollBudgetMs(ctx);
	if (budget === undefined) return () => {};
	const deadline = now() + budget;
	return () => {
		if (now() < deadline) return;
		throw new NodeOperationError(
			ctx.getNode(),
			`Poll stopped: it used the ${Math.round(budget / 1000)} s n8n gives one poll`,
			{
				description:
					'n8n abandons a poll that runs past N8N_SCHEDULER_POLL_TIMEOUT. Lower Max Requests per Poll, or raise N8N_SCHEDULER_POLL_TIMEOUT.',
			},
		);
	};
}
