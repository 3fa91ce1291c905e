/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Buffer } from 'node:buffer';
import { z } from 'zod';
import { ApiError } from '../../core/errors';
import { shoplineError } from './errors';

/**
 * Cursor paging as the docs describe it: the `link` response header carries
 * `<...?limit=50&page_info=XYZ>; rel="next"` (and rel="previous"); no next link = last page.
 * page_info is opaque: base64url JSON of the filters, the sort and the sort key of the page edge.
 * Keyset paging on (sort field, id) keeps a walk stable while other records change: a record is
 * never skipped or repeated unless its own sort key changes.
 */

export const SORT_FIELDS = ['created_at', 'updated_at', 'id'] as const;
export interface SortSpec {
	field: (typeof SORT_FIELDS)[number];
	dir: 'asc' | 'desc';
}

/** `sort_condition`: the docs name the parameter but not its syntax; the sandbox accepts `field:asc|desc` (inferred). */
export const sortCondition = z
	.string()
	.regex(
		/^(created_at|updated_at|id):(asc|desc)$/,
		'must be <field>:<asc|desc> with field created_at, updated_at or id, e.g. updated_at:desc',
	)
	.transform((s): SortSpec => {
		const [field, dir] = s.split(':');
		return { field: field as SortSpec['field'], dir: dir as SortSpec['dir'] };
	});

export const pageLimit = z.coerce.number().int().min(1).max(100, 'must be at most 100').default(50);

interface EdgeKey {
	v: number;
	id: string;
}

export interface Cursor<F> {
	/** The filters of the first request: a cursor carries them, later requests may not change them. */
	f: F;
	s: SortSpec;
	k: EdgeKey;
	d: 'next' | 'prev';
}

interface Keyed {
	id: string;
	created_at?: string;
	updated_at?: string;
}

function keyOf(record: Keyed, sort: SortSpec): EdgeKey {
	const v = sort.field === 'id' ? 0 : Date.parse(String(record[sort.field]));
	return { v, id: record.id };
}

function compareKeys(a: EdgeKey, b: EdgeKey, sort: SortSpec): number {
	const ids = BigInt(a.id) < BigInt(b.id) ? -1 : BigInt(a.id) > BigInt(b.id) ? 1 : 0;
	const raw = a.v !== b.v ? Math.sign(a.v - b.v) : ids;
	return sort.dir === 'asc' ? raw : -raw;
}

export function sortRecords<T extends Keyed>(records: T[], sort: SortSpec): T[] {
	return [...records].sort((a, b) => compareKeys(keyOf(a, sort), keyOf(b, sort), sort));
}

