/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { FastifyRequest } from 'fastify';
import type { SandboxContext } from '../../context';
import { ApiError } from '../../core/errors';
import { shoplineCodeError, shoplineError } from './errors';
import type { ShoplineStore } from './model';

export interface ShoplineAuth {
	store: ShoplineStore;
	version: string;
}

/** Matches the store base: /shopline/{handle}/admin/openapi/{version}. */
export const SHOPLINE_BASE = /^\/shopline\/(?<handle>[^/]+)\/admin\/openapi\/(?<version>[^/]+)/;
/** API versions are named by release date: v20260301. */
const VERSION = /^v\d{8}$/;

function urlParts(request: FastifyRequest): { handle: string; version: string } {
	const groups = SHOPLINE_BASE.exec(request.url)?.groups ?? {};
	return { handle: decodeURIComponent(groups.handle ?? ''), version: groups.version ?? '' };
}

function bearer(request: FastifyRequest): string | undefined {
	return /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
}

/** The store whose handle is in the URL, if the token is that store's (a token never opens another store). */
export function identifyStore(ctx: SandboxContext, request: FastifyRequest): string | null {
	const { handle } = urlParts(request);
	const store = ctx.state.shopline.stores.find((s) => s.handle === handle);
	return store && bearer(request) === store.token ? store.handle : null;
}

/** An unknown API version is an unknown URL on SHOPLINE. */
export function precheckVersion(request: FastifyRequest): void {
	if (!VERSION.test(urlParts(request).version)) throw new ApiError(404, shoplineError('Not Found'));
}

/** Store -> token -> leaky bucket (per store, as SHOPLINE limits per app per store). */
export function admitShopline(ctx: SandboxContext, request: FastifyRequest): void {
	const { handle, version } = urlParts(request);
	// No such store: myshopline.com has nothing at that subdomain.
	const store = ctx.state.shopline.stores.find((s) => s.handle === handle);
	if (!store) throw new ApiError(404, shoplineError('Not Found'));

	const token = bearer(request);
	if (!token) throw new ApiError(401, shoplineError('Access token not provided'));
	if (token !== store.token)
		throw new ApiError(401, shoplineError('Access token is incorrect or expired'));
	// Docs: 402 = frozen (outstanding balance), 423 = locked (e.g. repeated limit abuse or fraud risk).
	if (store.condition === 'frozen') {
		throw new ApiError(
			402,
			shoplineError(
				'Requested store has been frozen; the store owner needs to clear the outstanding balance in the store Admin',
			),
		);
	}
	if (store.condition === 'locked')
		throw new ApiError(
			423,
			shoplineCodeError(423, 'Requested store is locked; contact SHOPLINE support'),
		);

	const cfg = ctx.limits.config.shopline;
	if (cfg && !ctx.limits.shopline.hit(store.handle, ctx.clock.now(), cfg).allowed) {
		throw new ApiError(429, shoplineError('Too many request'));
	}
	request.sandbox!.auth = { store, version } satisfies ShoplineAuth;
}

export function shoplineAuth(request: FastifyRequest): ShoplineAuth {
	return request.sandbox!.auth as ShoplineAuth;
}
