import type { JournalEntry } from '../../sandbox/src';

/**
 * Requests per fixed window as the sandbox's limiter counts them (core/rateLimit.ts: a window opens at
 * the first request after the last one ended), from the journal's arrival times.
 */
export function perWindow(sent: JournalEntry[], windowMs: number): number[] {
	const counts: number[] = [];
	let start = -Infinity;
	for (const at of sent.map((e) => Date.parse(e.at)).sort((a, b) => a - b)) {
		if (at >= start + windowMs) {
			start = at;
			counts.push(0);
		}
		counts[counts.length - 1] += 1;
	}
	return counts;
}
