import { RateBudget, UNTIL_AN_ANSWER } from './budget';
import type { RateNews } from './news';

/*
 * No documented limit (S2): nothing is spaced until an answer says so, but the rate the API grants is
 * learned from its answers, AIMD-like. Until a 429 has shown what the API grants, requests are not
 * spaced, only the number in flight is bounded, and it opens with every answer: START_IN_FLIGHT before
 * the first answer, then +IN_FLIGHT_GROWTH per success (×1.5 a round trip). This bounds what is already
 * on the way when a limit is met (about START_IN_FLIGHT + half the limit) instead of every request of the
 * run at once; a run that meets no 429 is held only for those first round trips.
 * At the first 429 the rate granted is the count of successes answered in the LEARN_SPAN_MS before it;
 * turns are then released one every 1/rate (LEARN_MARGIN under it, as the API's window and our clock do
 * not line up). Each later 429 (the first of a hold) sets it to the margin under what the second before
 * granted, or under the rate itself if that is lower (×DECREASE when nothing was granted), and while turns
 * queue each success raises it (+RATE_GROWTH_PER_SUCCESS: +0.5 % a second at full pace), so a limit that
 * rises is found again. A rate not confirmed by a 429 for FORGET_MS is forgotten (one stray 429 after a
 * quiet spell, when few successes were there to count, would otherwise hold the credential to a crawl for
 * the life of the process). The 429's Retry-After (or the back-off) is the hold every budget keeps.
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

export class LearnedRate extends RateBudget {
	readonly kind = 'learned';
	/** The requests allowed in flight until a rate is learned. */
	private inFlightCap = START_IN_FLIGHT;
	/** The rate (requests a second) learned from answers; undefined until a 429 showed one. */
	private rate?: number;
	/** With a rate: the next turn is not taken before this (local ms). */
	private nextAt = 0;
	/** When the rate was last confirmed by a 429 (local ms). */
	private rateSince = 0;
	/** When the recent successes were answered (local ms, the last LEARN_SPAN_MS). */
	private successes: number[] = [];

	/** The rate learned from answers (requests a second), if a 429 has shown one. */
	get learnedRate(): number | undefined {
		return this.rate;
	}

	protected follow(): void {} // nothing to set: the rate is the API's, as learned

	protected paceMs(now: number): number {
		if (this.rate !== undefined) return this.nextAt - now;
		return this.inFlight >= Math.floor(this.inFlightCap) ? UNTIL_AN_ANSWER : 0;
	}

	protected spend(now: number): void {
		// Spaced from when this turn was really taken, so a late one does not let the next crowd it.
		if (this.rate !== undefined) this.nextAt = now + 1000 / this.rate;
	}

	/**
	 * Called before the answer's hold is set, so `now < blockedUntil` tells a 429 answering a request
	 * sent before the current hold (already counted) from the first 429 of a new one.
	 */
	protected read(news: RateNews, now: number): undefined {
		this.expire(now);
		while (this.successes.length > 0 && this.successes[0] <= now - LEARN_SPAN_MS)
			this.successes.shift();
		if (news.status !== 429) {
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

	protected expire(now: number): void {
		if (this.rate === undefined || now - this.rateSince <= FORGET_MS) return;
		this.rate = undefined;
		this.inFlightCap = START_IN_FLIGHT;
	}
}
