import { RateBudget, type BucketModel } from './budget';
import type { RateNews } from './news';

/** Held back from the bucket's size: the server's clock sees our requests arrive with jitter. */
const BUCKET_MARGIN = 2;

/*
 * A leaky bucket per store (SHOPLINE: drains 4 a second, holds 40). We keep a mirror of the server's
 * level; a turn waits until one more drop fits under the size less the margin. SHOPLINE sends no rate
 * headers: a 429 ("Too many request") says only that the bucket is full.
 */
export class LeakyBucket extends RateBudget {
	readonly kind = 'bucket';
	private model: BucketModel;
	private level = 0;
	private levelAt = Date.now();

	constructor(model: BucketModel) {
		super();
		this.model = model;
	}

	protected follow(model: BucketModel): void {
		this.model = model;
	}

	protected paceMs(now: number): number {
		const capacity = Math.max(1, this.model.burst - BUCKET_MARGIN);
		const over = this.levelNow(now) + 1 - capacity;
		return over <= 0 ? 0 : Math.ceil((over / this.model.perSecond) * 1000);
	}

	protected spend(now: number): void {
		this.level = this.levelNow(now) + 1;
		this.levelAt = now;
	}

	protected read(news: RateNews, now: number): number | undefined {
		if (news.status !== 429) return undefined;
		// The bucket is full: drain one drop before the next.
		this.level = this.model.burst;
		this.levelAt = now;
		return now + Math.ceil(1000 / this.model.perSecond);
	}

	private levelNow(now: number): number {
		return Math.max(0, this.level - ((now - this.levelAt) / 1000) * this.model.perSecond);
	}
}
