import { useSandbox } from '../../test/support/sandbox';
import { FULFILLBOT_ENDPOINTS, FULFILLBOT_KEYS } from '../src';
import { bearer, client } from './http';

const sandbox = useSandbox({ rateLimits: { fulfillbot: null } });
const api = (key: string) => client(sandbox.fulfillbotBaseUrl, bearer(key));

/** A concrete URL for a documented path: any value will do, the route only has to match. */
const concrete = (path: string) => path.replace(/:[A-Za-z]+/g, '999');

const PRODUCTS_CART = ['products:read', 'cart:read'];

describe('Fulfillbot: every documented endpoint is routed, with the scope of the table', () => {
	it.each(FULFILLBOT_ENDPOINTS.map((e) => [e.method, e.path, e.scope]))(
		'%s %s needs %s',
		async (method, path, scope) => {
			// A key without the scope gets the 403 naming it (unknown routes would be 404 before any auth).
			const lacking = scope.endsWith(':write')
				? FULFILLBOT_KEYS.readOnly
				: PRODUCTS_CART.includes(scope)
					? undefined
					: FULFILLBOT_KEYS.productsCart;
			if (lacking) {
				const denied = await api(lacking).request({
					method,
					url: concrete(path),
					data: method === 'GET' ? undefined : {},
				});
				expect(denied.status).toBe(403);
				expect(denied.data.message).toMatch(
					new RegExp(`^Insufficient scope\\. Required: ${scope}\\. Your key has: `),
				);
			}
			// With every scope the route answers something other than the router's 404.
			const allowed = await api(FULFILLBOT_KEYS.all).request({
				method,
				url: concrete(path),
				data: method === 'GET' ? undefined : {},
			});
			expect(allowed.status).not.toBe(403);
			expect(allowed.data.message ?? '').not.toMatch(/^Cannot /);
			expect(Object.keys(allowed.data).sort()).toEqual(
				allowed.status < 400 ? ['data'] : ['error', 'message', 'statusCode'],
			);
		},
	);

	it('nothing was written by the refused requests', async () => {
		for (const e of FULFILLBOT_ENDPOINTS.filter((x) => x.scope.endsWith(':write'))) {
			await api(FULFILLBOT_KEYS.readOnly).request({
				method: e.method,
				url: concrete(e.path),
				data: e.method === 'GET' ? undefined : {},
			});
		}
		const seeded = await client(sandbox.url).get('/__sandbox/state');
		await sandbox.reset();
		const fresh = await client(sandbox.url).get('/__sandbox/state');
		expect(seeded.data.fulfillbot).toEqual(fresh.data.fulfillbot);
	});
});
