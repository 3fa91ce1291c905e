/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { FastifyInstance } from 'fastify';
import type { SandboxContext } from '../../context';
import { installApiPipeline } from '../../core/pipeline';
import { admitFulfillbot, findKey } from './auth';
import { fulfillbotEnvelope } from './errors';
import { registerAddresses } from './addresses';
import { registerCart } from './cart';
import { registerCoupons } from './coupons';
import { registerFavorites } from './favorites';
import { registerLogistics } from './logistics';
import { registerOrders } from './orders';
import { registerProducts } from './products';
import { registerProfile } from './profile';
import { registerShipping } from './shipping';
import { registerWallet } from './wallet';
import { registerWarehouse } from './warehouse';

/** Mounted at this prefix: the base URL is `<sandbox>${FULFILLBOT_PREFIX}`. */
export const FULFILLBOT_PREFIX = '/fulfillbot/api/v1/open';

/** The Fulfillbot Open API: one register* call per endpoint group of the docs. */
export async function fulfillbotApi(
	app: FastifyInstance,
	opts: { ctx: SandboxContext },
): Promise<void> {
	const { ctx } = opts;
	installApiPipeline(app, ctx, {
		api: 'fulfillbot',
		envelope: fulfillbotEnvelope,
		base: /^\/fulfillbot\/api\/v1\/open/,
		identify: (request) => findKey(ctx, request)?.name ?? null,
		admit: (request) => admitFulfillbot(ctx, request),
		rateLimitedHeaders: (seconds) => ({
			'X-RateLimit-Limit': String(ctx.limits.config.fulfillbot?.limit ?? 60),
			'X-RateLimit-Remaining': '0',
			'X-RateLimit-Reset': String(Math.ceil(ctx.clock.now() / 1000) + seconds),
		}),
	});
	registerProducts(app, ctx);
	registerCart(app, ctx);
	registerOrders(app, ctx);
	registerLogistics(app, ctx);
	registerShipping(app, ctx);
	registerWarehouse(app, ctx);
	registerProfile(app, ctx);
	registerAddresses(app, ctx);
	registerWallet(app, ctx);
	registerFavorites(app, ctx);
	registerCoupons(app, ctx);
}
