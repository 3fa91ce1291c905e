import { z } from 'zod';
import { isoMillis } from '../../core/clock';
import { ApiError } from '../../core/errors';
import type { SandboxContext } from '../../context';
import { s2Error } from './errors';
import { ADDRESS_FIELDS, type S2State } from './model';

export const notFound = (text: string): ApiError =>
	new ApiError(404, s2Error(`Not Found: ${text}`));
export const badRequest = (text: string): ApiError =>
	new ApiError(400, s2Error(`Invalid request: ${text}`));

/** S2 timestamps carry fractional seconds (the docs show microseconds; the sandbox clock has millis). */
export const nowIso = (ctx: SandboxContext): string => isoMillis(ctx.clock.now());

/** The documented list query of GET /account, /order, /product: limit (default and max 100), offset, term. */
export const listQuery = z.object({
	limit: z.coerce.number().int().min(1).max(100).default(100),
	offset: z.coerce.number().int().min(0).default(0),
	term: z.string().optional(),
});
export type ListQuery = z.output<typeof listQuery>;

/** Case-insensitive "contains" over some fields; an empty or missing term matches everything. */
export function matchesTerm(
	term: string | undefined,
	fields: Array<string | null | undefined>,
): boolean {
	const needle = term?.trim().toLowerCase();
	return !needle || fields.some((f) => (f ?? '').toLowerCase().includes(needle));
}

export function page<T, R>(
	matching: T[],
	{ limit, offset }: ListQuery,
	present: (item: T) => R,
): { items: R[]; total: number } {
	return { items: matching.slice(offset, offset + limit).map(present), total: matching.length };
}

export const idParams = z.object({ id: z.string() });

/** The address object: all ten fields must be present as strings ("" when empty), nothing else. */
export const addressSchema = z.strictObject(
	Object.fromEntries(
		ADDRESS_FIELDS.map((f) => [f, z.string({ error: `${f} is required (pass "" when empty)` })]),
	) as Record<(typeof ADDRESS_FIELDS)[number], z.ZodString>,
);

/** An optional id field where the docs say "leave empty": null and "" both mean absent. */
export const optionalId = z
	.string()
	.nullish()
	.transform((v) => (v ? v.trim() || null : null));

/** Records of one organization. Every lookup goes through here so no handler can leak another org's data. */
export function inOrg<
	K extends 'accounts' | 'warehouses' | 'products' | 'orders' | 'fulfillments' | 'inventory',
>(state: S2State, kind: K, organizationId: string): S2State[K] {
	return (state[kind] as Array<{ organizationId: string }>).filter(
		(r) => r.organizationId === organizationId,
	) as S2State[K];
}
