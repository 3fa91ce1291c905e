/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { FastifyInstance } from 'fastify';
import type { SandboxContext } from '../../context';
import { s2Auth } from './auth';
import { inOrg, listQuery, matchesTerm, page, type ListQuery } from './common';
import { presentProduct } from './present';

export function registerProducts(app: FastifyInstance, ctx: SandboxContext): void {
	/** GET /product: limit / offset / term (on SKU or name), seed order. */
	app.get('/product', { schema: { querystring: listQuery } }, async (request) => {
		const { organizationId } = s2Auth(request);
		const query = request.query as ListQuery;
		const s2 = ctx.state.s2;
		const matching = inOrg(s2, 'products', organizationId).filter((p) =>
			matchesTerm(query.term, [p.sku, p.name]),
		);
		return page(matching, query, (p) => presentProduct(s2, p));
	});
}
