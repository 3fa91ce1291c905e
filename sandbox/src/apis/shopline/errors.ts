 
import { reasonPhrase, type Envelope } from '../../core/errors';

/** SHOPLINE's error body: {"errors": <string | {field: [messages]}>} (Http status code page). */
export function shoplineError(errors: string | Record<string, string[]>): { errors: string | Record<string, string[]> } {
	return { errors };
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
