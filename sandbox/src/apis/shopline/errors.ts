import { reasonPhrase, type Envelope } from '../../core/errors';

export type ShoplineErrors = string | string[] | Record<string, string[]>;

/** SHOPLINE's error body (Http status code page): {"errors": <string | [strings] | {field: [messages]}>}. */
export function shoplineError(errors: ShoplineErrors): { errors: ShoplineErrors } {
	return { errors };
}

/**
 * The docs' other error shape, {"code", "message"}. They do not say which answers use it; the sandbox
 * uses it for the store-level 423 (locked) so clients must read both shapes.
 */
export function shoplineCodeError(
	code: number,
	message: string,
): { code: number; message: string } {
	return { code, message };
}

export const shoplineEnvelope: Envelope = {
	error: (status, message) => shoplineError(message ?? reasonPhrase(status)),
	validation: (err) => {
		const byField: Record<string, string[]> = {};
		for (const issue of err.issues) (byField[issue.field || err.part] ??= []).push(issue.message);
		return shoplineError(byField);
	},
	notFound: () => shoplineError('Not Found'),
	// Sic: the documented 429 body.
	rateLimited: () => shoplineError('Too many request'),
};
