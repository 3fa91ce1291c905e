import { sleep } from 'n8n-workflow';

import { LearnedRate } from '../../../nodes/shared/rate/learnedRate';
import { useHandClock } from '../../support/handClock';

/*
 * S2's model: no documented limit; the rate S2 grants is learned from its answers (README "Volume and
 * rate limits", "S2's rate, learned"). test/harness/s2-rate.test.ts drives it through n8n against the
 * sandbox. The first block runs on the real clock (short real sleeps, no timing asserted beyond "not
 * before"); the second on a clock moved by hand, so the figures are exact.
 */

const ok = (budget: LearnedRate) => async () => {
	const turn = await budget.take(0);
	expect(turn.ok).toBe(true);
	return turn.ok ? turn.ticket : undefined;
};

describe('shared/rate/learnedRate', () => {
	it('no 429, no pacing: 4 in flight before any answer, +1 every 2 successes, never a rate', async () => {
		const budget = new LearnedRate();
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
		const budget = new LearnedRate();
		const tickets = await Promise.all([0, 1, 2, 3].map(async () => await budget.take()));
		let fifth = false;
		const waiting = budget.take().then(() => (fifth = true));
		await sleep(300); // longer than a wait slice
		expect(fifth).toBe(false);
		budget.observe({ status: 200 });
		tickets[0].ticket.settle();
		await waiting;
		expect(fifth).toBe(true);
	});

	it('the first 429 sets the rate to the successes of the second before it (less 5%), and turns then go one every 1/rate, not all when the hold ends', async () => {
		const budget = new LearnedRate();
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
		const budget = new LearnedRate();
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
		const budget = new LearnedRate();
		const now = Date.now();
		for (let i = 0; i < 10; i++) budget.observe({ status: 200 }, now - 5000);
		budget.observe({ status: 429, retryAfterMs: 1000 }, now);
		expect(budget.learnedRate).toBeUndefined();
		expect(budget.waitMs(now)).toBe(1000);
		expect(budget.waitMs(now + 1000)).toBe(0);
	});

	it('a rate no 429 has confirmed for 60 s is forgotten', () => {
		const budget = new LearnedRate();
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
		const budget = new LearnedRate();
		budget.configure({ kind: 'learned' }, false);
		for (let i = 0; i < 50; i++) expect(await budget.take(0)).toMatchObject({ ok: true });
		const now = Date.now();
		budget.observe({ status: 200 }, now);
		budget.observe({ status: 429, retryAfterMs: 200 }, now);
		expect(budget.waitMs(now + 200)).toBe(0);
	});

	describe('on a clock moved by hand', () => {
		const clock = useHandClock();

		/** 20 successes in the second before a 429 that says to come back in 1 s. */
		function limitedAt20(budget: LearnedRate): void {
			for (let i = 0; i < 20; i++) budget.observe({ status: 200 }, clock.now - 500);
			budget.observe({ status: 429, retryAfterMs: 1_000 });
		}

		it('20 granted: after the hold, turns go at 19 a second (5% under), one every 52.6 ms, not 50', async () => {
			const budget = new LearnedRate();
			limitedAt20(budget);
			expect(budget.learnedRate).toBeCloseTo(19, 10);
			expect(await budget.take(0)).toEqual({ ok: false, waitMs: 1_000 });
			clock.advance(1_000);
			expect(await budget.take(0)).toMatchObject({ ok: true });
			const next = await budget.take(0);
			expect(next.ok).toBe(false);
			expect(next.ok ? 0 : next.waitMs).toBeCloseTo(1000 / 19, 3);
			clock.advance(52);
			expect(await budget.take(0)).toMatchObject({ ok: false });
			clock.advance(1);
			expect(await budget.take(0)).toMatchObject({ ok: true });
		});

		it('the learning span is one second: a success answered exactly 1 s before the 429 is not counted, one 999 ms before is', () => {
			const budget = new LearnedRate();
			for (let i = 0; i < 10; i++) budget.observe({ status: 200 }, clock.now - 1_000);
			for (let i = 0; i < 10; i++) budget.observe({ status: 200 }, clock.now - 999);
			budget.observe({ status: 429, retryAfterMs: 1_000 });
			expect(budget.learnedRate).toBeCloseTo(9.5, 10);
		});

		it('429s with nothing granted cut ×0.9 each, down to one every 2 s (0.5 a second) and no further', () => {
			const budget = new LearnedRate();
			limitedAt20(budget);
			const rates: number[] = [];
			for (let i = 0; i < 40; i++) {
				clock.advance(1_000); // each 429 the first of a new hold, nothing granted in between
				budget.observe({ status: 429, retryAfterMs: 1_000 });
				rates.push(budget.learnedRate ?? NaN);
			}
			expect(rates[0]).toBeCloseTo(17.1, 10);
			expect(rates[1]).toBeCloseTo(15.39, 10);
			// 19 × 0.9³⁴ ≈ 0.52, then the floor.
			expect(rates[33]).toBeCloseTo(19 * 0.9 ** 34, 10);
			expect(rates.slice(34)).toEqual(Array(6).fill(0.5));
		});
	});
});
