import { FixedWindow } from '../../nodes/shared/rate/fixedWindow';
import { LearnedRate } from '../../nodes/shared/rate/learnedRate';
import { sendInTurn, type Attempt } from '../../nodes/shared/transport/pacedSend';

/*
 * The one 429 wait loop (shared/transport/pacedSend.ts `sendInTurn`), used by every routed request
 * (pacedCall) and every request outside routing (authenticatedRequest). Timers are jest's fake ones, so
 * the waits the budget holds are exact and take no real time. Through n8n against the sandbox:
 * test/harness/volume.test.ts, test/hardening/faults.test.ts and secrets.test.ts.
 */

/** A node's Rate Limit → Max Wait (seconds); undefined: the option not set. */
const node = (maxWait?: number) => ({
	getNodeParameter: () => (maxWait === undefined ? {} : { maxWait }),
});

/** An API that answers 429 with `Retry-After` (seconds) `limits` times, then 'done'. */
function api(budget: LearnedRate, retryAfter: number, limits = Infinity) {
	const sentAt: number[] = [];
	const attempt = async (): Promise<Attempt<string, string>> => {
		sentAt.push(Date.now());
		if (sentAt.length > limits) return { sent: 'done' };
		budget.observe({ status: 429, retryAfterMs: retryAfter * 1000 });
		return { limited: `429 #${sentAt.length}` };
	};
	return { sentAt, attempt };
}

const giveUp = (limited: string, waitMs: number, capMs: number) =>
	`gave up: ${limited}, ${waitMs}, ${capMs}`;

async function run<T>(promise: Promise<T>): Promise<T> {
	await jest.advanceTimersByTimeAsync(1_000_000);
	return await promise;
}

describe('shared/transport/pacedSend › sendInTurn', () => {
	beforeEach(() => jest.useFakeTimers({ now: Date.parse('2026-01-01T00:00:00Z') }));
	afterEach(() => jest.useRealTimers());

	it('sends again when the hold ends; Max Wait caps the whole time spent on 429s, not each wait (10 s, Retry-After 4 s: sent at 0, 4, 8 s)', async () => {
		const budget = new LearnedRate();
		const { sentAt, attempt } = api(budget, 4);
		const result = await run(sendInTurn(node(10), budget, attempt, giveUp));
		expect(sentAt.map((at) => at - sentAt[0])).toEqual([0, 4_000, 8_000]);
		expect(result).toBe('gave up: 429 #3, 4000, 10000');
	});

	it('Max Wait not set: 120 s (Retry-After 60 s: sent at 0, 60, 120 s; 61 s: at 0 and 61 s)', async () => {
		const budget = new LearnedRate();
		const sixty = api(budget, 60);
		await run(sendInTurn(node(), budget, sixty.attempt, giveUp));
		expect(sixty.sentAt.map((at) => at - sixty.sentAt[0])).toEqual([0, 60_000, 120_000]);

		const other = new LearnedRate();
		const sixtyOne = api(other, 61);
		await run(sendInTurn(node(), other, sixtyOne.attempt, giveUp));
		expect(sixtyOne.sentAt.map((at) => at - sixtyOne.sentAt[0])).toEqual([0, 61_000]);
	});

	it('a 429 ridden out ends in the answer that follows it', async () => {
		const budget = new LearnedRate();
		const { sentAt, attempt } = api(budget, 1, 2);
		expect(await run(sendInTurn(node(10), budget, attempt, giveUp))).toBe('done');
		expect(sentAt.map((at) => at - sentAt[0])).toEqual([0, 1_000, 2_000]);
	});

	it('not to be sent again (a write the API may have processed): the first 429 gives up, with the wait it would have been', async () => {
		const budget = new LearnedRate();
		const { sentAt, attempt } = api(budget, 4);
		expect(await run(sendInTurn(node(10), budget, attempt, giveUp, false))).toBe(
			'gave up: 429 #1, 4000, 10000',
		);
		expect(sentAt).toHaveLength(1);
	});

	it("a failure that is not a 429 is thrown at once, its turn settled (a window's next turn is not held for its answer)", async () => {
		const budget = new FixedWindow({ kind: 'window', limit: 60, windowMs: 60_000 });
		const broken = async (): Promise<Attempt<string, string>> => {
			throw new Error('ECONNRESET');
		};
		// A fresh window's first turn waits for nothing: no timer to run.
		await expect(sendInTurn(node(10), budget, broken, giveUp)).rejects.toThrow('ECONNRESET');
		expect(await budget.take(0)).toMatchObject({ ok: true });
	});
});
