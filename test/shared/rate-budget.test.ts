import { sleep } from 'n8n-workflow';

import { budgetFor, readRateNews, RateBudget } from '../../nodes/shared/rate/rateBudget';

/*
 * The rate budget's rules in isolation (the engine tests in test/harness/volume.test.ts drive it
 * through n8n against the sandbox). Waits here are short real sleeps; no timing is asserted beyond
 * "it did not go before the time the API gave".
 */

describe('shared/rate/rateBudget', () => {
	it('window: the first request goes alone until the API states the limit; then the stated remaining count holds turns until the reset', async () => {
		const budget = new RateBudget({ kind: 'window', limit: 60, windowMs: 60_000 });
		const first = await budget.take();
		expect(first.ok).toBe(true);
		// A second turn with a 0 ms deadline is refused: the first has not been answered.
		expect(await budget.take(0)).toMatchObject({ ok: false });
		const resetMs = Date.now() + 400;
		// Stated limit 3: our count rebased on it leaves 2; the API says 1 left (it differs from our count,
		// so a budget that ignored Remaining here, or the stated limit, gives a second turn and fails).
		budget.observe({ status: 200, limit: 3, remaining: 1, resetMs });
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

	it('window: a key stated higher than a Requests per Minute set on the node is held to the setting', async () => {
		const budget = new RateBudget({ kind: 'window', limit: 3, windowMs: 60_000, cap: 3 });
		const t = await budget.take();
		// The API counts a request of another consumer too: 98 left of 100 (ours, rebased: 99). Held back
		// 100 - 3 = 97 for the setting: one more turn.
		budget.observe({ status: 200, limit: 100, remaining: 98, resetMs: Date.now() + 60_000 });
		if (t.ok) t.ticket.settle();
		expect(await budget.take(0)).toMatchObject({ ok: true });
		expect(await budget.take(0)).toMatchObject({ ok: false });
	});

	it('window: without a node setting, a key stated higher than the default 60 is followed (120: 100 turns in one window)', async () => {
		const budget = new RateBudget({ kind: 'window', limit: 60, windowMs: 60_000 });
		const t = await budget.take();
		budget.observe({ status: 200, limit: 120, remaining: 119, resetMs: Date.now() + 60_000 });
		if (t.ok) t.ticket.settle();
		for (let i = 1; i < 100; i++) expect(await budget.take(0)).toMatchObject({ ok: true });
	});

	it('window: a stated lower limit (30) is followed without a node setting', async () => {
		const budget = new RateBudget({ kind: 'window', limit: 60, windowMs: 60_000 });
		const t = await budget.take();
		budget.observe({ status: 200, limit: 30, remaining: 29, resetMs: Date.now() + 60_000 });
		if (t.ok) t.ticket.settle();
		for (let i = 1; i < 30; i++) expect(await budget.take(0)).toMatchObject({ ok: true });
		expect(await budget.take(0)).toMatchObject({ ok: false });
	});

	it("window: a window's first answer stating a low Remaining (2, while we counted 59) leaves 2 turns", async () => {
		const budget = new RateBudget({ kind: 'window', limit: 60, windowMs: 60_000 });
		const t = await budget.take();
		// Another consumer of the key spent 57 of this window before our first request.
		budget.observe({ status: 200, limit: 60, remaining: 2, resetMs: Date.now() + 60_000 });
		if (t.ok) t.ticket.settle();
		expect(await budget.take(0)).toMatchObject({ ok: true });
		expect(await budget.take(0)).toMatchObject({ ok: true });
		expect(await budget.take(0)).toMatchObject({ ok: false });
	});

	it('window: a new window guessed before the API speaks is rebased on a limit stated anew, keeping the requests still on the way', async () => {
		const budget = new RateBudget({ kind: 'window', limit: 60, windowMs: 60_000 });
		const t = await budget.take();
		budget.observe({ status: 200, limit: 10, remaining: 9, resetMs: Date.now() - 1 });
		if (t.ok) t.ticket.settle();
		// The window has ended: a new one is guessed at the stated 10; 5 turns go before any answer.
		for (let i = 0; i < 5; i++) expect(await budget.take(0)).toMatchObject({ ok: true });
		// The key was raised to 20; the API has counted only the first of our 5: 19 left. Ours, rebased:
		// 5 + 20 - 10 = 15, the lower (4 of ours are still on the way).
		budget.observe({ status: 200, limit: 20, remaining: 19, resetMs: Date.now() + 60_000 });
		for (let i = 0; i < 15; i++) expect(await budget.take(0)).toMatchObject({ ok: true });
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

	it('none (S2): Retry-After is honoured; without one the back-off doubles once per hold', () => {
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

	describe('none (S2): the rate learned from answers', () => {
		const ok = (budget: RateBudget) => async () => {
			const turn = await budget.take(0);
			expect(turn.ok).toBe(true);
			return turn.ok ? turn.ticket : undefined;
		};

		it('no 429, no pacing: 4 in flight before any answer, +1 every 2 successes, never a rate', async () => {
			const budget = new RateBudget({ kind: 'none' });
			const take = ok(budget);
			const tickets = [await take(), await take(), await take(), await take()];
			expect(await budget.take(0)).toMatchObject({ ok: false });
			for (const ticket of tickets) {
				budget.observe({ status: 200 });
				ticket?.settle();
			}
			// 4 successes: 6 may be in flight.
			for (let i = 0; i < 6; i++) tickets.push(await take());
			expect(await budget.take(0)).toMatchObject({ ok: false });
			for (let i = 0; i < 200; i++) budget.observe({ status: 200 });
			// 204 successes: 106 in flight (6 are), and no spacing between turns.
			for (let i = 0; i < 99; i++) await take();
			expect(budget.learnedRate).toBeUndefined();
			expect(budget.waitMs()).toBe(0);
		});

		it('a waiting turn goes once an answer frees a place, and not before', async () => {
			const budget = new RateBudget({ kind: 'none' });
			const tickets = await Promise.all([0, 1, 2, 3].map(async () => await budget.take()));
			let fifth = false;
			const waiting = budget.take().then(() => (fifth = true));
			await sleep(300); // longer than a wait slice
			expect(fifth).toBe(false);
			budget.observe({ status: 200 });
			if (tickets[0].ok) tickets[0].ticket.settle();
			await waiting;
			expect(fifth).toBe(true);
		});

		it('the first 429 sets the rate to the successes of the second before it (less 5%), and turns then go one every 1/rate, not all when the hold ends', async () => {
			const budget = new RateBudget({ kind: 'none' });
			const now = Date.now();
			for (let i = 0; i < 10; i++) budget.observe({ status: 200 }, now - 900 + i * 10);
			// A success answered more than a second before does not count.
			budget.observe({ status: 429, retryAfterMs: 300 }, now);
			expect(budget.learnedRate).toBeCloseTo(9.5);
			// More 429s of the same burst (requests sent before the hold) change nothing.
			budget.observe({ status: 429, retryAfterMs: 300 }, now + 5);
			expect(budget.learnedRate).toBeCloseTo(9.5);
			expect(budget.waitMs(now)).toBe(305);
			const first = await budget.take();
			expect(Date.now()).toBeGreaterThanOrEqual(now + 305);
			expect(first.ok).toBe(true);
			const refused = await budget.take(0);
			expect(refused.ok).toBe(false);
			// The next turn: 1000 / 9.5 ms after the first was taken.
			expect(refused.ok ? 0 : refused.waitMs).toBeGreaterThan(90);
			expect(refused.ok ? 0 : refused.waitMs).toBeLessThanOrEqual(Math.ceil(1000 / 9.5));
		});

		it('a later 429 cuts the rate (5% under the lower of it and what the second before granted; ×0.9 when nothing was); a success while turns queue raises it', async () => {
			const budget = new RateBudget({ kind: 'none' });
			let now = Date.now();
			for (let i = 0; i < 20; i++) budget.observe({ status: 200 }, now - 500);
			budget.observe({ status: 429, retryAfterMs: 1000 }, now);
			expect(budget.learnedRate).toBeCloseTo(19);
			// 25 granted in the second before: 5% under the rate that met the 429.
			now += 2000;
			for (let i = 0; i < 25; i++) budget.observe({ status: 200 }, now - 500);
			budget.observe({ status: 429, retryAfterMs: 1000 }, now);
			expect(budget.learnedRate).toBeCloseTo(18.05);
			now += 2000;
			budget.observe({ status: 429, retryAfterMs: 1000 }, now);
			expect(budget.learnedRate).toBeCloseTo(16.245);
			now += 2000;
			for (let i = 0; i < 5; i++) budget.observe({ status: 200 }, now - 100);
			budget.observe({ status: 429, retryAfterMs: 1000 }, now);
			expect(budget.learnedRate).toBeCloseTo(4.75);
			// No turn queued: a success proves nothing about a higher rate.
			budget.observe({ status: 200 }, now + 2000);
			expect(budget.learnedRate).toBeCloseTo(4.75);
			const queued = budget.take(0); // a turn asked for (refused at once: the hold)
			budget.observe({ status: 200 }, now + 2000);
			expect(budget.learnedRate).toBeCloseTo(4.755);
			expect(await queued).toMatchObject({ ok: false });
		});

		it('a first request refused (no success to learn from) learns no rate and restarts from 4 in flight', () => {
			const budget = new RateBudget({ kind: 'none' });
			const now = Date.now();
			for (let i = 0; i < 10; i++) budget.observe({ status: 200 }, now - 5000);
			budget.observe({ status: 429, retryAfterMs: 1000 }, now);
			expect(budget.learnedRate).toBeUndefined();
			expect(budget.waitMs(now)).toBe(1000);
			expect(budget.waitMs(now + 1000)).toBe(0);
		});

		it('a rate no 429 has confirmed for 60 s is forgotten', () => {
			const budget = new RateBudget({ kind: 'none' });
			const now = Date.now();
			budget.observe({ status: 200 }, now);
			budget.observe({ status: 429, retryAfterMs: 1000 }, now);
			expect(budget.learnedRate).toBeCloseTo(0.95);
			budget.observe({ status: 200 }, now + 59_000);
			expect(budget.learnedRate).toBeDefined();
			budget.observe({ status: 200 }, now + 61_000);
			expect(budget.learnedRate).toBeUndefined();
		});

		it('Pace Requests off: no place limit and no rate; only the hold', async () => {
			const budget = new RateBudget({ kind: 'none' });
			budget.configure(undefined, false);
			for (let i = 0; i < 50; i++) expect(await budget.take(0)).toMatchObject({ ok: true });
			const now = Date.now();
			budget.observe({ status: 200 }, now);
			budget.observe({ status: 429, retryAfterMs: 200 }, now);
			expect(budget.waitMs(now + 200)).toBe(0);
		});
	});
});
