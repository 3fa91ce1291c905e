import { randomUUID } from 'node:crypto';
import { reasonPhrase, type Envelope } from '../../core/errors';

/** S2's error body: {"message": "<text> reference ID: <uuid>"}, a fresh reference per error. */
export function s2Error(text: string): { message: string } {
	return { message: `${text} reference ID: ${randomUUID()}` };
}

export const s2Envelope: Envelope = {
	error: (status, message) => s2Error(message ?? reasonPhrase(status)),
	validation: (err) => s2Error(`Invalid request: ${err.message}.`),
	notFound: (request) => s2Error(`Not Found: ${request.method} ${request.sandbox?.path ?? ''}.`),
	// S2 documents no rate limit; this only serves injected 429 faults.
	rateLimited: () => s2Error('Too Many Requests.'),
};
