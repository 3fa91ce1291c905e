/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev-only code, never packed (package.json files: ["dist"]) */
import fs from 'node:fs';
import path from 'node:path';

import { useSandbox } from '../../test/support/sandbox';
import { FULFILLBOT_ENDPOINTS, FULFILLBOT_KEYS, FULFILLBOT_SCOPES } from '../src';
import { bearer, client } from './http';

const sandbox = useSandbox();
const api = (key?: string) => client(sandbox.fulfillbotBaseUrl, key ? bearer(key) : {});

describe('Fulfillbot auth and scopes', () => {
	it('GET /user/profile returns the profile in a data envelope', async () => {
		const res = await api(FULFILLBOT_KEYS.all).get('/user/profile');
		expect(res.status).toBe(200);
		expect(res.data).toEqual({
			data: {
				id: 1001,
				username: 'sandbox_user',
				email: 'sandbox.user@example.com',
				avatar: 'https://example.com/avatars/sandbox_user.png',
				language: 'en',
				createdAt: '2024-01-01T00:00:00Z',
			},
		});
	});

	it.each([
		['no Authorization header', {}],
		['an unknown key', bearer('sk-not-a-real-key')],
		['a key without the Bearer scheme', { Authorization: FULFILLBOT_KEYS.all }],
	])('401 with the documented body for %s', async (_label, headers) => {
		const res = await client(sandbox.fulfillbotBaseUrl, headers).get('/user/profile');
		expect(res.status).toBe(401);
		expect(res.data).toEqual({
			statusCode: 401,
			message: 'Invalid API Key',
			error: 'Unauthorized',
		});
		expect(res.headers['x-ratelimit-limit']).toBeUndefined();
	});

	it('403 names the missing scope and lists the key scopes (docs example key)', async () => {
		const res = await api(FULFILLBOT_KEYS.productsCart).put('/user/profile', { language: 'zh' });
		expect(res.status).toBe(403);
		expect(res.data).toEqual({
			statusCode: 403,
			message:
				'Insufficient scope. Required: profile:write. Your key has: products:read, cart:read',
			error: 'Forbidden',
		});
		expect((await sandbox.state()).fulfillbot.users[0].language).toBe('en');
	});

	it('the read-only key reads but cannot write, and its 403 lists every :read scope', async () => {
		expect((await api(FULFILLBOT_KEYS.readOnly).get('/user/profile')).status).toBe(200);
		const res = await api(FULFILLBOT_KEYS.readOnly).put('/user/profile', { language: 'zh' });
		expect(res.status).toBe(403);
		const reads = Object.keys(FULFILLBOT_SCOPES).filter((s) => s.endsWith(':read'));
		expect(res.data.message).toBe(
			`Insufficient scope. Required: profile:write. Your key has: ${reads.join(', ')}`,
		);
	});

	it('productsCart key cannot read the profile either (profile:read)', async () => {
		const res = await api(FULFILLBOT_KEYS.productsCart).get('/user/profile');
		expect(res.status).toBe(403);
		expect(res.data.message).toBe(
			'Insufficient scope. Required: profile:read. Your key has: products:read, cart:read',
		);
	});

	it('PUT /user/profile updates the stored profile', async () => {
		const res = await api(FULFILLBOT_KEYS.all).put('/user/profile', {
			username: 'renamed',
			language: 'zh',
		});
		expect(res.status).toBe(200);
		expect(res.data.data).toMatchObject({
			id: 1001,
			username: 'renamed',
			language: 'zh',
			email: 'sandbox.user@example.com',
		});
		expect((await api(FULFILLBOT_KEYS.all).get('/user/profile')).data.data.username).toBe(
			'renamed',
		);
	});
});

