import { RateBudget, UNTIL_AN_ANSWER, type WindowModel } from './budget';
import type { RateNews } from './news';

/*
 * A fixed window per key (Fulfillbot: 60 a minute by default). The key's own limit, remaining count and
 * reset time are read from X-RateLimit-* on every answer, and followed: a key set higher or lower than
 * the default is kept to, and only the node's own cap (if set) holds it lower.
 */
export class FixedWindow extends RateBudget {
	readonly kind = 'window';
	private model: WindowModel;
	/** The count left and when the window ends (local ms), as last known. */
	private remaining: number;
	private resetAt = 0;
	/** Whether `resetAt` is the API's word (X-RateLimit-Reset) or our guess at a window we started. */
	private resetKnown = false;
	/** The limit a guessed window was started with (to rebase our count when the API states its own). */
	private windowBase = 0;
	/** The limit the API states for the key (X-RateLimit-Limit), if it said. */
	private statedLimit?: number;

	constructor(model: WindowModel) {
		super();
		this.model = model;
		this.remaining = model.limit;
	}

	protected follow(model: WindowModel): void {
		if (model.limit !== this.model.limit)
			this.remaining = Math.max(0, this.remaining + model.limit - this.model.limit);
		this.model = model;
	}

	protected paceMs(now: number): number {
		// Until the API has stated the key's limit, one request goes first and the rest wait for its
		// answer: a key set lower than the default would otherwise meet 429s on the first burst.
		// (A first request that gets no answer at all does not hold the rest back beyond itself.)
		if (this.statedLimit === undefined && !this.heardBack && this.inFlight > 0)
			return UNTIL_AN_ANSWER;
		if (now >= this.resetAt) return 0; // a new window starts
		return this.available() > 0 ? 0 : this.resetAt - now;
	}

	protected spend(now: number): void {
		if (now >= this.resetAt) {
			// A window we have not heard of yet: assume it starts now, at the stated (or configured) limit.
			this.resetAt = now + this.model.windowMs;
			this.resetKnown = false;
			this.remaining = this.statedLimit ?? this.model.limit;
			this.windowBase = this.remaining;
		}
		this.remaining -= 1;
	}

	protected read(news: RateNews): number | undefined {
		if (news.limit !== undefined && news.limit > 0) this.statedLimit = news.limit;
		if (news.resetMs !== undefined && news.remaining !== undefined)
			this.count(news.resetMs, news.remaining, news.limit);
		if (news.status !== 429) return undefined;
		this.remaining = 0;
		return news.resetMs;
	}

	/** An answer's X-RateLimit-Reset, -Remaining (and -Limit), against the window we know. */
	private count(resetMs: number, remaining: number, limit: number | undefined): void {
		if (this.resetKnown && resetMs > this.resetAt) {
			// A newer window than the one we knew: take the API's word for it.
			this.remaining = remaining;
		} else if (!this.resetKnown) {
			// The first word on a window we guessed: our count, rebased on the stated limit, or the API's
			// count, whichever is lower (ours also holds requests whose answers are still on the way).
			const rebased =
				limit !== undefined && limit > 0
					? this.remaining + limit - this.windowBase
					: this.remaining;
			this.remaining = Math.min(rebased, remaining);
		} else if (resetMs >= this.resetAt - 500) {
			// The same window: answers arrive out of order, so the lowest count is the latest.
			this.remaining = Math.min(this.remaining, remaining);
		}
		this.resetAt = Math.max(resetMs, this.resetKnown ? this.resetAt : 0);
		this.resetKnown = true;
	}

	/** Turns left in this window. */
	private available(): number {
		// The key's stated limit is followed; only a Requests per Minute set on the node (e.g. for a key
		// shared with another system) holds a key stated higher to less.
		const heldBack =
			this.statedLimit !== undefined && this.model.cap !== undefined
				? Math.max(0, this.statedLimit - this.model.cap)
				: 0;
		return this.remaining - heldBack;
	}
}
