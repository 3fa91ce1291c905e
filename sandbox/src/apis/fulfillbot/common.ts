import { z } from 'zod';
import { ApiError } from '../../core/errors';
import { fulfillbotError } from './errors';

export const notFound = (message: string): ApiError =>
	new ApiError(404, fulfillbotError(404, message));
export const badRequest = (message: string): ApiError =>
	new ApiError(400, fulfillbotError(400, message));

/** Money in CNY with two decimals; every sum is rounded so 0.1 + 0.2 never leaks into an answer. */
export const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Ids the docs type as integers but show both as numbers and as strings ("productId": "12345"). */
export const integerId = z.union([
	z.number().int().positive(),
	z.string().trim().regex(/^\d+$/, 'must be a positive integer').transform(Number),
]);

/** `:id` path parameters that are integers. */
export const integerIdParams = z.object({ id: z.coerce.number().int().positive() });

/** Two upper-case letters, as GET /logistics/countries lists them. */
export const countryCode = z
	.string()
	.regex(/^[A-Z]{2}$/, 'must be a 2-letter upper-case country code such as US');

/** A copy of `record` without sandbox-only fields (owner ids, internal flags). */
export function without<T extends object, K extends keyof T>(record: T, ...keys: K[]): Omit<T, K> {
	const copy = { ...record };
	for (const key of keys) delete copy[key];
	return copy;
}
