import { z } from 'zod';

/**
 * Rate limits as documented (docs/api-notes.md#fulfillbot-rate-limit, #shopline-rate-limit, #s2-rate-limit). Fulfillbot: per API key, fixed window (default 60 requests / 60 s).
 * SHOPLINE: leaky bucket per store (4 requests/s leak, burst 40). S2 documents none, so by default it
 * has none; `s2` imposes an undocumented one for tests (a fixed window per access token, answered with
 * 429 + `Retry-After`, whole seconds to the window's end: `Retry-After: 1` for a 1-second window), to
 * prove that a client which learns the rate from answers keeps its 429s few.
 * `null` or 0 turns a limit off. A bare number for fulfillbot / s2 means "requests per window".
 */
type WindowConfig = number | null | { limit: number | null; windowSeconds?: number };
export interface RateLimitConfig {
	fulfillbot?: WindowConfig;
	shopline?: null | { burst: number | null; leakPerSecond?: number };
	/** Default window 1 s. */
	s2?: WindowConfig;
}

export interface ResolvedRateLimits {
	fulfillbot: { limit: number; windowSeconds: number } | null;
	shopline: { burst: number; leakPerSecond: number } | null;
	s2: { limit: number; windowSeconds: number } | null;
}

export const DOCUMENTED_RATE_LIMITS: ResolvedRateLimits = {
	fulfillbot: { limit: 60, windowSeconds: 60 },
	shopline: { burst: 40, leakPerSecond: 4 },
	s2: null,
};

const windowSchema = z
	.union([
		z.number().int().min(0),
		z.null(),
		z.strictObject({
			limit: z.number().int().min(0).nullable(),
			windowSeconds: z.number().positive().optional(),
		}),
	])
	.optional();

export const rateLimitConfigSchema = z.strictObject({
	fulfillbot: windowSchema,
	s2: windowSchema,
	shopline: z
		.union([
			z.null(),
			z.strictObject({
				burst: z.number().int().min(0).nullable(),
				leakPerSecond: z.number().positive().optional(),
			}),
		])
		.optional(),
});

/** Applies a partial config on top of `base`: keys left out keep their current value. */
export function resolveRateLimits(
	base: ResolvedRateLimits,
	patch?: RateLimitConfig,
): ResolvedRateLimits {
	const out: ResolvedRateLimits = { ...base };
	if (!patch) return out;
	const window = (
		w: WindowConfig,
		current: { windowSeconds: number } | null,
		defaultSeconds: number,
	) => {
		const windowSeconds =
			(typeof w === 'object' && w?.windowSeconds) || current?.windowSeconds || defaultSeconds;
		const limit = typeof w === 'number' ? w : w?.limit;
		return limit ? { limit, windowSeconds } : null;
	};
	if (patch.fulfillbot !== undefined)
		out.fulfillbot = window(patch.fulfillbot, base.fulfillbot, 60);
	if (patch.s2 !== undefined) out.s2 = window(patch.s2, base.s2, 1);
	if (patch.shopline !== undefined) {
		const sl = patch.shopline;
		out.shopline = sl?.burst
			? { burst: sl.burst, leakPerSecond: sl.leakPerSecond ?? base.shopline?.leakPerSecond ?? 4 }
			: null;
	}
	return out;
}

export interface WindowVerdict {
	allowed: boolean;
	limit: number;
	remaining: number;
	/** Unix seconds when the window ends (what X-RateLimit-Reset carries). */
	resetUnix: number;
	/** Whole seconds until the window ends, at least 1. */
	retryAfterSeconds: number;
}

/** Fixed window per key; the window starts at the key's first request, so tests never straddle a minute boundary. */
export class FixedWindowLimiter {
	private windows = new Map<string, { start: number; count: number }>();

	hit(key: string, now: number, cfg: { limit: number; windowSeconds: number }): WindowVerdict {
		const windowMs = cfg.windowSeconds * 1000;
		let w = this.windows.get(key);
		if (!w || now >= w.start + windowMs) {
			w = { start: now, count: 0 };
			this.windows.set(key, w);
		}
		const end = w.start + windowMs;
		const allowed = w.count < cfg.limit;
		if (allowed) w.count += 1;
		return {
			allowed,
			limit: cfg.limit,
			remaining: Math.max(0, cfg.limit - w.count),
			resetUnix: Math.ceil(end / 1000),
			retryAfterSeconds: Math.max(1, Math.ceil((end - now) / 1000)),
		};
	}

	clear(): void {
		this.windows.clear();
	}
}

/** Leaky bucket per key: each request adds one drop; the bucket drains at `leakPerSecond`; full at `burst`. */
export class LeakyBucketLimiter {
	private buckets = new Map<string, { level: number; at: number }>();

	hit(
		key: string,
		now: number,
		cfg: { burst: number; leakPerSecond: number },
	): { allowed: boolean; retryAfterSeconds: number } {
		const b = this.buckets.get(key) ?? { level: 0, at: now };
		b.level = Math.max(0, b.level - ((now - b.at) / 1000) * cfg.leakPerSecond);
		b.at = now;
		this.buckets.set(key, b);
		if (b.level + 1 > cfg.burst) {
			return {
				allowed: false,
				retryAfterSeconds: Math.max(1, Math.ceil((b.level + 1 - cfg.burst) / cfg.leakPerSecond)),
			};
		}
		b.level += 1;
		return { allowed: true, retryAfterSeconds: 0 };
	}

	clear(): void {
		this.buckets.clear();
	}
}

/** The limits in force plus their counters. Changing the limits clears the counters. */
export class RateLimits {
	readonly fulfillbot = new FixedWindowLimiter();
	readonly shopline = new LeakyBucketLimiter();
	readonly s2 = new FixedWindowLimiter();
	private current: ResolvedRateLimits;

	constructor(initial: ResolvedRateLimits) {
		this.current = initial;
	}

	get config(): ResolvedRateLimits {
		return this.current;
	}

	set(config: ResolvedRateLimits): void {
		this.current = config;
		this.clearCounters();
	}

	clearCounters(): void {
		this.fulfillbot.clear();
		this.shopline.clear();
		this.s2.clear();
	}
}
