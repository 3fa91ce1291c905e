import { useSandbox } from '../../test/support/sandbox';
import { SHOPLINE, SHOPLINE_SEED } from '../src';
import { bearer, client } from './http';

const sandbox = useSandbox();
const admin = (
	token: string | undefined,
	handle: string = SHOPLINE.handle,
	version: string = SHOPLINE.version,
) =>
	client(
		`${sandbox.shoplineStoreUrl(handle)}/admin/openapi/${version}`,
		token ? bearer(token) : {},
	);
const count = (params: Record<string, string> = {}, token: string = SHOPLINE.token) =>
	admin(token).get('/orders/count.json', { params });

describe('SHOPLINE auth', () => {
	it('counts the store orders with its own token; traceId on the response', async () => {
		const res = await count();
		expect(res.status).toBe(200);
		expect(res.data).toEqual({ count: SHOPLINE_SEED.sandboxOrderCount });
		expect(res.headers.traceid).toMatch(/^[0-9a-f]{32}$/);
		const other = await admin(SHOPLINE.otherToken, SHOPLINE.otherHandle).get('/orders/count.json');
		expect(other.data).toEqual({ count: SHOPLINE_SEED.otherOrderCount });
	});

	it('another store\'s token is refused with 401 {"errors": ...}', async () => {
		const res = await count({}, SHOPLINE.otherToken);
		expect(res.status).toBe(401);
		expect(res.data).toEqual({ errors: 'Access token is incorrect or expired' });
		expect(res.headers.traceid).toBeTruthy();
	});

	it('401 without a token', async () => {
		const res = await admin(undefined).get('/orders/count.json');
		expect(res.status).toBe(401);
		expect(res.data).toEqual({ errors: 'Access token not provided' });
	});

	it('unknown store handle, malformed version and unknown route are 404 {"errors":"Not Found"}', async () => {
		for (const res of [
			await admin(SHOPLINE.token, 'no-such-store').get('/orders/count.json'),
			await admin(SHOPLINE.token, SHOPLINE.handle, 'v2026').get('/orders/count.json'),
			await admin(SHOPLINE.token, SHOPLINE.handle, '20260301').get('/orders/count.json'),
			await admin(SHOPLINE.token).get('/no/such/route.json'),
			await client(sandbox.url).get(`/shopline/${SHOPLINE.handle}/elsewhere`),
		]) {
			expect(res.status).toBe(404);
			expect(res.data).toEqual({ errors: 'Not Found' });
		}
	});

	it('any well-formed version is accepted', async () => {
		expect(
			(await admin(SHOPLINE.token, SHOPLINE.handle, 'v20250601').get('/orders/count.json')).status,
		).toBe(200);
	});
});

describe('SHOPLINE GET orders/count.json filters', () => {
	it.each([
		[{ status: 'open' }, 5],
		[{ status: 'cancelled' }, 1],
		[{ status: 'any' }, 6],
		[{ financial_status: 'paid' }, 3],
		[{ financial_status: 'authorized' }, 1],
		[{ fulfillment_status: 'unshipped' }, 4],
		[{ status: 'open', fulfillment_status: 'unshipped' }, 3],
		[{ created_at_min: '2026-03-03T12:00:00+08:00' }, 4],
		[{ created_at_max: '2026-03-02T03:00:00Z' }, 2],
		[
			{ updated_at_min: '2026-03-05T00:00:00+08:00', updated_at_max: '2026-03-06T10:00:00+08:00' },
			2,
		],
	])('%j -> %i', async (params, expected) => {
		const res = await count(params as Record<string, string>);
		expect(res.status).toBe(200);
		expect(res.data).toEqual({ count: expected });
	});

	it('invalid filters are 400 with {"errors": {field: [messages]}}', async () => {
		const res = await count({ status: 'closed', created_at_min: 'yesterday' });
		expect(res.status).toBe(400);
		expect(Object.keys(res.data)).toEqual(['errors']);
		expect(Object.keys(res.data.errors).sort()).toEqual(['created_at_min', 'status']);
		expect(res.data.errors.status[0]).toMatch(/open/);
		expect(res.data.errors.created_at_min[0]).toMatch(/ISO 8601/);
	});
});

describe('SHOPLINE rate limit (documented: leaky bucket 4/s, burst 40, per store)', () => {
	it('a burst of 40 passes, then 429 {"errors":"Too many request"}', async () => {
		for (let i = 0; i < 40; i++) expect((await count()).status).toBe(200);
		const next = await Promise.all(Array.from({ length: 5 }, () => count()));
		const limited = next.filter((r) => r.status === 429);
		expect(limited.length).toBeGreaterThanOrEqual(1);
		for (const r of limited) {
			expect(r.data).toEqual({ errors: 'Too many request' });
			expect(r.headers.traceid).toBeTruthy();
			expect(Object.keys(r.headers).some((h) => h.startsWith('x-ratelimit'))).toBe(false);
		}
		// Another store has its own bucket.
		expect(
			(await admin(SHOPLINE.otherToken, SHOPLINE.otherHandle).get('/orders/count.json')).status,
		).toBe(200);
		// Reset clears the bucket.
		await sandbox.reset();
		expect((await count()).status).toBe(200);
	});

	it('configured bucket: exactly burst requests pass; time (sandbox clock) drains it', async () => {
		await sandbox.config({ rateLimits: { shopline: { burst: 3, leakPerSecond: 0.01 } } });
		const statuses: number[] = [];
		for (let i = 0; i < 5; i++) statuses.push((await count()).status);
		expect(statuses).toEqual([200, 200, 200, 429, 429]);
		await client(sandbox.url).post('/__sandbox/clock', { advanceSeconds: 100 });
		expect((await count()).status).toBe(200);
		expect((await count()).status).toBe(429);
	});

	it('null disables it', async () => {
		await sandbox.config({ rateLimits: { shopline: null } });
		const results = await Promise.all(Array.from({ length: 60 }, () => count()));
		expect(results.every((r) => r.status === 200)).toBe(true);
	});
});
