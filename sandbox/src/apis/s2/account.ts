/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SandboxContext } from '../../context';
import { s2Auth } from './auth';
import type { S2Account } from './model';

/** GET /account query: limit (default 100, max 100), offset, term (search on name and code). */
const listAccountsQuery = z.object({
	limit: z.coerce.number().int().min(1).max(100).default(100),
	offset: z.coerce.number().int().min(0).default(0),
	term: z.string().optional(),
});

/** An account as S2 returns it: the organization is embedded, as in S2's other objects. */
function present(ctx: SandboxContext, account: S2Account): Record<string, unknown> {
	const { organizationId, ...fields } = account;
	return { ...fields, organization: ctx.state.s2.organizations.find((o) => o.id === organizationId) ?? null };
}

export function registerAccount(app: FastifyInstance, ctx: SandboxContext): void {
	app.get('/account', { schema: { querystring: listAccountsQuery } }, async (request) => {
		const { organizationId } = s2Auth(request);
		const { limit, offset, term } = request.query as z.output<typeof listAccountsQuery>;
		const needle = term?.trim().toLowerCase();
		const matching = ctx.state.s2.accounts.filter(
			(a) => a.organizationId === organizationId && (!needle || a.name.toLowerCase().includes(needle) || a.code.toLowerCase().includes(needle)),
		);
		return { items: matching.slice(offset, offset + limit).map((a) => present(ctx, a)), total: matching.length };
	});
}
