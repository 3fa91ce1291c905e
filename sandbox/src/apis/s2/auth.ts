/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { FastifyRequest } from 'fastify';
import type { SandboxContext } from '../../context';
import { ApiError } from '../../core/errors';
import { s2Error } from './errors';
import type { S2Token } from './model';

export interface S2Auth {
	token: S2Token;
	/** The organization this request acts in: every record it sees or writes belongs to it. */
	organizationId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function findToken(ctx: SandboxContext, request: FastifyRequest): S2Token | undefined {
	const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
	return match ? ctx.state.s2.tokens.find((t) => t.token === match[1]) : undefined;
}

/**
 * Bearer token, then organization: `X-S2-Organization` picks one of the token's organizations.
 * It may be left out only when the token's user belongs to exactly one. S2 documents no rate limit;
 * one configured for tests (core/rateLimit.ts `s2`) counts per token and answers 429 with Retry-After.
 */
export function admitS2(ctx: SandboxContext, request: FastifyRequest): void {
	const token = findToken(ctx, request);
	if (!token)
		throw new ApiError(401, s2Error('Unauthorized: missing, invalid or expired access token.'));

	const limit = ctx.limits.config.s2;
	if (limit) {
		const verdict = ctx.limits.s2.hit(token.token, ctx.clock.now(), limit);
		if (!verdict.allowed) {
			request.sandbox!.headers['Retry-After'] = String(verdict.retryAfterSeconds);
			throw new ApiError(429, s2Error('Too Many Requests.'));
		}
	}

	const header = request.headers['x-s2-organization'];
	const requested = (Array.isArray(header) ? header[0] : header)?.trim();
	let organizationId: string;
	if (requested) {
		if (!UUID.test(requested))
			throw new ApiError(
				400,
				s2Error(`Invalid X-S2-Organization header: '${requested}' is not a UUID.`),
			);
		if (!token.organizationIds.includes(requested)) {
			throw new ApiError(
				403,
				s2Error(`Forbidden: you are not a member of organization ${requested}.`),
			);
		}
		organizationId = requested;
	} else if (token.organizationIds.length === 1) {
		organizationId = token.organizationIds[0];
	} else {
		throw new ApiError(
			400,
			s2Error('X-S2-Organization header is required: you are a member of several organizations.'),
		);
	}
	request.sandbox!.auth = { token, organizationId } satisfies S2Auth;
}

export function s2Auth(request: FastifyRequest): S2Auth {
	return request.sandbox!.auth as S2Auth;
}
