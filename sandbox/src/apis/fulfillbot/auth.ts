/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { FastifyRequest } from 'fastify';
import type { SandboxContext } from '../../context';
import { ApiError } from '../../core/errors';
import type { FulfillbotKey, FulfillbotProfile } from './model';
import { fulfillbotError } from './errors';
import type { FulfillbotScope } from './scopes';

declare module 'fastify' {
	interface FastifyContextConfig {
		/** Fulfillbot: the scope the route needs (from scopes.ts). */
		scope?: FulfillbotScope;
	}
}

/** Who is calling, once admitted. */
export interface FulfillbotAuth {
	key: FulfillbotKey;
	user: FulfillbotProfile;
}

/** `Authorization: Bearer sk-...` -> the key, if it is one of ours. */
export function findKey(ctx: SandboxContext, request: FastifyRequest): FulfillbotKey | undefined {
	const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
	return match ? ctx.state.fulfillbot.keys.find((k) => k.key === match[1]) : undefined;
}

/**
 * Key -> rate limit -> scope. The limit counts every request made with a valid key (a 403 too),
 * so every answer to a known key carries the X-RateLimit-* headers.
 */
export function admitFulfillbot(ctx: SandboxContext, request: FastifyRequest): void {
	const key = findKey(ctx, request);
	if (!key) throw new ApiError(401, fulfillbotError(401, 'Invalid API Key'));

	const cfg = ctx.limits.config.fulfillbot;
	if (cfg) {
		const verdict = ctx.limits.fulfillbot.hit(key.key, ctx.clock.now(), cfg);
		Object.assign(request.sandbox!.headers, {
			'X-RateLimit-Limit': String(verdict.limit),
			'X-RateLimit-Remaining': String(verdict.remaining),
			'X-RateLimit-Reset': String(verdict.resetUnix),
		});
		if (!verdict.allowed)
			throw new ApiError(
				429,
				fulfillbotError(429, `Rate limit exceeded. Try again in ${verdict.retryAfterSeconds}s`),
			);
	}

	const scope = request.routeOptions.config.scope;
	if (scope && !key.scopes.includes(scope)) {
		throw new ApiError(
			403,
			fulfillbotError(
				403,
				`Insufficient scope. Required: ${scope}. Your key has: ${key.scopes.join(', ')}`,
			),
		);
	}

	const user = ctx.state.fulfillbot.users.find((u) => u.id === key.userId);
	if (!user) throw new ApiError(401, fulfillbotError(401, 'Invalid API Key'));
	request.sandbox!.auth = { key, user } satisfies FulfillbotAuth;
}

export function fulfillbotAuth(request: FastifyRequest): FulfillbotAuth {
	return request.sandbox!.auth as FulfillbotAuth;
}
