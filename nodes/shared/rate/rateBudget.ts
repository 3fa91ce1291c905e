import { sleep } from 'n8n-workflow';

import { fingerprint } from '../poll/compactState';

/*
 * One in-process request budget per API credential, shared by every node, trigger and picker of the
 * pack. n8n's declarative routing sends all items' requests at once and knows nothing of rate
 * limits, so each request first takes a turn here: turns are handed out first come, first served,
 * and a turn that has to wait sleeps (n8n-workflow `sleep`, in short slices so that news from an
 * answer — a new window, a 429 — is seen at once). Answers feed back what the API says.
 *
 * Models (the documented limits; see README "Volume and rate limits"):
 * - `window`: a fixed window per key (Fulfillbot, 60 a minute by default). The key's own limit,
 *   remaining count and reset time are read from X-RateLimit-* on every answer, and followed: a key
 *   set higher or lower than the default is kept to, and only the node's own cap (if set) holds it lower.
 * - `bucket`: a leaky bucket per store (SHOPLINE: drains 4 a second, holds 40).
 * - `none`: no documented limit (S2). Nothing is spaced until an answer says so, but the rate the API
 *   grants is learned from its answers (see `learn`): a 429's Retry-After holds turns, and from then on
 *   turns are released at the learned rate instead of all at once when the hold ends.
 */

export type RateModel =
	/** `limit`: assumed until the API states the key's limit; `cap`: the node's own setting, if made. */
	| { kind: 'window'; limit: number; windowMs: number; cap?: number }
	| { kind: 'bucket'; perSecond: number; burst: number }
	| { kind: 'none' };

/** What a budget learns from one answer. */
export interface RateNews {
	status: number;
	/** X-RateLimit-Limit / -Remaining / -Reset (unix seconds), when the API sends them. */
	limit?: number;
	remaining?: number;
	resetMs?: number;
	/** Retry-After, converted to ms from now. */
	retryAfterMs?: number;
}

/** A turn taken: settle it once its answer (or failure) is in. */
export interface RateTicket {
	settle(): void;
}

export type TakeResult =
	| { ok: true; ticket: RateTicket; waitedMs: number }
	| { ok: false; waitMs: number };

/** Slice of a wait: short enough that an answer's news (a new window) is acted on promptly. */
const SLICE_MS = 200;
/** Held back from a leaky bucket's size: the server's clock sees our requests arrive with jitter. */
const BUCKET_MARGIN = 2;
/** Back-off after a 429 that says nothing about when to come back (S2). */
const FIRST_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 60_000;

/*
 * `none` (S2): the rate learned from answers, AIMD-like. Until a 429 has shown what the API grants,
 * requests are not spaced, only the number in flight is bounded, and it opens with every answer:
 * START_IN_FLIGHT before the first answer, then +IN_FLIGHT_GROWTH per success (×1.5 a round trip). This
 * bounds what is already on the way when a limit is met (about START_IN_FLIGHT + half the limit) instead
 * of every request of the run at once; a run that meets no 429 is held only for those first round trips.
 * At the first 429 the rate granted is the count of successes answered in the LEARN_SPAN_MS before it;
 * turns are then released one every 1/rate (LEARN_MARGIN under it, as the API's window and our clock do
 * not line up). Each later 429 (the first of a hold) sets it to the margin under what the second before
 * granted, or under the rate itself if that is lower (×DECREASE when nothing was granted), and while turns queue each success raises it (+RATE_GROWTH_PER_SUCCESS: +0.5 % a
 * second at full pace), so a limit that rises is found again. A rate not confirmed by a 429 for
 * FORGET_MS is forgotten (one stray 429 after a quiet spell, when few successes were there to count,
 * would otherwise hold the credential to a crawl for the life of the process).
 */
const START_IN_FLIGHT = 4;
const IN_FLIGHT_GROWTH = 0.5;
const LEARN_SPAN_MS = 1_000;
const LEARN_MARGIN = 0.95;
const DECREASE = 0.9;
const RATE_GROWTH_PER_SUCCESS = 0.005;
/** Requests a second: the learned rate never goes below it (one every 2 s). */
const MIN_RATE = 0.5;
const FORGET_MS = 60_000;

