/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SandboxContext } from '../../context';
import { fulfillbotAuth } from './auth';
import { fulfillbotRoute } from './route';

/**
 * PUT /user/profile body. The docs name the endpoint and its scope but not its body; these are
 * the fields GET /user/profile returns that a user could plausibly edit. Unknown fields are
 * refused (400) so a client sending a misspelt field finds out here rather than in production.
 */
const updateProfileBody = z.preprocess(
	(body) => body ?? {},
	z.strictObject({
		username: z.string().trim().min(1).max(64).optional(),
		email: z.email().optional(),
		avatar: z.union([z.url(), z.literal('')]).optional(),
		language: z.string().min(2).max(10).optional(),
	}),
);

export function registerProfile(app: FastifyInstance, ctx: SandboxContext): void {
	fulfillbotRoute(app, 'GET', '/user/profile', {}, (request) => ({
		data: fulfillbotAuth(request).user,
	}));

	fulfillbotRoute(app, 'PUT', '/user/profile', { body: updateProfileBody }, (request) => {
		const { user } = fulfillbotAuth(request);
		const changes = request.body as z.output<typeof updateProfileBody>;
		const stored = ctx.state.fulfillbot.users.find((u) => u.id === user.id)!;
		Object.assign(stored, changes);
		return { data: stored };
	});
}
