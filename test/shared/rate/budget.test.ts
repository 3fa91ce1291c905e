import { RateBudget } from '../../../nodes/shared/rate/budget';
import { FixedWindow } from '../../../nodes/shared/rate/fixedWindow';
import { LeakyBucket } from '../../../nodes/shared/rate/leakyBucket';
import { LearnedRate } from '../../../nodes/shared/rate/learnedRate';
import { readRateNews } from '../../../nodes/shared/rate/news';
import {
	budgetFor,
	configuredBudget,
	forgetBudgets,
	setPacedByDefault,
} from '../../../nodes/shared/rate/registry';

/*
 * What the three rate models share (shared/rate/budget.ts, news.ts, registry.ts): turns first come,
 * first served, the hold after a 429, pacing off, one budget per credential, and the answers' rate
 * headers. Each model's own rules are in fixed-window, leaky-bucket and learned-rate.test.ts; the engine
 * tests in test/harness/volume.test.ts and s2-rate.test.ts drive them through n8n against the sandbox.
 */

describe('shared/rate/budget', () => {
	afterEach(() => forgetBudgets());

	it('turns are handed out first come, first served', async () => {
		const budget = new LeakyBucket({ kind: 'bucket', perSecond: 20, burst: 3 });
		const order: number[] = [];
		await Promise.all(
			[0, 1, 2, 3, 4, 5].map(async (i) => {
				const turn = await budget.take();
				order.push(i);
				turn.ticket.settle();
			}),
		);
		expect(order).toEqual([0, 1, 2, 3, 4, 5]);
	});

	it('Retry-After is honoured; without one the back-off doubles once per hold (S2)', () => {
		const budget = new LearnedRate();
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

	it('the same back-off holds a window whose 429 says neither Retry-After nor when the window resets', () => {
		const budget = new FixedWindow({ kind: 'window', limit: 60, windowMs: 60_000 });
		budget.configure({ kind: 'window', limit: 60, windowMs: 60_000 }, false);
		const now = Date.now();
		budget.observe({ status: 429 }, now);
		expect(budget.waitMs(now)).toBe(1000);
		budget.observe({ status: 429 }, now + 1000);
		expect(budget.waitMs(now + 1000)).toBe(2000);
	});

	it('pacing off: only a 429 holds turns', async () => {
		const budget = new LeakyBucket({ kind: 'bucket', perSecond: 1, burst: 3 });
		budget.configure({ kind: 'bucket', perSecond: 1, burst: 3 }, false);
		for (let i = 0; i < 10; i++) expect(await budget.take(0)).toMatchObject({ ok: true });
		budget.observe({ status: 429, retryAfterMs: 5_000 });
		expect(await budget.take(0)).toMatchObject({ ok: false });
	});

	it('one budget per credential', () => {
		const a = budgetFor('test', ['https://x', 'sk-secret-1'], () => ({ kind: 'learned' }));
		expect(budgetFor('test', ['https://x', 'sk-secret-1'], () => ({ kind: 'learned' }))).toBe(a);
		expect(budgetFor('test', ['https://x', 'sk-secret-2'], () => ({ kind: 'learned' }))).not.toBe(
			a,
		);
		forgetBudgets();
		expect(budgetFor('test', ['https://x', 'sk-secret-1'], () => ({ kind: 'learned' }))).not.toBe(
			a,
		);
	});

	it("each model's budget is its own class; a node's settings for another model still set its pacing", async () => {
		const window = configuredBudget(
			'a',
			['k'],
			{ kind: 'window', limit: 60, windowMs: 60_000 },
			undefined,
		);
		const bucket = configuredBudget('b', ['k'], { kind: 'bucket', perSecond: 4, burst: 40 }, true);
		const learned = configuredBudget('c', ['k'], { kind: 'learned' }, undefined);
		expect(window).toBeInstanceOf(FixedWindow);
		expect(bucket).toBeInstanceOf(LeakyBucket);
		expect(learned).toBeInstanceOf(LearnedRate);
		for (const budget of [window, bucket, learned]) expect(budget).toBeInstanceOf(RateBudget);
		// A bucket's settings on the window's credential (not a case the nodes make): Pace Requests off applies.
		expect(configuredBudget('a', ['k'], { kind: 'bucket', perSecond: 1, burst: 1 }, false)).toBe(
			window,
		);
		for (let i = 0; i < 5; i++) expect(await window.take(0)).toMatchObject({ ok: true });
	});

	it('a harness that runs an API without its limits turns pacing off by default, and a node option still overrides it', async () => {
		setPacedByDefault('unlimited', false);
		try {
			const bucket = { kind: 'bucket', perSecond: 1, burst: 3 } as const;
			const budget = configuredBudget('unlimited', ['k'], bucket, undefined);
			for (let i = 0; i < 5; i++) expect(await budget.take(0)).toMatchObject({ ok: true });
			configuredBudget('unlimited', ['k'], bucket, true);
			expect(await budget.take(0)).toMatchObject({ ok: false });
		} finally {
			setPacedByDefault('unlimited', true);
		}
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
