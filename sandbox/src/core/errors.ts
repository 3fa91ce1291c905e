/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import { STATUS_CODES } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';

/** An error already shaped in the calling API's own envelope. Thrown from hooks and handlers. */
export class ApiError extends Error {
	constructor(
		readonly status: number,
		readonly body: unknown,
	) {
		super(`sandbox api error ${status}`);
	}
}

/** Where a failed zod check came from, in fastify's words. */
export type HttpPart = 'body' | 'querystring' | 'params' | 'headers';

/** One problem with the request, already flattened from zod: `field` is a dotted path ('' = the whole part). */
export interface FieldIssue {
	field: string;
	message: string;
}

/** Raised by the zod validator compiler; each API's envelope turns it into its own 400 body. */
export class RequestValidationError extends Error {
	readonly statusCode = 400;
	readonly code = 'SANDBOX_VALIDATION';
	constructor(
		readonly part: HttpPart,
		readonly issues: FieldIssue[],
	) {
		super(issues.map((i) => `${i.field || part}: ${i.message}`).join('; '));
	}
}

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
	return error.issues.map((issue) => {
		// An unrecognized key is reported on the parent object; name the offending key instead.
		if (issue.code === 'unrecognized_keys') {
			const keys = issue.keys.join(', ');
			return {
				field: [...issue.path, ...issue.keys].map(String).join('.'),
				message: `unknown field(s): ${keys}`,
			};
		}
		return { field: issue.path.map(String).join('.'), message: issue.message };
	});
}

/** Each API answers every error in its own shape; this is that shape, per API. */
export interface Envelope {
	/** Any error status with an optional human text (defaults to the HTTP reason phrase). */
	error(status: number, message?: string): unknown;
	/** 400 for a request that failed zod validation. */
	validation(error: RequestValidationError): unknown;
	/** Unknown route under the API's base. */
	notFound(request: FastifyRequest): unknown;
	/** 429 body. `retryAfterSeconds` is what the API tells the caller (if it does). */
	rateLimited(retryAfterSeconds: number): unknown;
}

export function reasonPhrase(status: number): string {
	return STATUS_CODES[status] ?? 'Error';
}

interface FastifyLikeError {
	statusCode?: number;
	code?: string;
	message?: string;
}

/**
 * The one error handler every API mounts: fastify's own default bodies must never leak,
 * so body-parser / media-type / validation / unexpected errors all go through the envelope.
 */
export function sendError(
	envelope: Envelope,
	error: unknown,
	reply: FastifyReply,
	mapStatus?: (status: number, code?: string) => number,
): FastifyReply {
	if (error instanceof ApiError) return reply.code(error.status).send(error.body);
	if (error instanceof RequestValidationError)
		return reply.code(400).send(envelope.validation(error));
	const e = (error ?? {}) as FastifyLikeError;
	let status =
		typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 600
			? e.statusCode
			: 500;
	if (mapStatus) status = mapStatus(status, e.code);
	// Client-side errors keep a specific message (e.g. "Unexpected end of JSON input"); 5xx stay generic.
	const message = status < 500 ? clientMessage(e) : undefined;
	return reply.code(status).send(envelope.error(status, message));
}

function clientMessage(e: FastifyLikeError): string | undefined {
	switch (e.code) {
		case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
			return 'Unsupported Content-Type: send application/json';
		case 'FST_ERR_CTP_INVALID_JSON_BODY':
		case 'FST_ERR_CTP_EMPTY_JSON_BODY':
		case 'SANDBOX_INVALID_JSON':
			return `Malformed JSON body: ${e.message ?? ''}`.trim();
		case 'FST_ERR_CTP_BODY_TOO_LARGE':
			return 'Request body is too large';
		default:
			return e.message && !e.message.startsWith('FST_') ? e.message : undefined;
	}
}
