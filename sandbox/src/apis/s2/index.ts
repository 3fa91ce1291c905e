/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { FastifyInstance } from 'fastify';
import type { SandboxContext } from '../../context';
import { installApiPipeline } from '../../core/pipeline';
import { registerAccount } from './account';
import { admitS2, findToken } from './auth';
import { s2Envelope } from './errors';
import { registerFulfillments } from './fulfillments';
import { registerInventory } from './inventory';
import { registerOrders } from './orders';
import { registerProducts } from './products';

/** Mounted at this prefix: the base URL is `<sandbox>/s2`. */
export const S2_PREFIX = '/s2';

/** The S2 (Ventmere) seller API: accounts, orders, fulfillments, products, inventory; every record scoped to one organization. */
export async function s2Api(app: FastifyInstance, opts: { ctx: SandboxContext }): Promise<void> {
	const { ctx } = opts;
	installApiPipeline(app, ctx, {
		api: 's2',
		envelope: s2Envelope,
		base: /^\/s2/,
		identify: (request) => findToken(ctx, request)?.name ?? null,
		admit: (request) => admitS2(ctx, request),
	});
	// A bodiless POST (e.g. /order/{id}/cancel) often carries a default Content-Type such as
	// application/x-www-form-urlencoded: empty is no body; anything non-JSON with content stays a 415.
	app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => {
		if (String(body).trim() === '') return done(null, undefined);
		done(
			Object.assign(new Error('Unsupported Media Type'), {
				statusCode: 415,
				code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE',
			}),
			undefined,
		);
	});
	registerAccount(app, ctx);
	registerOrders(app, ctx);
	registerFulfillments(app, ctx);
	registerProducts(app, ctx);
	registerInventory(app, ctx);
}
