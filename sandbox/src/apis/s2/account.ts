/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { FastifyInstance } from 'fastify';
import type { SandboxContext } from '../../context';
import { s2Auth } from './auth';
import { inOrg, listQuery, matchesTerm, page, type ListQuery } from './common';
import { presentAccount } from './present';

export function registerAccount(app: FastifyInstance, ctx: SandboxContext): void {
	/** GET /account: limit (default 100, max 100), offset, term (search on name and code). */
	app.get('/account', { schema: { querystring: listQuery } }, async (request) => {
		const { organizationId } = s2Auth(request);
		const query = request.query as ListQuery;
		const s2 = ctx.state.s2;
		const matching = inOrg(s2, 'accounts', organizationId).filter((a) =>
			matchesTerm(query.term, [a.name, a.code]),
		);
		return page(matching, query, (a) => presentAccount(s2, a));
	});
}
