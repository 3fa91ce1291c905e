import { z } from 'zod';

/**
 * page/limit of every `{items, total, page, limit}` list. The docs give the defaults (1, 20) but
 * no maximum; the sandbox refuses more than 100 so clients learn to page.
 */
export const pageQuery = z.object({
	page: z.coerce.number().int().min(1).default(1),
	limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type PageQuery = z.output<typeof pageQuery>;

/** One page of `records` (already filtered and in answer order). */
export function pageOf<T>(
	records: T[],
	{ page, limit }: PageQuery,
	view: (record: T) => unknown,
): { items: unknown[]; total: number; page: number; limit: number } {
	const start = (page - 1) * limit;
	return {
		items: records.slice(start, start + limit).map(view),
		total: records.length,
		page,
		limit,
	};
}

/** Newest first for records kept oldest first, in one pass. */
export function newestFirst<T>(records: readonly T[], keep: (record: T) => boolean): T[] {
	const out: T[] = [];
	for (let i = records.length - 1; i >= 0; i--) if (keep(records[i])) out.push(records[i]);
	return out;
}

/** A user's orders (purchase or shipping), newest first, as their lists filter them by `status`. */
export function ordersOf<T extends { userId: number; status: string }>(
	records: readonly T[],
	userId: number,
	status: string | undefined,
): T[] {
	return newestFirst(records, (o) => o.userId === userId && (!status || o.status === status));
}
