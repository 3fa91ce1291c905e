import { FixedWindow } from '../../../nodes/shared/rate/fixedWindow';
import { useHandClock } from '../../support/handClock';

/*
 * Fulfillbot's model: a fixed window per key, following the key's X-RateLimit-* (README "Volume and rate
 * limits"). The first block runs on the real clock with short real sleeps (no timing is asserted beyond
 * "it did not go before the time the API gave"); the second on a clock moved by hand, so the figures are
 * exact.
 */

const fulfillbot = (cap?: number) =>
	new FixedWindow({ kind: 'window', limit: cap ?? 60, windowMs: 60_000, cap });

describe('shared/rate/fixedWindow', () => {
	it('the first request goes alone until the API states the limit; then the stated remaining count holds turns until the reset', async () => {
		const budget = fulfillbot();
		const first = await budget.take();
		expect(first.ok).toBe(true);
		// A second turn with a 0 ms deadline is refused: the first has not been answered.
		expect(await budget.take(0)).toMatchObject({ ok: false });
		const resetMs = Date.now() + 400;
		// Stated limit 3: our count rebased on it leaves 2; the API says 1 left (it differs from our count,
		// so a budget that ignored Remaining here, or the stated limit, gives a second turn and fails).
		budget.observe({ status: 200, limit: 3, remaining: 1, resetMs });
		first.ticket.settle();
		expect(await budget.take(0)).toMatchObject({ ok: true });
		// The window is spent: the next turn reports how long until the API's reset instead of taking it.
		const refused = await budget.take(50);
		expect(refused.ok).toBe(false);
		expect(refused.ok ? 0 : refused.waitMs).toBeGreaterThan(100);
		const later = await budget.take();
		expect(later.ok).toBe(true);
		expect(Date.now()).toBeGreaterThanOrEqual(resetMs);
	});

	it('a key stated higher than a Requests per Minute set on the node is held to the setting', async () => {
		const budget = fulfillbot(3);
		const t = await budget.take();
		// The API counts a request of another consumer too: 98 left of 100 (ours, rebased: 99). Held back
		// 100 - 3 = 97 for the setting: one more turn.
		budget.observe({ status: 200, limit: 100, remaining: 98, resetMs: Date.now() + 60_000 });
		t.ticket.settle();
		expect(await budget.take(0)).toMatchObject({ ok: true });
		expect(await budget.take(0)).toMatchObject({ ok: false });
	});

	it('without a node setting, a key stated higher than the default 60 is followed (120: 100 turns in one window)', async () => {
		const budget = fulfillbot();
		const t = await budget.take();
		budget.observe({ status: 200, limit: 120, remaining: 119, resetMs: Date.now() + 60_000 });
		t.ticket.settle();
		for (let i = 1; i < 100; i++) expect(await budget.take(0)).toMatchObject({ ok: true });
	});

	it('a stated lower limit (30) is followed without a node setting', async () => {
		const budget = fulfillbot();
		const t = await budget.take();
		budget.observe({ status: 200, limit: 30, remaining: 29, resetMs: Date.now() + 60_000 });
		t.ticket.settle();
		for (let i = 1; i < 30; i++) expect(await budget.take(0)).toMatchObject({ ok: true });
		expect(await budget.take(0)).toMatchObject({ ok: false });
	});

	it("a window's first answer stating a low Remaining (2, while we counted 59) leaves 2 turns", async () => {
		const budget = fulfillbot();
		const t = await budget.take();
		// Another consumer of the key spent 57 of this window before our first request.
		budget.observe({ status: 200, limit: 60, remaining: 2, resetMs: Date.now() + 60_000 });
		t.ticket.settle();
		expect(await budget.take(0)).toMatchObject({ ok: true });
		expect(await budget.take(0)).toMatchObject({ ok: true });
		expect(await budget.take(0)).toMatchObject({ ok: false });
	});

	it('a new window guessed before the API speaks is rebased on a limit stated anew, keeping the requests still on the way', async () => {
		const budget = fulfillbot();
		const t = await budget.take();
		budget.observe({ status: 200, limit: 10, remaining: 9, resetMs: Date.now() - 1 });
		t.ticket.settle();
		// The window has ended: a new one is guessed at the stated 10; 5 turns go before any answer.
		for (let i = 0; i < 5; i++) expect(await budget.take(0)).toMatchObject({ ok: true });
		// The key was raised to 20; the API has counted only the first of our 5: 19 left. Ours, rebased:
		// 5 + 20 - 10 = 15, the lower (4 of ours are still on the way).
		budget.observe({ status: 200, limit: 20, remaining: 19, resetMs: Date.now() + 60_000 });
		for (let i = 0; i < 15; i++) expect(await budget.take(0)).toMatchObject({ ok: true });
		expect(await budget.take(0)).toMatchObject({ ok: false });
	});

	describe('on a clock moved by hand', () => {
		const clock = useHandClock();

		/** The first turn, answered with the key's stated limit and a window ending 60 s from now. */
		async function stated(budget: FixedWindow, limit: number): Promise<void> {
			const first = await budget.take(0);
			expect(first.ok).toBe(true);
			budget.observe({ status: 200, limit, remaining: limit - 1, resetMs: clock.now + 60_000 });
			if (first.ok) first.ticket.settle();
		}

		it('60 a minute: the 60th request of the window goes, the 61st waits exactly until the reset the API gave, and goes at it', async () => {
			const budget = fulfillbot();
			await stated(budget, 60);
			for (let i = 2; i <= 60; i++) expect(await budget.take(0)).toMatchObject({ ok: true });
			expect(await budget.take(0)).toEqual({ ok: false, waitMs: 60_000 });
			clock.advance(59_999);
			expect(await budget.take(0)).toEqual({ ok: false, waitMs: 1 });
			clock.advance(1);
			expect(await budget.take(0)).toMatchObject({ ok: true });
		});

		it('a key stated at 61 is followed: the 61st goes, the 62nd waits', async () => {
			const budget = fulfillbot();
			await stated(budget, 61);
			for (let i = 2; i <= 61; i++) expect(await budget.take(0)).toMatchObject({ ok: true });
			expect(await budget.take(0)).toEqual({ ok: false, waitMs: 60_000 });
		});

		it('a Requests per Minute of 59 on a key stated at 60: the 59th goes, the 60th waits', async () => {
			const budget = fulfillbot(59);
			await stated(budget, 60);
			for (let i = 2; i <= 59; i++) expect(await budget.take(0)).toMatchObject({ ok: true });
			expect(await budget.take(0)).toMatchObject({ ok: false });
		});

		it("a 429 spends the window: nothing until the API's X-RateLimit-Reset; a Retry-After, when given, is the hold", async () => {
			const budget = fulfillbot();
			await stated(budget, 60);
			clock.advance(10_000);
			// 59 left by our count: a budget that let the 429 pass would give a turn now.
			budget.observe({ status: 429, limit: 60, remaining: 0, resetMs: clock.now + 50_000 });
			expect(budget.waitMs()).toBe(50_000);
			expect(await budget.take(0)).toEqual({ ok: false, waitMs: 50_000 });

			const other = fulfillbot();
			await stated(other, 60);
			other.observe({ status: 429, resetMs: clock.now + 60_000, retryAfterMs: 75_000 });
			expect(other.waitMs()).toBe(75_000);
		});

		it('Requests per Minute changed between runs rebases the count of the window in course (59 left of 60 → 9 left of 10)', async () => {
			const budget = fulfillbot(60);
			const first = await budget.take(0);
			if (first.ok) first.ticket.settle(); // answered without X-RateLimit-* (our own window guess stands)
			budget.configure({ kind: 'window', limit: 10, windowMs: 60_000, cap: 10 });
			for (let i = 0; i < 9; i++) expect(await budget.take(0)).toMatchObject({ ok: true });
			expect(await budget.take(0)).toEqual({ ok: false, waitMs: 60_000 });
		});
	});
});
