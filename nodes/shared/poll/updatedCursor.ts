import type { IDataObject } from 'n8n-workflow';

import { PageGuard } from '../transport/paging';

/**
 * "Changed since" polling on an `updated_at >= cursor` list filter, shared by the polling triggers.
 * The cursor is always a timestamp the API itself returned (never this machine's clock, which may
 * be skewed against the server), sent back in the API's own format. Because the filter is
 * inclusive and timestamps are coarse (often whole seconds), the ids already handled AT the cursor
 * are remembered: a record is "changed" when its updated_at is after the cursor, or equal to it and
 * its id was not handled yet. That gives no misses when several records share a second and no
 * repeats of the boundary records the next request returns again.
 * Limitation (any updated_at scheme has it): a record updated twice within the same timestamp,
 * with a poll in between, keeps the same updated_at; its second change is invisible here.
 */
export interface UpdatedCursor {
	/** Newest updated_at seen, as the API wrote it; null before any record was seen. */
	cursor: string | null;
	/** Ids whose updated_at equals the cursor (as an instant) and that were handled already. */
	atCursor: string[];
}

export interface Stamped<T> {
	id(record: T): string;
	/** The record's updated_at as the API returned it (ISO 8601 with an offset). */
	updatedAt(record: T): string;
}

/** Milliseconds of an ISO 8601 timestamp; offsets are honoured, so different zones compare as instants. NaN if unreadable. */
export function instant(value: unknown): number {
	return typeof value === 'string' && value.trim() ? Date.parse(value) : NaN;
}

export function emptyCursor(): UpdatedCursor {
	return { cursor: null, atCursor: [] };
}

/** True when a timestamp lies after what the cursor covers (equal counts as new unless the id was handled). */
export function isAfterCursor(previous: UpdatedCursor, at: string, id: string): boolean {
	if (previous.cursor === null) return true;
	const t = instant(at);
	const c = instant(previous.cursor);
	if (Number.isNaN(t) || Number.isNaN(c)) return true;
	return t > c || (t === c && !previous.atCursor.includes(id));
}

export interface Consumed<T> {
	/** Records changed since the cursor, oldest first (ties by id): each exactly once. */
	changed: T[];
	/** Records the inclusive filter returned again although already handled (the boundary). */
	repeated: T[];
	next: UpdatedCursor;
}

/**
 * Splits one complete answer of the `updated_at >= cursor` list (all pages) into changed and
 * repeated records and computes the next cursor. A record that shows up twice (pages shifting
 * while walking) counts once, with its newest updated_at.
 */
export function consume<T>(previous: UpdatedCursor, records: T[], shape: Stamped<T>): Consumed<T> {
	const latest = new Map<string, { record: T; t: number }>();
	for (const record of records) {
		const id = shape.id(record);
		const t = instant(shape.updatedAt(record));
		const seen = latest.get(id);
		if (!seen || !(seen.t > t)) latest.set(id, { record, t });
	}
	const key = (t: number) => (Number.isNaN(t) ? Infinity : t);
	const entries = [...latest.entries()].sort(
		([a, x], [b, y]) => key(x.t) - key(y.t) || (a < b ? -1 : a > b ? 1 : 0),
	);

	const changed: T[] = [];
	const repeated: T[] = [];
	let cursor = previous.cursor;
	let c = cursor === null ? NaN : instant(cursor);
	let atCursor = new Set(previous.atCursor);
	for (const [id, { record, t }] of entries) {
		if (isAfterCursor(previous, shape.updatedAt(record), id)) changed.push(record);
		else repeated.push(record);
		// Unreadable timestamps never move the cursor.
		if (Number.isNaN(t)) continue;
		if (Number.isNaN(c) || t > c) {
			cursor = shape.updatedAt(record);
			c = t;
			atCursor = new Set();
		}
		if (t === c) atCursor.add(id);
	}
	return { changed, repeated, next: { cursor, atCursor: [...atCursor].sort() } };
}

/** JSON-safe copy for static data. */
export function cursorToStatic(state: UpdatedCursor): IDataObject {
	return { cursor: state.cursor, atCursor: state.atCursor };
}

export function cursorFromStatic(data: unknown): UpdatedCursor | undefined {
	if (!data || typeof data !== 'object' || !('atCursor' in data)) return undefined;
	const { cursor, atCursor } = data as IDataObject;
	return {
		cursor: typeof cursor === 'string' ? cursor : null,
		atCursor: Array.isArray(atCursor) ? atCursor.map(String) : [],
	};
}

/** One page of a list paged by an opaque "next" token (e.g. a `link` header's page_info). */
export interface LinkPage<T> {
	records: T[];
	/** Token of the next page; undefined on the last one. */
	next?: string;
}

/**
 * Every record of a link-paged list: the first page, then each `next` until there is none. The
 * cursor advances only after the whole answer is in, so a failure on page 3 leaves it untouched.
 */
export async function collectLinkPages<T>(
	fetchPage: (next: string | undefined) => Promise<LinkPage<T>>,
): Promise<T[]> {
	const all: T[] = [];
	const guard = new PageGuard();
	let next: string | undefined;
	do {
		const page = await fetchPage(next);
		all.push(...page.records);
		next = page.next;
		// A server handing the same token back would loop forever: fail the poll (its state is kept).
		guard.page(page.records);
		if (next !== undefined) guard.cursor(next);
	} while (next !== undefined);
	return all;
}

/** Whole-second ISO 8601 with an offset (`2024-08-31T02:20:26+08:00` or `…Z`), as SHOPLINE writes them. */
const WHOLE_SECOND = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(Z|[+-]\d{2}:\d{2})$/;

/** The same instant one second later, written the same way (same offset). Undefined if not whole-second ISO. */
export function secondAfter(at: string): string | undefined {
	const match = WHOLE_SECOND.exec(at);
	if (!match) return undefined;
	const zone = match[2];
	const offsetMin =
		zone === 'Z'
			? 0
			: (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
	const next = Date.parse(at) + 1000;
	if (Number.isNaN(next)) return undefined;
	return new Date(next + offsetMin * 60_000).toISOString().replace(/\.\d{3}Z$/, '') + zone;
}

/** How far past the cursor's second the API's clock must be before no write can still land in it. */
export const SETTLED_MS = 2_000;

/**
 * After a burst of records updated within one second, an inclusive cursor would read that whole set
 * again at every poll. Once the API's own clock (its HTTP `Date`, when this poll's list read started)
 * is SETTLED_MS past the cursor's second, nothing more can be written in it: the cursor moves to the
 * next second and forgets the ids it held. Only whole-second cursors move (finer ones rarely tie).
 */
export function passSettledSecond(
	state: UpdatedCursor,
	serverDate: string | undefined,
): UpdatedCursor {
	if (state.cursor === null || state.atCursor.length === 0 || !serverDate) return state;
	const now = Date.parse(serverDate);
	const next = secondAfter(state.cursor);
	if (!next || Number.isNaN(now) || now < instant(state.cursor) + SETTLED_MS) return state;
	return { cursor: next, atCursor: [] };
}
