import { sleep } from 'n8n-workflow';

import type { RateNews } from './news';

/*
 * One in-process request budget per API credential (registry.ts), shared by every node, trigger and
 * picker of the pack. n8n's declarative routing sends all items' requests at once and knows nothing of
 * rate limits, so each request first takes a turn here: turns are handed out first come, first served,
 * and a turn that has to wait sleeps (n8n-workflow `sleep`, in short slices so that news from an answer
 * — a new window, a 429 — is seen at once). Answers feed back what the API says.
 *
 * This class is what the three models share: the queue, the turns in flight, and the hold after a 429.
 * Each model (see README "Volume and rate limits") says only how long its pace holds the next turn, what
 * taking a turn spends, and what an answer tells it:
 * - fixedWindow.ts: a fixed window per key (Fulfillbot, 60 a minute, or the limit the key states).
 * - leakyBucket.ts: a leaky bucket per store (SHOPLINE: drains 4 a second, holds 40).
 * - learnedRate.ts: no documented limit (S2); the rate the API grants is learned from its 429s.
 */

/** `limit`: assumed until the API states the key's limit; `cap`: the node's own setting, if made. */
export interface WindowModel {
	kind: 'window';
	limit: number;
	windowMs: number;
	cap?: number;
}

export interface BucketModel {
	kind: 'bucket';
	perSecond: number;
	burst: number;
}

/** No documented limit: the rate is learned from the API's 429s. */
export interface LearnedModel {
	kind: 'learned';
}

export type RateModel = WindowModel | BucketModel | LearnedModel;

/** A turn taken: settle it once its answer (or failure) is in. */
export interface RateTicket {
	settle(): void;
}

export type TakeResult = { ok: true; ticket: RateTicket } | { ok: false; waitMs: number };

/** Slice of a wait: short enough that an answer's news (a new window) is acted on promptly. */
const SLICE_MS = 200;
/** What a model's pace answers for "not before the next answer": one slice, cut short by that answer. */
export const UNTIL_AN_ANSWER = SLICE_MS;
/** Back-off after a 429 that says nothing about when to come back (S2). */
const FIRST_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 60_000;

export abstract class RateBudget {
	abstract readonly kind: RateModel['kind'];
	private paced = true;
	/** Nothing is sent before this (a 429's Retry-After or reset, or our back-off). */
	protected blockedUntil = 0;
	private backoffMs = FIRST_BACKOFF_MS;
	/** Turns taken and not yet settled. */
	protected inFlight = 0;
	/** Whether any turn has settled (a first answer, or a failure without one). */
	protected heardBack = false;
	/** Turns asked for and not yet given (or refused). */
	protected queued = 0;
	/** Resolved at the next answer or settled turn, so that a turn waiting on one goes at once. */
	private answered?: { promise: Promise<void>; resolve: () => void };
	/** The FIFO queue: each take() chains onto the previous one. */
	private tail: Promise<unknown> = Promise.resolve();

	/** How long the model's pace holds the next turn from `now` (ms; 0 or less: not at all). */
	protected abstract paceMs(now: number): number;
	/** A turn is taken at `now`: spend it. */
	protected abstract spend(now: number): void;
	/**
	 * What an answer tells the model (called for every answer, before the hold is set and before its turn
	 * is settled). For a 429, returns when the model knows the API takes requests again, if it does.
	 */
	protected abstract read(news: RateNews, now: number): number | undefined;
	/** The node's settings for this model, as they stand at this run. */
	protected abstract follow(model: RateModel): void;
	/** Forgets what has gone stale by `now` (a learned rate); called before each look at the wait. */
	protected expire?(now: number): void;

	/** The node option: the model's settings, and pacing on or off (429s are still ridden out). */
	configure(model: RateModel, paced = true): void {
		this.paced = paced;
		if (model.kind === this.kind) this.follow(model);
	}

	/** How long the next turn would wait if taken now, ignoring the queue (ms). */
	waitMs(now = Date.now()): number {
		const blocked = Math.max(0, this.blockedUntil - now);
		return this.paced ? Math.max(blocked, this.paceMs(now)) : blocked;
	}

	/**
	 * Waits for a turn, in arrival order. With `maxWaitMs`, a turn that would wait longer is not taken
	 * and the answer says how long it would have been (for callers with a deadline).
	 */
	take(): Promise<{ ok: true; ticket: RateTicket }>;
	take(maxWaitMs: number): Promise<TakeResult>;
	async take(maxWaitMs = Infinity): Promise<TakeResult> {
		this.queued += 1;
		const turn = this.tail
			.then(async () => await this.takeNow(maxWaitMs))
			.finally(() => {
				this.queued -= 1;
			});
		this.tail = turn.catch(() => undefined);
		return await turn;
	}

	/** What an answer said. Called for every answer, before its turn is settled. */
	observe(news: RateNews, now = Date.now()): void {
		const refusedUntil = this.read(news, now);
		this.announce();
		if (news.status !== 429) {
			this.backoffMs = FIRST_BACKOFF_MS;
			return;
		}
		let until = news.retryAfterMs !== undefined ? now + news.retryAfterMs : refusedUntil;
		if (until === undefined) {
			if (now < this.blockedUntil) return; // answers to requests sent before the hold: already held
			until = now + this.backoffMs;
			this.backoffMs = Math.min(MAX_BACKOFF_MS, this.backoffMs * 2);
		}
		this.blockedUntil = Math.max(this.blockedUntil, until);
	}

	private async takeNow(maxWaitMs: number): Promise<TakeResult> {
		const start = Date.now();
		for (;;) {
			const now = Date.now();
			this.expire?.(now);
			const wait = this.waitMs(now);
			if (wait <= 0) break;
			if (now - start + wait > maxWaitMs) return { ok: false, waitMs: wait };
			// A slice of the wait, cut short by the next answer (which may open a turn: a window's
			// first answer, a request in flight coming back).
			await Promise.race([sleep(Math.min(wait, SLICE_MS)), this.nextAnswer()]);
		}
		this.spend(Date.now());
		this.inFlight += 1;
		let settled = false;
		const settle = () => {
			if (settled) return;
			settled = true;
			this.inFlight -= 1;
			this.heardBack = true;
			this.announce();
		};
		return { ok: true, ticket: { settle } };
	}

	private nextAnswer(): Promise<void> {
		if (!this.answered) {
			let resolve!: () => void;
			const promise = new Promise<void>((done) => (resolve = done));
			this.answered = { promise, resolve };
		}
		return this.answered.promise;
	}

	private announce(): void {
		const answered = this.answered;
		this.answered = undefined;
		answered?.resolve();
	}
}