describe('Fulfillbot error envelope', () => {
	it('zod validation failures are 400 in the Fulfillbot shape, naming the field', async () => {
		const res = await api(FULFILLBOT_KEYS.all).put('/user/profile', { email: 'not-an-email' });
		expect(res.status).toBe(400);
		expect(res.data).toEqual({
			statusCode: 400,
			message: 'email: Invalid email address',
			error: 'Bad Request',
		});
	});

	it('unknown body fields are refused by name', async () => {
		const res = await api(FULFILLBOT_KEYS.all).put('/user/profile', { userName: 'x' });
		expect(res.status).toBe(400);
		expect(res.data.error).toBe('Bad Request');
		expect(res.data.message).toContain('userName');
	});

	it('malformed JSON is a 400 in the Fulfillbot shape', async () => {
		const res = await api(FULFILLBOT_KEYS.all).put('/user/profile', '{"username": ', {
			headers: { 'Content-Type': 'application/json' },
			transformRequest: [(data: unknown) => data],
		});
		expect(res.status).toBe(400);
		expect(Object.keys(res.data).sort()).toEqual(['error', 'message', 'statusCode']);
		expect(res.data).toMatchObject({ statusCode: 400, error: 'Bad Request' });
		expect(res.data.message).toMatch(/^Malformed JSON body/);
	});

	it("a non-JSON body is refused in the Fulfillbot shape, not fastify's", async () => {
		const res = await api(FULFILLBOT_KEYS.all).put('/user/profile', '<xml/>', {
			headers: { 'Content-Type': 'application/xml' },
		});
		expect(res.status).toBe(415);
		expect(res.data).toEqual({
			statusCode: 415,
			message: 'Unsupported Content-Type: send application/json',
			error: 'Unsupported Media Type',
		});
	});

	it('unknown routes are 404 in the Fulfillbot (NestJS) shape, before any auth', async () => {
		const res = await api().get('/no/such/thing?x=1');
		expect(res.status).toBe(404);
		expect(res.data).toEqual({
			statusCode: 404,
			message: 'Cannot GET /api/v1/open/no/such/thing',
			error: 'Not Found',
		});
		const wrongVerb = await api(FULFILLBOT_KEYS.all).delete('/user/profile');
		expect(wrongVerb.data).toEqual({
			statusCode: 404,
			message: 'Cannot DELETE /api/v1/open/user/profile',
			error: 'Not Found',
		});
	});
});