export function encodeCursor<F>(cursor: Cursor<F>): string {
	return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

/** The cursor (filters as sent) and its filters parsed, or a 400 naming page_info when it is not one of ours. */
export function decodeCursor<F>(
	pageInfo: string,
	filters: z.ZodType<F>,
): { cursor: Cursor<Record<string, string>>; filters: F } {
	try {
		const raw = JSON.parse(Buffer.from(pageInfo, 'base64url').toString('utf8')) as Cursor<unknown>;
		const f = z.record(z.string(), z.string()).parse(raw.f);
		const s = z.object({ field: z.enum(SORT_FIELDS), dir: z.enum(['asc', 'desc']) }).parse(raw.s);
		const k = z.object({ v: z.number(), id: z.string().regex(/^\d+$/) }).parse(raw.k);
		const d = z.enum(['next', 'prev']).parse(raw.d);
		return { cursor: { f, s, k, d }, filters: filters.parse(f) };
	} catch {
		throw new ApiError(
			400,
			shoplineError({
				page_info: ['Invalid page_info: send back the value from the link header unchanged'],
			}),
		);
	}
}

/** Refuses filters sent along with page_info (Shopify-style; SHOPLINE's docs do not say otherwise). */
export function refuseFiltersWithCursor(
	query: Record<string, unknown>,
	allowed: readonly string[],
): void {
	const extra = Object.keys(query).filter((k) => k !== 'page_info' && !allowed.includes(k));
	if (extra.length) {
		throw new ApiError(
			400,
			shoplineError({
				page_info: [
					`cannot be combined with ${extra.join(', ')}: the filters come from the cursor (only ${allowed.join(', ')} may accompany it)`,
				],
			}),
		);
	}
}

/**
 * A list request's filters: from its page_info cursor (refusing any other filter sent with it), else
 * the query itself; `rawFilters` are the filters as sent, which the next page's cursor carries.
 */
export function listRequest<F>(
	raw: Record<string, string>,
	query: NoInfer<F> & { page_info?: string },
	withCursor: readonly string[],
	schema: z.ZodType<F>,
): { filters: F; rawFilters: Record<string, string>; cursor?: Cursor<Record<string, string>> } {
	if (query.page_info) {
		refuseFiltersWithCursor(raw, withCursor);
		const { cursor, filters } = decodeCursor(query.page_info, schema);
		return { filters, rawFilters: cursor.f, cursor };
	}
	return {
		filters: query,
		rawFilters: Object.fromEntries(Object.entries(raw).filter(([k]) => !withCursor.includes(k))),
	};
}

export interface Page<T> {
	records: T[];
	next?: EdgeKey;
	prev?: EdgeKey;
}

/** One page of `sorted` (already filtered and sorted by `sort`), starting after / ending before the cursor edge. */
export function pageOf<T extends Keyed>(
	sorted: T[],
	sort: SortSpec,
	limit: number,
	cursor?: Pick<Cursor<unknown>, 'k' | 'd'>,
): Page<T> {
	let records: T[];
	let hasNext: boolean;
	let hasPrev: boolean;
	if (!cursor) {
		records = sorted.slice(0, limit);
		hasNext = sorted.length > limit;
		hasPrev = false;
	} else if (cursor.d === 'next') {
		const after = sorted.filter((r) => compareKeys(keyOf(r, sort), cursor.k, sort) > 0);
		records = after.slice(0, limit);
		hasNext = after.length > limit;
		hasPrev = after.length < sorted.length;
	} else {
		const before = sorted.filter((r) => compareKeys(keyOf(r, sort), cursor.k, sort) < 0);
		records = before.slice(Math.max(0, before.length - limit));
		hasPrev = before.length > limit;
		hasNext = before.length < sorted.length;
	}
	const first = records[0];
	const last = records[records.length - 1];
	return {
		records,
		next: hasNext && last ? keyOf(last, sort) : undefined,
		prev: hasPrev && first ? keyOf(first, sort) : undefined,
	};
}

/** `link` header value for a page, or undefined when there is neither a next nor a previous page. */
export function linkHeader<F>(
	request: FastifyRequest,
	page: Page<unknown>,
	base: Omit<Cursor<F>, 'k' | 'd'>,
	keep: Record<string, string | undefined>,
): string | undefined {
	const url = `${request.protocol}://${request.host}${request.url.split('?')[0]}`;
	const link = (k: EdgeKey, d: 'next' | 'prev') => {
		const params = new URLSearchParams();
		for (const [name, value] of Object.entries(keep))
			if (value !== undefined) params.set(name, value);
		params.set('page_info', encodeCursor({ ...base, k, d }));
		return `<${url}?${params.toString()}>; rel="${d === 'next' ? 'next' : 'previous'}"`;
	};
	const parts = [page.prev && link(page.prev, 'prev'), page.next && link(page.next, 'next')].filter(
		Boolean,
	);
	return parts.length ? parts.join(', ') : undefined;
}

/** Sets the `link` header of a list page (its URLs keep limit and fields) when another page exists. */
export function sendLink<F>(
	request: FastifyRequest,
	reply: FastifyReply,
	page: Page<unknown>,
	base: Omit<Cursor<F>, 'k' | 'd'>,
	limit: number,
	fields: string | undefined,
): void {
	const link = linkHeader(request, page, base, { limit: String(limit), fields });
	if (link) reply.header('link', link);
}
