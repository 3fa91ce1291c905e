/**
 * The sandbox clock: real time plus an offset that tests can push forward
 * (POST /__sandbox/clock), so "an hour later" needs no real waiting. Everything
 * the sandbox writes (created_at, updated_at) and every rate-limit window reads it.
 */
export class Clock {
	constructor(private readonly offsetSeconds: () => number) {}

	/** Milliseconds since the epoch, sandbox time. */
	now(): number {
		return Date.now() + this.offsetSeconds() * 1000;
	}
}

/** `2024-01-15T08:30:00Z`: the shape Fulfillbot's docs show (no milliseconds). */
export function isoSeconds(ms: number): string {
	return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `2024-06-04T05:53:31.054Z`: S2 writes fractional seconds. */
export function isoMillis(ms: number): string {
	return new Date(ms).toISOString();
}

/** `2024-08-31T02:20:26+08:00`: SHOPLINE's documented timestamp shape (store time zone). */
export function isoWithOffset(ms: number, offsetMinutes = 480): string {
	const shifted = new Date(ms + offsetMinutes * 60_000).toISOString().replace(/\.\d{3}Z$/, '');
	const sign = offsetMinutes < 0 ? '-' : '+';
	const abs = Math.abs(offsetMinutes);
	const hh = String(Math.floor(abs / 60)).padStart(2, '0');
	const mm = String(abs % 60).padStart(2, '0');
	return `${shifted}${sign}${hh}:${mm}`;
}