describe('Fulfillbot rate limit (documented: 60/min per key)', () => {
	it('every answer to a known key carries X-RateLimit-*, Remaining counting down', async () => {
		const before = Math.floor(Date.now() / 1000);
		const seen: number[] = [];
		for (let i = 0; i < 3; i++) {
			const res = await api(FULFILLBOT_KEYS.all).get('/user/profile');
			expect(res.headers['x-ratelimit-limit']).toBe('60');
			seen.push(Number(res.headers['x-ratelimit-remaining']));
			const reset = Number(res.headers['x-ratelimit-reset']);
			expect(reset).toBeGreaterThanOrEqual(before + 59);
			expect(reset).toBeLessThanOrEqual(before + 62);
		}
		expect(seen).toEqual([59, 58, 57]);
		// A 403 counts too and carries the headers.
		const denied = await api(FULFILLBOT_KEYS.all).delete('/user/profile');
		expect(denied.headers['x-ratelimit-limit']).toBeUndefined(); // unknown route: no key check, no count
		const forbidden = await api(FULFILLBOT_KEYS.productsCart).get('/user/profile');
		expect(forbidden.headers['x-ratelimit-remaining']).toBe('59'); // per key: a fresh window
	});

	it('the 61st request in a window is 429 with the documented body; reset via control clears it', async () => {
		for (let i = 0; i < 60; i++)
			expect((await api(FULFILLBOT_KEYS.all).get('/user/profile')).status).toBe(200);
		const res = await api(FULFILLBOT_KEYS.all).get('/user/profile');
		expect(res.status).toBe(429);
		expect(Object.keys(res.data).sort()).toEqual(['error', 'message', 'statusCode']);
		expect(res.data).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
		const wait = Number(/^Rate limit exceeded\. Try again in (\d+)s$/.exec(res.data.message)?.[1]);
		expect(wait).toBeGreaterThanOrEqual(1);
		expect(wait).toBeLessThanOrEqual(60);
		expect(res.headers['x-ratelimit-remaining']).toBe('0');
		// Another key has its own budget.
		expect((await api(FULFILLBOT_KEYS.readOnly).get('/user/profile')).status).toBe(200);

		await sandbox.reset();
		const after = await api(FULFILLBOT_KEYS.all).get('/user/profile');
		expect(after.status).toBe(200);
		expect(after.headers['x-ratelimit-remaining']).toBe('59');
	});

	it('limits are settable through the control API, and moving the clock opens a new window', async () => {
		await sandbox.config({ rateLimits: { fulfillbot: { limit: 2, windowSeconds: 30 } } });
		expect((await api(FULFILLBOT_KEYS.all).get('/user/profile')).headers['x-ratelimit-limit']).toBe(
			'2',
		);
		await api(FULFILLBOT_KEYS.all).get('/user/profile');
		const limited = await api(FULFILLBOT_KEYS.all).get('/user/profile');
		expect(limited.status).toBe(429);
		expect(limited.data.message).toMatch(/^Rate limit exceeded\. Try again in ([1-9]|[12]\d|30)s$/);

		await client(sandbox.url).post('/__sandbox/clock', { advanceSeconds: 31 });
		expect((await api(FULFILLBOT_KEYS.all).get('/user/profile')).status).toBe(200);
	});

	it('a null limit disables rate limiting (and its headers)', async () => {
		await sandbox.config({ rateLimits: { fulfillbot: null } });
		for (let i = 0; i < 65; i++) {
			const res = await api(FULFILLBOT_KEYS.all).get('/user/profile');
			expect(res.status).toBe(200);
			expect(res.headers['x-ratelimit-limit']).toBeUndefined();
		}
	});
});

/** The endpoint table of docs/api-notes.md#fulfillbot-endpoints: `METHOD /path scope`, in the docs' order. */
function documentedEndpoints(): string[] {
	const notes = fs.readFileSync(path.resolve(__dirname, '../../docs/api-notes.md'), 'utf8');
	const section = notes.slice(notes.indexOf('## fulfillbot-endpoints'));
	const table = section.slice(0, section.indexOf('\n## ', 1));
	return [
		...table.matchAll(
			/^\| (GET|POST|PUT|PATCH|DELETE) \| `([^`]+)` \| `([a-z]+:(?:read|write))` \|/gm,
		),
	].map(([, method, route, scope]) => `${method} ${route} ${scope}`);
}

describe('Fulfillbot scope table', () => {
	it('lists exactly the documented endpoints (docs/api-notes.md), each with its documented scope, every scope used', () => {
		const documented = documentedEndpoints();
		expect(documented.length).toBeGreaterThan(0);
		expect(FULFILLBOT_ENDPOINTS.map((e) => `${e.method} ${e.path} ${e.scope}`)).toEqual(documented);
		const keys = FULFILLBOT_ENDPOINTS.map((e) => `${e.method} ${e.path}`);
		expect(new Set(keys).size).toBe(keys.length);
		const scopes = new Set(Object.keys(FULFILLBOT_SCOPES));
		expect(new Set(documented.map((d) => d.split(' ')[2]))).toEqual(scopes);
		for (const e of FULFILLBOT_ENDPOINTS) expect(scopes.has(e.scope)).toBe(true);
		expect(new Set(FULFILLBOT_ENDPOINTS.map((e) => e.scope))).toEqual(scopes);
		expect(
			FULFILLBOT_ENDPOINTS.find((e) => e.method === 'POST' && e.path === '/orders')?.scope,
		).toBe('orders:write');
	});
});
