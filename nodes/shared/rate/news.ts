/** What a budget learns from one answer. */
export interface RateNews {
	status: number;
	/** X-RateLimit-Limit / -Remaining / -Reset (unix seconds, here in ms), when the API sends them. */
	limit?: number;
	remaining?: number;
	resetMs?: number;
	/** Retry-After, converted to ms from now. */
	retryAfterMs?: number;
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
