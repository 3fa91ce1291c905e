import { LeakyBucket } from '../../../nodes/shared/rate/leakyBucket';
import { useHandClock } from '../../support/handClock';

/*
 * SHOPLINE's model: a leaky bucket per store, mirrored on our side (README "Volume and rate limits").
 * On a clock moved by hand, so every wait is an exact figure.
 */

const bucket = (perSecond: number, burst: number) =>
	new LeakyBucket({ kind: 'bucket', perSecond, burst });

describe('shared/rate/leakyBucket', () => {
	const clock = useHandClock();

	async function spend(budget: LeakyBucket, turns: number): Promise<void> {
		for (let i = 0; i < turns; i++) expect(await budget.take(0)).toMatchObject({ ok: true });
	}

	it('a burst (less a margin of 2) goes at once, then the drain rate; a 429 fills the bucket', async () => {
		const budget = bucket(4, 10);
		await spend(budget, 8);
		expect(await budget.take(0)).toMatchObject({ ok: false });
		expect(budget.waitMs()).toBe(250);
		budget.observe({ status: 429 });
		expect(budget.waitMs()).toBe(750); // full bucket: 10 - 8 + 1 drops to drain at 4/s
	});

	it('drains at 4 a second: with the burst spent, one more turn every 250 ms, not 249', async () => {
		const budget = bucket(4, 40);
		await spend(budget, 38);
		expect(await budget.take(0)).toEqual({ ok: false, waitMs: 250 });
		clock.advance(249);
		expect(await budget.take(0)).toEqual({ ok: false, waitMs: 1 });
		clock.advance(1);
		expect(await budget.take(0)).toMatchObject({ ok: true });
		expect(await budget.take(0)).toEqual({ ok: false, waitMs: 250 });
		// Idle for 10 s: 40 drops drained, so the bucket is empty again and a whole burst goes.
		clock.advance(10_000);
		await spend(budget, 38);
		expect(await budget.take(0)).toMatchObject({ ok: false });
	});

	it("the node's Requests per Second is the drain followed (2 a second: 500 ms), and its Burst the size", async () => {
		const budget = bucket(4, 40);
		budget.configure({ kind: 'bucket', perSecond: 2, burst: 5 });
		await spend(budget, 3);
		expect(await budget.take(0)).toEqual({ ok: false, waitMs: 500 });
	});

	it('a bucket of 1 still gives a turn, one per drop drained', async () => {
		const budget = bucket(4, 1);
		await spend(budget, 1);
		expect(await budget.take(0)).toEqual({ ok: false, waitMs: 250 });
	});

	it('Pace Requests off: turns go regardless of the bucket, but a 429 still holds one drop (250 ms at 4/s)', async () => {
		const budget = bucket(4, 40);
		budget.configure({ kind: 'bucket', perSecond: 4, burst: 40 }, false);
		await spend(budget, 100);
		budget.observe({ status: 429 });
		expect(await budget.take(0)).toEqual({ ok: false, waitMs: 250 });
		clock.advance(250);
		expect(await budget.take(0)).toMatchObject({ ok: true });
	});

	it("a 429's Retry-After, when longer than the drain, is the hold", async () => {
		const budget = bucket(4, 40);
		budget.observe({ status: 429, retryAfterMs: 2_000 });
		expect(budget.waitMs()).toBe(2_000);
	});
});
