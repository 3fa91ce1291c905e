/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodType } from 'zod';
import { requiredScope, type HttpMethod } from './scopes';

export interface RouteSchemas {
	body?: ZodType;
	querystring?: ZodType;
	params?: ZodType;
}

/**
 * Registers a documented Fulfillbot endpoint: its scope comes from the endpoint table, so an
 * undocumented path or verb fails at startup instead of silently needing no scope.
 */
export function fulfillbotRoute(
	app: FastifyInstance,
	method: HttpMethod,
	path: string,
	schema: RouteSchemas,
	handler: (request: FastifyRequest, reply: FastifyReply) => unknown,
): void {
	app.route({
		method,
		url: path,
		config: { scope: requiredScope(method, path) },
		schema,
		handler: async (request, reply) => handler(request, reply),
	});
}
