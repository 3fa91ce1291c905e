import { reasonPhrase, type Envelope } from '../../core/errors';

/**
 * Fulfillbot's error body, per the API reference: {"statusCode", "message", "error"}. This is the
 * NestJS shape, so unknown routes say "Cannot GET /api/v1/open/..." like a NestJS server does.
 */
export function fulfillbotError(
	status: number,
	message?: string,
): { statusCode: number; message: string; error: string } {
	return {
		statusCode: status,
		message: message ?? (status === 500 ? 'Internal server error' : reasonPhrase(status)),
		error: reasonPhrase(status),
	};
}

export const fulfillbotEnvelope: Envelope = {
	error: fulfillbotError,
	// The docs show no validation example; the message names each bad field ("email: Invalid email address").
	validation: (err) => fulfillbotError(400, err.message),
	notFound: (request) =>
		fulfillbotError(404, `Cannot ${request.method} /api/v1/open${request.sandbox?.path ?? ''}`),
	rateLimited: (seconds) => fulfillbotError(429, `Rate limit exceeded. Try again in ${seconds}s`),
};
