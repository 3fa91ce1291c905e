/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import type { SandboxContext } from '../../context';
import { installApiPipeline } from '../../core/pipeline';
import { admitShopline, identifyStore, precheckVersion, SHOPLINE_BASE } from './auth';
import { shoplineEnvelope } from './errors';
import { registerFulfillmentOrders } from './fulfillmentOrders';
import { registerFulfillments } from './fulfillments';
import { registerOrders } from './orders';
import { registerProducts } from './products';
import { registerStock } from './stock';
import { registerWebhooks } from './webhooks';

/** Mounted at this prefix: a store's base URL is `<sandbox>/shopline/<handle>`, then /admin/openapi/<version>/... */
export const SHOPLINE_PREFIX = '/shopline/:handle/admin/openapi/:version';

/** The SHOPLINE Admin REST API, one emulated store per handle. */
export async function shoplineApi(
	app: FastifyInstance,
	opts: { ctx: SandboxContext },
): Promise<void> {
	const { ctx } = opts;
	// Bodies must be JSON ("Content-Type: application/json; charset=utf-8"); anything else is a 400.
	app.removeContentTypeParser('text/plain');
	installApiPipeline(app, ctx, {
		api: 'shopline',
		envelope: shoplineEnvelope,
		base: SHOPLINE_BASE,
		identify: (request) => identifyStore(ctx, request),
		precheck: precheckVersion,
		admit: (request) => admitShopline(ctx, request),
		// SHOPLINE: "400 ... the header or Content-Type is not set as application/json".
		mapErrorStatus: (status) => (status === 415 ? 400 : status),
		responseHeaders: () => ({ traceId: randomBytes(16).toString('hex') }),
	});
	registerOrders(app, ctx);
	registerFulfillments(app, ctx);
	registerFulfillmentOrders(app, ctx);
	registerWebhooks(app, ctx);
	registerProducts(app, ctx);
	registerStock(app, ctx);
}
