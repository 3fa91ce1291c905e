/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { FastifyInstance } from 'fastify';
import type { SandboxContext } from '../../context';
import { installApiPipeline } from '../../core/pipeline';
import { registerAccount } from './account';
import { admitS2, findToken } from './auth';
import { s2Envelope } from './errors';

/** Mounted at this prefix: the base URL is `<sandbox>/s2`. */
export const S2_PREFIX = '/s2';

/** The S2 (Ventmere) seller API. Later issues add orders, fulfillments, products, inventory. */
export async function s2Api(app: FastifyInstance, opts: { ctx: SandboxContext }): Promise<void> {
	const { ctx } = opts;
	installApiPipeline(app, ctx, {
		api: 's2',
		envelope: s2Envelope,
		base: /^\/s2/,
		identify: (request) => findToken(ctx, request)?.name ?? null,
		admit: (request) => admitS2(ctx, request),
	});
	registerAccount(app, ctx);
}