export class RateBudget {
	private model: RateModel;
	private paced = true;
	/** Window: the count left and when the window ends (local ms), as last known. */
	private remaining: number;
	private resetAt = 0;
	/** Whether `resetAt` is the API's word (X-RateLimit-Reset) or our guess at a window we started. */
	private resetKnown = false;
	/** The limit a guessed window was started with (to rebase our count when the API states its own). */
	private windowBase = 0;
	/** The limit the API states for the key (X-RateLimit-Limit), if it said. */
	private statedLimit?: number;
	/** Bucket: our mirror of the server's level. */
	private level = 0;
	private levelAt = Date.now();
	/** Nothing is sent before this (a 429's reset / Retry-After). */
	private blockedUntil = 0;
	private backoffMs = FIRST_BACKOFF_MS;
	private inFlight = 0;
	/** Whether any turn has settled (a first answer, or a failure without one). */
	private heardBack = false;
	/** None: the requests allowed in flight until a rate is learned. */
	private inFlightCap = START_IN_FLIGHT;
	/** None: the rate (requests a second) learned from answers; undefined until a 429 showed one. */
	private rate?: number;
	/** None, with a rate: the next turn is not taken before this (local ms). */
	private nextAt = 0;
	/** None: when the rate was last confirmed by a 429 (local ms). */
	private rateSince = 0;
	/** None: when the recent successes were answered (local ms, the last LEARN_SPAN_MS). */
	private successes: number[] = [];
	/** Turns asked for and not yet given (or refused). */
	private queued = 0;
	/** Resolved at the next answer or settled turn, so that a turn waiting on one goes at once. */
	private answered?: { promise: Promise<void>; resolve: () => void };
	/** The FIFO queue: each take() chains onto the previous one. */
	private tail: Promise<unknown> = Promise.resolve();
	/** Counters for the bench and tests (no secrets). */
	readonly stats = { taken: 0, waitedMs: 0, limited: 0 };

	constructor(model: RateModel) {
		this.model = model;
		this.remaining = model.kind === 'window' ? model.limit : 0;
	}

	/** The node option: the limit to keep to, or pacing off (429s are still ridden out). */
	configure(model: RateModel | undefined, paced = true): void {
		this.paced = paced;
		if (!model || model.kind !== this.model.kind) return;
		if (
			model.kind === 'window' &&
			this.model.kind === 'window' &&
			model.limit !== this.model.limit
		) {
			this.remaining = Math.max(0, this.remaining + model.limit - this.model.limit);
		}
		this.model = model;
	}

	/** How long the next turn would wait if taken now, ignoring the queue (ms). */
	waitMs(now = Date.now()): number {
		const blocked = Math.max(0, this.blockedUntil - now);
		if (!this.paced) return blocked;
		const m = this.model;
		if (m.kind === 'window') {
			// Until the API has stated the key's limit, one request goes first and the rest wait for its
			// answer: a key set lower than the default would otherwise meet 429s on the first burst.
			// (A first request that gets no answer at all does not hold the rest back beyond itself.)
			if (this.statedLimit === undefined && !this.heardBack && this.inFlight > 0)
				return Math.max(blocked, SLICE_MS); // until an answer
			if (now >= this.resetAt) return blocked; // a new window starts
			return this.available() > 0 ? blocked : Math.max(blocked, this.resetAt - now);
		}
		if (m.kind === 'bucket') {
			const capacity = Math.max(1, m.burst - BUCKET_MARGIN);
			const level = this.levelNow(now);
			return Math.max(
				blocked,
				level + 1 <= capacity ? 0 : Math.ceil(((level + 1 - capacity) / m.perSecond) * 1000),
			);
		}
		if (this.rate !== undefined) return Math.max(blocked, this.nextAt - now);
		if (this.inFlight >= Math.floor(this.inFlightCap)) return Math.max(blocked, SLICE_MS); // until an answer
		return blocked;
	}

	/** None: the rate learned from answers (requests a second), if a 429 has shown one. */
	get learnedRate(): number | undefined {
		return this.model.kind === 'none' ? this.rate : undefined;
	}

	/**
	 * Waits for a turn, in arrival order. With `maxWaitMs`, a turn that would wait longer is not taken
	 * and the answer says how long it would have been (for callers with a deadline, e.g. a poll).
	 */
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

