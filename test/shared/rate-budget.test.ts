import { budgetFor, readRateNews, RateBudget } from '../../nodes/shared/rateBudget';

/*
 * The rate budget's rules in isolation (the engine tests in test/harness/volume.test.ts drive it
 * through n8n against the sandbox). Waits here are short real sleeps; no timing is asserted beyond
 * "it did not go before the time the API gave".
 */

describe('shared/rateBudget', () => {
	it('window: the first request goes alone until the API states the limit; then the stated remaining count holds turns until the reset', async () => {
		const budget = new RateBudget({ kind: 'window', limit: 60, windowMs: 60_000 });
		const first = await budget.take();
		expect(first.ok).toBe(true);
		// A second turn with a 0 ms deadline is refused: the first has not been answered.
		expect(await budget.take(0)).toMatchObject({ ok: false });
		const resetMs = Date.now() + 400;
		budget.observe({ status: 200, limit: 2, remaining: 1, resetMs });
		if (first.ok) first.ticket.settle();
		expect(await budget.take(0)).toMatchObject({ ok: true });
		// The window is spent: the next turn reports how long until the API's reset instead of taking it.
		const refused = await budget.take(50);
		expect(refused.ok).toBe(false);
		expect(refused.ok ? 0 : refused.waitMs).toBeGreaterThan(100);
		const later = await budget.take();
		expect(later.ok).toBe(true);
		expect(Date.now()).toBeGreaterThanOrEqual(resetMs);
	});

	it('window: a key stated higher than the node setting is held to the setting', async () => {
		const budget = new RateBudget({ kind: 'window', limit: 2, windowMs: 60_000 });
		const t = await budget.take();
		budget.observe({ status: 200, limit: 100, remaining: 99, resetMs: Date.now() + 60_000 });
		if (t.ok) t.ticket.settle();
		expect(await budget.take(0)).toMatchObject({ ok: true });
		expect(await budget.take(0)).toMatchObject({ ok: false });
	});

	it('turns are handed out first come, first served', async () => {
		const budget = new RateBudget({ kind: 'bucket', perSecond: 20, burst: 3 });
		const order: number[] = [];
		await Promise.all(
			[0, 1, 2, 3, 4, 5].map(async (i) => {
				const turn = await budget.take();
				order.push(i);
				if (turn.ok) turn.ticket.settle();
			}),
		);
		expect(order).toEqual([0, 1, 2, 3, 4, 5]);
	});

	it('bucket: a burst (less a margin of 2) goes at once, then the drain rate; a 429 fills the bucket', async () => {
		const budget = new RateBudget({ kind: 'bucket', perSecond: 4, burst: 10 });
		for (let i = 0; i < 8; i++) expect(await budget.take(0)).toMatchObject({ ok: true });
		expect(await budget.take(0)).toMatchObject({ ok: false });
		expect(budget.waitMs()).toBeGreaterThan(150);
		budget.observe({ status: 429 });
		expect(budget.waitMs()).toBeGreaterThan(400); // full bucket: 10 - 8 + 1 drops to drain at 4/s
	});

	it('none (S2): nothing is held until a 429; Retry-After is honoured; without one the back-off doubles once per hold', () => {
		const budget = new RateBudget({ kind: 'none' });
		expect(budget.waitMs()).toBe(0);
		const now = Date.now();
		budget.observe({ status: 429, retryAfterMs: 3000 }, now);
		expect(budget.waitMs(now)).toBe(3000);
		const later = now + 3000;
		budget.observe({ status: 429 }, later);
		expect(budget.waitMs(later)).toBe(1000);
		// Further 429s answering requests sent before the hold do not lengthen it.
		budget.observe({ status: 429 }, later + 10);
		expect(budget.waitMs(later + 10)).toBe(990);
		budget.observe({ status: 429 }, later + 1000);
		expect(budget.waitMs(later + 1000)).toBe(2000);
		budget.observe({ status: 200 }, later + 3000);
		budget.observe({ status: 429 }, later + 3000);
		expect(budget.waitMs(later + 3000)).toBe(1000);
	});

	it('pacing off: only a 429 holds turns', async () => {
		const budget = new RateBudget({ kind: 'bucket', perSecond: 1, burst: 3 });
		budget.configure({ kind: 'bucket', perSecond: 1, burst: 3 }, false);
		for (let i = 0; i < 10; i++) expect(await budget.take(0)).toMatchObject({ ok: true });
	});

	it('one budget per credential', () => {
		const a = budgetFor('test', ['https://x', 'sk-secret-1'], () => ({ kind: 'none' }));
		expect(budgetFor('test', ['https://x', 'sk-secret-1'], () => ({ kind: 'none' }))).toBe(a);
		expect(budgetFor('test', ['https://x', 'sk-secret-2'], () => ({ kind: 'none' }))).not.toBe(a);
	});

	it('reads X-RateLimit-* (Reset in unix seconds) and Retry-After (seconds or a date), in any case', () => {
		const now = Date.parse('2026-01-01T00:00:00Z');
		expect(
			readRateNews(
				200,
				{
					'X-RateLimit-Limit': '60',
					'x-ratelimit-remaining': '59',
					'X-RATELIMIT-RESET': '1767225660',
				},
				now,
			),
		).toMatchObject({
			limit: 60,
			remaining: 59,
			resetMs: 1767225660000,
		});
		expect(readRateNews(429, { 'retry-after': '7' }, now).retryAfterMs).toBe(7000);
		expect(
			readRateNews(429, { 'Retry-After': 'Thu, 01 Jan 2026 00:00:05 GMT' }, now).retryAfterMs,
		).toBe(5000);
	});
});
