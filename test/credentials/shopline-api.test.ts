import { SHOPLINE } from '../../sandbox/src';
import { testCredential } from '../support/engine';
import { useSandbox } from '../support/sandbox';

const sandbox = useSandbox();

const creds = (over: Record<string, string> = {}) => ({
	handle: SHOPLINE.handle,
	accessToken: SHOPLINE.token,
	apiVersion: SHOPLINE.version,
	baseUrlOverride: sandbox.shoplineStoreUrl(),
	...over,
});

describe('ShoplineApi credential', () => {
	it('test request: GET /admin/openapi/{version}/orders/count.json with the Bearer token and JSON content type', async () => {
		const result = await testCredential('shoplineApi', creds());

		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		const [entry] = await sandbox.journal('shopline');
		expect(entry).toMatchObject({
			method: 'GET',
			path: '/orders/count.json',
			handle: SHOPLINE.handle,
			version: SHOPLINE.version,
			status: 200,
			principal: SHOPLINE.handle,
		});
		expect(entry.headers.authorization).toBe('Bearer sho***');
		expect(entry.headers['content-type']).toBe('application/json; charset=utf-8');
	});

	it("another store's token is refused by the store (401)", async () => {
		const result = await testCredential('shoplineApi', creds({ accessToken: SHOPLINE.otherToken }));

		expect(result).toEqual({
			status: 'Error',
			message: 'Authorization failed - please check your credentials',
		});
		expect((await sandbox.journal('shopline'))[0]).toMatchObject({
			status: 401,
			handle: SHOPLINE.handle,
		});
	});

	describe('the token never leaves for another host', () => {
		// Boundaries of the one-DNS-label pattern too: trailing text, 64 characters (63 is the most).
		it.each([
			'evil.com#',
			'x.attacker.net/',
			'Sandbox-Store',
			'a..b',
			'-store',
			'store.myshopline.com',
			'',
			'open001 evil',
			'x'.repeat(64),
		])('handle %p is refused before any request', async (handle) => {
			const result = await testCredential('shoplineApi', creds({ handle, baseUrlOverride: '' }));

			expect(result.status).toBe('Error');
			expect(result.message).toMatch(/store handle ".*" is not valid/);
			expect(result.message).not.toContain(SHOPLINE.token);
			expect(await sandbox.journal()).toEqual([]);
		});

		it.each([
			['plain http to a non-loopback host', 'http://example.com/shopline/sandbox-store'],
			['http to a private address', 'http://10.0.0.5:5679/shopline/sandbox-store'],
			['a URL with credentials', 'https://user:pass@example.com'],
			['not a URL', 'sandbox-store'],
		])('Base URL Override: %s is refused', async (_why, baseUrlOverride) => {
			const result = await testCredential('shoplineApi', creds({ baseUrlOverride }));

			expect(result.status).toBe('Error');
			expect(result.message).toMatch(/Base URL Override/);
			expect(await sandbox.journal()).toEqual([]);
		});

		it("legacy request options (`uri`, as n8n's HTTP Request node sends them): the store origin only", async () => {
			const { ShoplineApi } = await import('../../dist/credentials/ShoplineApi.credentials');
			const credential = new ShoplineApi();
			const store = `${sandbox.shoplineStoreUrl()}/admin/openapi/${SHOPLINE.version}/orders/count.json`;
			const legacy = (uri: string) =>
				({ method: 'GET', uri }) as unknown as Parameters<typeof credential.authenticate>[1];

			const signed = await credential.authenticate(creds(), legacy(store));
			expect(signed.headers?.Authorization).toBe(`Bearer ${SHOPLINE.token}`);
			await expect(
				credential.authenticate(
					creds(),
					legacy('https://evil.example/admin/openapi/v20260301/orders.json'),
				),
			).rejects.toThrow(/refusing to send the access token to https:\/\/evil\.example/);
		});

		it('http on loopback (the sandbox) is accepted; so is localhost', async () => {
			const viaLocalhost = sandbox.shoplineStoreUrl().replace('127.0.0.1', 'localhost');
			expect(
				(await testCredential('shoplineApi', creds({ baseUrlOverride: viaLocalhost }))).status,
			).toBe('OK');
		});
	});
});
