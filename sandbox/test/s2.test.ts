import { sleep } from 'n8n-workflow';

import { useSandbox } from '../../test/support/sandbox';
import { S2 } from '../src';
import { bearer, client, UUID_RE } from './http';
import { expectS2Error } from './s2-http';

const sandbox = useSandbox();
const api = (headers: Record<string, string>) => client(sandbox.s2BaseUrl, headers);
const inOrg = (token: string, org: string) => api({ ...bearer(token), 'X-S2-Organization': org });

describe('S2 auth and organizations', () => {
	it('401 without a token or with an unknown one', async () => {
		for (const headers of [{}, bearer('nope'), { Authorization: S2.token }]) {
			const res = await api(headers).get('/account');
			expect(res.status).toBe(401);
			expectS2Error(res.data, /Unauthorized/);
		}
	});

	it('a token in several organizations must name one (400)', async () => {
		const res = await api(bearer(S2.token)).get('/account');
		expect(res.status).toBe(400);
		expectS2Error(res.data, /X-S2-Organization/);
	});

	it('naming an organization the token is not in is 403', async () => {
		const res = await inOrg(S2.tokenBetaOnly, S2.orgA).get('/account');
		expect(res.status).toBe(403);
		expectS2Error(res.data, new RegExp(S2.orgA));
		const unknownOrg = await inOrg(S2.token, '00000000-0000-4000-8000-000000000000').get(
			'/account',
		);
		expect(unknownOrg.status).toBe(403);
	});

	it('a malformed organization header is 400', async () => {
		const res = await inOrg(S2.token, 'not-a-uuid').get('/account');
		expect(res.status).toBe(400);
		expectS2Error(res.data, /X-S2-Organization/);
	});

	it('every error carries a fresh reference ID', async () => {
		const a = expectS2Error((await api({}).get('/account')).data, /Unauthorized/);
		const b = expectS2Error((await api({}).get('/account')).data, /Unauthorized/);
		expect(a).not.toBe(b);
	});
});

describe('S2 GET /account', () => {
	it('data is scoped to the organization in the header', async () => {
		const a = await inOrg(S2.token, S2.orgA).get('/account');
		expect(a.status).toBe(200);
		expect(a.data.total).toBe(3);
		expect(a.data.items.map((x: { code: string }) => x.code)).toEqual([
			'sandbox_store',
			'wholesale',
			'test_account_code',
		]);
		for (const item of a.data.items) {
			expect(item.id).toMatch(UUID_RE);
			expect(item.type).toBe('MARKETPLACE_GENERIC');
			expect(item.organization.id).toBe(S2.orgA);
		}
		const b = await inOrg(S2.token, S2.orgB).get('/account');
		expect(b.data.total).toBe(2);
		expect(
			b.data.items.every((x: { organization: { id: string } }) => x.organization.id === S2.orgB),
		).toBe(true);
	});

	it('a single-organization token needs no header', async () => {
		const res = await api(bearer(S2.tokenBetaOnly)).get('/account');
		expect(res.status).toBe(200);
		expect(res.data.items.map((x: { code: string }) => x.code)).toEqual([
			'beta_market',
			'beta_retail',
		]);
	});

	it('limit / offset page through; total counts all matches; term searches name and code', async () => {
		const page = await inOrg(S2.token, S2.orgA).get('/account', {
			params: { limit: 1, offset: 1 },
		});
		expect(page.data).toMatchObject({ total: 3, items: [{ code: 'wholesale' }] });
		const term = await inOrg(S2.token, S2.orgA).get('/account', { params: { term: 'TEST' } });
		expect(term.data.total).toBe(1);
		expect(term.data.items[0].name).toBe('Test Account');
		const byName = await inOrg(S2.token, S2.orgA).get('/account', {
			params: { term: 'wholesale orders' },
		});
		expect(byName.data.total).toBe(1);
	});

	it('limit above 100 or a non-number is a 400 in the S2 shape', async () => {
		const big = await inOrg(S2.token, S2.orgA).get('/account', { params: { limit: 101 } });
		expect(big.status).toBe(400);
		expectS2Error(big.data, /limit/);
		const nan = await inOrg(S2.token, S2.orgA).get('/account', { params: { offset: 'abc' } });
		expect(nan.status).toBe(400);
		expectS2Error(nan.data, /offset/);
	});

	it('unknown routes are 404 in the S2 shape', async () => {
		const res = await inOrg(S2.token, S2.orgA).get('/nothing-here');
		expect(res.status).toBe(404);
		expectS2Error(res.data, /Not Found/);
	});

	it('S2 documents no rate limit: 150 quick requests all pass', async () => {
		const results = await Promise.all(
			Array.from({ length: 150 }, () => inOrg(S2.token, S2.orgB).get('/account')),
		);
		expect(results.every((r) => r.status === 200)).toBe(true);
	});

	it('a rate limit for tests (rateLimits.s2): a fixed window per token, 429 with Retry-After: 1 and no X-RateLimit-*', async () => {
		await sandbox.reset({ rateLimits: { s2: 3 } });
		const results = await Promise.all(
			Array.from({ length: 5 }, () => inOrg(S2.token, S2.orgA).get('/account')),
		);
		expect(results.filter((r) => r.status === 200)).toHaveLength(3);
		const limited = results.filter((r) => r.status === 429);
		expect(limited).toHaveLength(2);
		for (const res of limited) {
			expect(res.headers['retry-after']).toBe('1');
			expect(res.headers['x-ratelimit-limit']).toBeUndefined();
			expectS2Error(res.data, /Too Many Requests/);
		}
		// Per token: another token has a window of its own.
		expect((await inOrg(S2.tokenBetaOnly, S2.orgB).get('/account')).status).toBe(200);
		// After the window (1 s), the token is served again.
		await sleep(1100);
		expect((await inOrg(S2.token, S2.orgA).get('/account')).status).toBe(200);
		await sandbox.reset();
		expect(
			(
				await Promise.all(Array.from({ length: 5 }, () => inOrg(S2.token, S2.orgA).get('/account')))
			).every((r) => r.status === 200),
		).toBe(true);
	});
});