	private async takeNow(maxWaitMs: number): Promise<TakeResult> {
		const start = Date.now();
		for (;;) {
			const now = Date.now();
			this.forgetStaleRate(now);
			const wait = this.waitMs(now);
			if (wait <= 0) break;
			if (now - start + wait > maxWaitMs) return { ok: false, waitMs: wait };
			// A slice of the wait, cut short by the next answer (which may open a turn: a window's
			// first answer, a request in flight coming back).
			await Promise.race([sleep(Math.min(wait, SLICE_MS)), this.nextAnswer()]);
		}
		this.consume(Date.now());
		const waitedMs = Date.now() - start;
		this.stats.taken += 1;
		this.stats.waitedMs += waitedMs;
		this.inFlight += 1;
		let settled = false;
		return {
			ok: true,
			waitedMs,
			ticket: {
				settle: () => {
					if (settled) return;
					settled = true;
					this.inFlight -= 1;
					this.heardBack = true;
					this.announce();
				},
			},
		};
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

	/** What an answer said. Called for every answer, before its turn is settled. */
	observe(news: RateNews, now = Date.now()): void {
		const m = this.model;
		if (m.kind === 'none') this.learn(news.status, now);
		this.announce();
		if (m.kind === 'window') {
			if (news.limit !== undefined && news.limit > 0) this.statedLimit = news.limit;
			if (news.resetMs !== undefined && news.remaining !== undefined) {
				if (this.resetKnown && news.resetMs > this.resetAt) {
					// A newer window than the one we knew: take the API's word for it.
					this.remaining = news.remaining;
				} else if (!this.resetKnown) {
					// The first word on a window we guessed: our count, rebased on the stated limit, or the API's
					// count, whichever is lower (ours also holds requests whose answers are still on the way).
					const rebased =
						news.limit !== undefined && news.limit > 0
							? this.remaining + news.limit - this.windowBase
							: this.remaining;
					this.remaining = Math.min(rebased, news.remaining);
				} else if (news.resetMs >= this.resetAt - 500) {
					// The same window: answers arrive out of order, so the lowest count is the latest.
					this.remaining = Math.min(this.remaining, news.remaining);
				}
				this.resetAt = Math.max(news.resetMs, this.resetKnown ? this.resetAt : 0);
				this.resetKnown = true;
			}
		}
		if (news.status !== 429) {
			this.backoffMs = FIRST_BACKOFF_MS;
			return;
		}
		this.stats.limited += 1;
		let until: number | undefined;
		if (news.retryAfterMs !== undefined) until = now + news.retryAfterMs;
		else if (m.kind === 'window' && news.resetMs !== undefined) until = news.resetMs;
		if (m.kind === 'window') this.remaining = 0;
		if (m.kind === 'bucket') {
			// SHOPLINE says only "Too many request": the bucket is full; drain one drop before the next.
			this.level = m.burst;
			this.levelAt = now;
			until ??= now + Math.ceil(1000 / m.perSecond);
		}
		if (until === undefined) {
			if (now < this.blockedUntil) return; // answers to requests sent before the hold: already held
			until = now + this.backoffMs;
			this.backoffMs = Math.min(MAX_BACKOFF_MS, this.backoffMs * 2);
		}
		this.blockedUntil = Math.max(this.blockedUntil, until);
	}

	/**
	 * None: the rate the API grants, from its answers (see START_IN_FLIGHT above). Called before the
	 * answer's hold is set, so `now < blockedUntil` tells a 429 answering a request sent before the
	 * current hold (already counted) from the first 429 of a new one.
	 */
	private learn(status: number, now: number): void {
		this.forgetStaleRate(now);
		while (this.successes.length > 0 && this.successes[0] <= now - LEARN_SPAN_MS)
			this.successes.shift();
		if (status !== 429) {
			this.successes.push(now);
			if (this.rate === undefined) this.inFlightCap += IN_FLIGHT_GROWTH;
			// Raised only while turns queue for it: a rate that is not the bound proves nothing.
			else if (this.queued > 0) this.rate += RATE_GROWTH_PER_SUCCESS;
			return;
		}
		if (now < this.blockedUntil) return;
		this.rateSince = now;
		const granted = this.successes.length;
		if (this.rate === undefined) {
			// No success to learn from (a first request refused: another consumer of the token): start over.
			if (granted === 0) this.inFlightCap = START_IN_FLIGHT;
			else this.rate = Math.max(MIN_RATE, granted * LEARN_MARGIN);
			return;
		}
		// What the second before granted, less the margin, and never more than a margin under the rate
		// that met the 429; with nothing granted to count (we were held, or idle), a plain cut.
		this.rate = Math.max(
			MIN_RATE,
			granted > 0 ? Math.min(this.rate, granted) * LEARN_MARGIN : this.rate * DECREASE,
		);
	}

	private forgetStaleRate(now: number): void {
		if (this.rate === undefined || now - this.rateSince <= FORGET_MS) return;
		this.rate = undefined;
		this.inFlightCap = START_IN_FLIGHT;
	}

	/** When the API will take requests again after a 429 (local ms), if it said or we chose. */
	get resumeAt(): number {
		return this.blockedUntil;
	}

	private available(): number {
		const m = this.model;
		if (m.kind !== 'window') return Infinity;
		// The key's stated limit is followed; only a Requests per Minute set on the node (e.g. for a key
		// shared with another system) holds a key stated higher to less.
		const heldBack =
			this.statedLimit !== undefined && m.cap !== undefined
				? Math.max(0, this.statedLimit - m.cap)
				: 0;
		return this.remaining - heldBack;
	}

	private levelNow(now: number): number {
		const m = this.model;
		if (m.kind !== 'bucket') return 0;
		return Math.max(0, this.level - ((now - this.levelAt) / 1000) * m.perSecond);
	}

	private consume(now: number): void {
		const m = this.model;
		if (m.kind === 'window') {
			if (now >= this.resetAt) {
				// A window we have not heard of yet: assume it starts now, at the stated (or configured) limit.
				this.resetAt = now + m.windowMs;
				this.resetKnown = false;
				this.remaining = this.statedLimit ?? m.limit;
				this.windowBase = this.remaining;
			}
			this.remaining -= 1;
		} else if (m.kind === 'bucket') {
			this.level = this.levelNow(now) + 1;
			this.levelAt = now;
		} else if (this.rate !== undefined) {
			// Spaced from when this turn was really taken, so a late one does not let the next crowd it.
			this.nextAt = now + 1000 / this.rate;
		}
	}
}

const budgets = new Map<string, RateBudget>();

/**
 * The budget of one credential. The key is a fingerprint of the API name and the credential's
 * identifying values (never the values themselves), so the map holds no secret.
 */
export function budgetFor(api: string, identity: string[], model: () => RateModel): RateBudget {
	const key = `${api}:${fingerprint(identity.join('\u0000'))}`;
	let budget = budgets.get(key);
	if (!budget) {
		budget = new RateBudget(model());
		budgets.set(key, budget);
	}
	return budget;
}

/**
 * The credential's budget (see `budgetFor`), set to the node's model and Rate Limit → Pace Requests.
 * `model` undefined: no documented limit (only 429s hold turns).
 */
export function configuredBudget(
	api: string,
	identity: string[],
	model: RateModel | undefined,
	pace: boolean | undefined,
): RateBudget {
	const budget = budgetFor(api, identity, () => model ?? { kind: 'none' });
	budget.configure(model, pace ?? pacedByDefault(api));
	return budget;
}

/** Reads rate news from an answer's headers (any case). Reset is unix seconds (Fulfillbot). */
export function readRateNews(
	status: number,
	headers: Record<string, unknown> | undefined,
	now = Date.now(),
): RateNews {
	const get = (name: string): string | undefined => {
		for (const [key, value] of Object.entries(headers ?? {})) {
			if (key.toLowerCase() === name)
				return Array.isArray(value) ? String(value[0]) : String(value);
		}
		return undefined;
	};
	const num = (name: string): number | undefined => {
		const raw = get(name);
		const value = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
		return Number.isFinite(value) ? value : undefined;
	};
	const news: RateNews = { status };
	news.limit = num('x-ratelimit-limit');
	news.remaining = num('x-ratelimit-remaining');
	const reset = num('x-ratelimit-reset');
	if (reset !== undefined && reset > 0) news.resetMs = reset * 1000;
	const retryAfter = get('retry-after');
	if (retryAfter !== undefined) {
		const seconds = Number(retryAfter);
		const at = Date.parse(retryAfter);
		if (Number.isFinite(seconds) && seconds >= 0) news.retryAfterMs = seconds * 1000;
		else if (Number.isFinite(at)) news.retryAfterMs = Math.max(0, at - now);
	}
	return news;
}

/** Forgets every budget, as a fresh n8n process would (tests reset their sandbox and this together). */
export function forgetBudgets(): void {
	budgets.clear();
}

const unpaced = new Set<string>();

/**
 * Whether budgets of `api` pace when the node says nothing (the node option's default; triggers have no
 * option). On, except where a harness runs the API without its limits (the sandbox with limits off).
 */
export function pacedByDefault(api: string): boolean {
	return !unpaced.has(api);
}

export function setPacedByDefault(api: string, paced: boolean): void {
	if (paced) unpaced.delete(api);
	else unpaced.add(api);
}
