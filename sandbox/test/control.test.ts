import { useSandbox } from '../../test/support/sandbox';
import { FULFILLBOT_KEYS, S2, SHOPLINE } from '../src';
import { bearer, client } from './http';

const sandbox = useSandbox();
const fulfillbot = (key: string = FULFILLBOT_KEYS.all, timeout?: number) =>
	client(sandbox.fulfillbotBaseUrl, bearer(key), timeout);
const s2 = () => client(sandbox.s2BaseUrl, { ...bearer(S2.token), 'X-S2-Organization': S2.orgA });
const shopline = () =>
	client(`${sandbox.shoplineStoreUrl()}/admin/openapi/${SHOPLINE.version}`, bearer(SHOPLINE.token));
const control = () => client(`${sandbox.url}/__sandbox`);

describe('journal', () => {
	it('records each API request relative to its base, with masked credentials and the matched principal', async () => {
		await fulfillbot().put('/user/profile?dry=1', { language: 'de' });
		await s2().get('/account', { params: { limit: 2 } });
		await shopline().get('/orders/count.json', { params: { status: 'open' } });
		await client(sandbox.fulfillbotBaseUrl, bearer('sk-unknown-key')).get('/user/profile');
		const all = await sandbox.journal();
		expect(all.map((e) => [e.seq, e.api, e.method, e.path, e.status, e.principal])).toEqual([
			[1, 'fulfillbot', 'PUT', '/user/profile', 200, 'all'],
			[2, 's2', 'GET', '/account', 200, 'alpha'],
			[3, 'shopline', 'GET', '/orders/count.json', 200, SHOPLINE.handle],
			[4, 'fulfillbot', 'GET', '/user/profile', 401, null],
		]);
		const [put, account, count] = all;
		expect(put.query).toEqual({ dry: '1' });
		expect(put.body).toEqual({ language: 'de' });
		expect(put.headers.authorization).toBe('Bearer sk-***');
		expect(put.headers['content-type']).toMatch(/^application\/json/);
		expect(Number.isNaN(Date.parse(put.at))).toBe(false);
		expect(account.query).toEqual({ limit: '2' });
		expect(account.headers['x-s2-organization']).toBe(S2.orgA);
		expect(account.headers.authorization).toBe('Bearer s2-***');
		expect(count).toMatchObject({
			handle: SHOPLINE.handle,
			version: SHOPLINE.version,
			query: { status: 'open' },
		});
		expect(count.headers.authorization).toBe('Bearer sho***');
	});

	it('never contains a full credential anywhere', async () => {
		await fulfillbot().get('/user/profile');
		await fulfillbot(FULFILLBOT_KEYS.productsCart).get('/user/profile');
		await client(sandbox.s2BaseUrl, bearer(S2.tokenBetaOnly)).get('/account');
		await shopline().get('/orders/count.json');
		await client(sandbox.fulfillbotBaseUrl, { Authorization: FULFILLBOT_KEYS.readOnly }).get(
			'/user/profile',
		);
		const text = JSON.stringify(await sandbox.journal());
		for (const secret of [
			...Object.values(FULFILLBOT_KEYS),
			S2.token,
			S2.tokenBetaOnly,
			SHOPLINE.token,
		]) {
			expect(text).not.toContain(secret);
		}
		expect(text).toContain('"authorization":"sk-***"'); // no scheme: prefix only
	});

	it('filters by api, skips control requests, and can be cleared', async () => {
		await fulfillbot().get('/user/profile');
		await s2().get('/account');
		await control().get('/state');
		expect((await sandbox.journal('s2')).map((e) => e.api)).toEqual(['s2']);
		expect(await sandbox.journal()).toHaveLength(2);
		await sandbox.clearJournal();
		expect(await sandbox.journal()).toEqual([]);
		await fulfillbot().get('/user/profile');
		expect((await sandbox.journal())[0].seq).toBe(1);
	});

	it('unknown routes under an API base are journaled too', async () => {
		await fulfillbot().get('/orders/typo');
		const [entry] = await sandbox.journal('fulfillbot');
		expect(entry).toMatchObject({ path: '/orders/typo', status: 404, principal: 'all' });
	});
});

describe('faults', () => {
	it('status faults answer count times in the API envelope, then the real handler returns', async () => {
		await sandbox.fault({
			api: 'fulfillbot',
			path: '/user/profile',
			count: 2,
			kind: 'status',
			status: 503,
		});
		for (let i = 0; i < 2; i++) {
			const res = await fulfillbot().get('/user/profile');
			expect(res.status).toBe(503);
			expect(res.data).toEqual({
				statusCode: 503,
				message: 'Service Unavailable',
				error: 'Service Unavailable',
			});
		}
		expect((await fulfillbot().get('/user/profile')).status).toBe(200);
		const journal = await sandbox.journal();
		expect(journal.map((e) => [e.status, e.fault ?? null])).toEqual([
			[503, 'status'],
			[503, 'status'],
			[200, null],
		]);
	});

	it('429 faults use the rate-limit body of each API', async () => {
		await sandbox.fault({ api: 'fulfillbot', path: '/user/profile', kind: 'status', status: 429 });
		await sandbox.fault({
			api: 'shopline',
			path: '/orders/count.json',
			kind: 'status',
			status: 429,
		});
		await sandbox.fault({ api: 's2', path: '/account', kind: 'status', status: 500 });
		const fb = await fulfillbot().get('/user/profile');
		expect(fb.status).toBe(429);
		expect(fb.data).toEqual({
			statusCode: 429,
			message: 'Rate limit exceeded. Try again in 1s',
			error: 'Too Many Requests',
		});
		expect(fb.headers['x-ratelimit-remaining']).toBe('0');
		const sl = await shopline().get('/orders/count.json');
		expect(sl.status).toBe(429);
		expect(sl.data).toEqual({ errors: 'Too many request' });
		const s = await s2().get('/account');
		expect(s.status).toBe(500);
		expect(s.data.message).toMatch(/^Internal Server Error reference ID: [0-9a-f-]{36}$/);
	});

	it('match on method and on * segments; non-matching requests are untouched', async () => {
		await sandbox.fault({
			api: 'fulfillbot',
			method: 'put',
			path: '/user/*',
			kind: 'status',
			status: 500,
		});
		expect((await fulfillbot().get('/user/profile')).status).toBe(200);
		expect((await s2().get('/account')).status).toBe(200);
		const res = await fulfillbot().put('/user/profile', {});
		expect(res.status).toBe(500);
		expect(res.data).toEqual({
			statusCode: 500,
			message: 'Internal server error',
			error: 'Internal Server Error',
		});
		expect((await fulfillbot().put('/user/profile', {})).status).toBe(200);
	});

	it('malformed-json answers 200 application/json with a body that does not parse', async () => {
		await sandbox.fault({ api: 'shopline', path: '/orders/count.json', kind: 'malformed-json' });
		const res = await shopline().get('/orders/count.json', {
			responseType: 'text',
			transformResponse: [(d: unknown) => d],
		});
		expect(res.status).toBe(200);
		expect(res.headers['content-type']).toMatch(/^application\/json/);
		expect(() => JSON.parse(res.data)).toThrow();
		expect((await sandbox.journal())[0]).toMatchObject({ status: 200, fault: 'malformed-json' });
	});

	it('html answers 502 with an nginx page', async () => {
		await sandbox.fault({ api: 's2', path: '/account', kind: 'html' });
		const res = await s2().get('/account');
		expect(res.status).toBe(502);
		expect(res.headers['content-type']).toMatch(/^text\/html/);
		expect(res.data).toContain('<center><h1>502 Bad Gateway</h1></center>');
		expect(res.data).toContain('nginx');
	});

	it('hang never answers; it is journaled with status null; DELETE clears faults', async () => {
		await sandbox.fault({ api: 'fulfillbot', path: '/user/profile', kind: 'hang', count: 5 });
		await expect(fulfillbot(FULFILLBOT_KEYS.all, 300).get('/user/profile')).rejects.toMatchObject({
			code: 'ECONNABORTED',
		});
		expect((await sandbox.journal())[0]).toMatchObject({
			path: '/user/profile',
			status: null,
			fault: 'hang',
		});
		expect((await control().delete('/faults')).status).toBe(204);
		expect((await fulfillbot().get('/user/profile')).status).toBe(200);
	});

	it('drop reads the whole request, then closes the connection unanswered; nothing is created', async () => {
		await sandbox.fault({ api: 'fulfillbot', method: 'PUT', path: '/user/profile', kind: 'drop' });
		await expect(fulfillbot().put('/user/profile', { username: 'dropped' })).rejects.toMatchObject({
			code: 'ECONNRESET',
		});
		expect((await sandbox.journal())[0]).toMatchObject({
			path: '/user/profile',
			body: { username: 'dropped' },
			status: null,
			fault: 'drop',
		});
		expect((await sandbox.state()).fulfillbot.users[0].username).toBe('sandbox_user');
	});

	it('reset closes the connection when the headers arrive, before the body is read', async () => {
		await sandbox.fault({ api: 'fulfillbot', method: 'PUT', path: '/user/profile', kind: 'reset' });
		await expect(fulfillbot().put('/user/profile', { username: 'reset' })).rejects.toMatchObject({
			code: 'ECONNRESET',
		});
		expect((await sandbox.journal())[0]).toMatchObject({
			body: null,
			status: null,
			fault: 'reset',
		});
		expect((await fulfillbot().put('/user/profile', { username: 'after' })).status).toBe(200);
	});

	it('skip lets that many matching requests through first: skip 2 fails the 3rd, once', async () => {
		await sandbox.fault({ api: 's2', path: '/account', kind: 'status', status: 500, skip: 2 });
		const statuses = [];
		for (let i = 0; i < 5; i++) statuses.push((await s2().get('/account')).status);
		expect(statuses).toEqual([200, 200, 500, 200, 200]);
	});

	it('commit-then-drop handles the create (the record is kept), then drops the connection unanswered', async () => {
		await sandbox.fault({
			api: 'fulfillbot',
			method: 'POST',
			path: '/orders',
			kind: 'commit-then-drop',
		});
		const order = { items: [{ productId: '12349', skuId: 'st01', quantity: 1 }] };
		await expect(fulfillbot().post('/orders', order)).rejects.toMatchObject({
			code: expect.stringMatching(/^(ECONNRESET|ERR_BAD_RESPONSE|ECONNABORTED)$/),
		});
		const [entry] = await sandbox.journal('fulfillbot');
		expect(entry).toMatchObject({
			method: 'POST',
			path: '/orders',
			status: 201,
			fault: 'commit-then-drop',
		});
		const list = await fulfillbot().get('/orders', { params: { limit: 100 } });
		const orderNos = (list.data.data.items as Array<{ orderNo: string }>).map((o) => o.orderNo);
		const created = await fulfillbot().get(`/orders/${orderNos.sort().pop()}`);
		expect(created.data.data.items[0]).toMatchObject({ productId: 12349, skuId: 'st01' });
		expect((await fulfillbot().post('/orders', order)).status).toBe(201);
	});

	it('refuses a malformed fault spec', async () => {
		const res = await control().post('/faults', { api: 'nope', path: 'x', kind: 'status' });
		expect(res.status).toBe(400);
		expect(res.data.error).toMatch(/api/);
	});
});

describe('advance', () => {
	it('walks a Fulfillbot purchase order through every status to the terminal one', async () => {
		const id = 'ORD-20240115-002';
		const path = [
			'pending',
			'paid',
			'purchased',
			'shipped_to_warehouse',
			'in_warehouse',
			'completed',
		];
		for (let i = 0; i < path.length - 1; i++) {
			expect(await sandbox.advance({ api: 'fulfillbot', kind: 'order', id })).toEqual([
				{ id, from: path[i], to: path[i + 1] },
			]);
		}
		expect(await sandbox.advance({ api: 'fulfillbot', kind: 'order', id })).toEqual([]);
		const order = (await sandbox.state()).fulfillbot.orders.find(
			(o: { orderNo: string }) => o.orderNo === id,
		);
		expect(order.status).toBe('completed');
		expect(order.logistics).toMatchObject({ carrier: 'SF Express' });
		expect(Date.parse(order.updatedAt)).toBeGreaterThan(Date.parse('2025-01-01T00:00:00Z'));
	});

	it('without id moves every non-terminal record one step; cancelled never moves', async () => {
		const moved = await sandbox.advance({ api: 'fulfillbot', kind: 'order' });
		expect(moved).toEqual([
			{ id: 'ORD-20240115-001', from: 'in_warehouse', to: 'completed' },
			{ id: 'ORD-20240115-002', from: 'pending', to: 'paid' },
			{ id: 'ORD-20240116-003', from: 'paid', to: 'purchased' },
		]);
		expect(
			await sandbox.advance({ api: 'fulfillbot', kind: 'order', id: 'ORD-20240118-005' }),
		).toEqual([]);
	});

	it('SHOPLINE orders go unshipped -> partial -> shipped and bump updated_at (seen by count filters)', async () => {
		const id = '21057401932826316666967004';
		await client(sandbox.url).post('/__sandbox/clock', { advanceSeconds: 3600 });
		expect(await sandbox.advance({ api: 'shopline', kind: 'order', id })).toEqual([
			{ id, from: 'unshipped', to: 'partial' },
		]);
		expect(await sandbox.advance({ api: 'shopline', kind: 'order', id })).toEqual([
			{ id, from: 'partial', to: 'shipped' },
		]);
		expect(await sandbox.advance({ api: 'shopline', kind: 'order', id })).toEqual([]);
		const order = (await sandbox.state()).shopline.orders.find((o: { id: string }) => o.id === id);
		expect(order.updated_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
		// Written with the sandbox clock, one hour ahead of real time.
		expect(Date.parse(order.updated_at)).toBeGreaterThan(Date.now() + 3500_000);
		const recent = await shopline().get('/orders/count.json', {
			params: { updated_at_min: new Date(Date.now() + 3000_000).toISOString() },
		});
		expect(recent.data).toEqual({ count: 1 });
		// The cancelled order never ships.
		const all = await sandbox.advance({ api: 'shopline', kind: 'order' });
		expect(all.map((m) => m.id)).not.toContain('21057401932826316666967005');
	});

	it('unknown kind is 400, unknown id is 404', async () => {
		const kind = await control().post('/advance', { api: 's2', kind: 'nothing' });
		expect(kind.status).toBe(400);
		expect(kind.data.error).toMatch(/fulfillbot\/order/);
		const id = await control().post('/advance', {
			api: 'fulfillbot',
			kind: 'order',
			id: 'ORD-NOPE',
		});
		expect(id.status).toBe(404);
	});
});

describe('reset, config and state', () => {
	it('reset restores the seed data and clears journal and faults', async () => {
		await fulfillbot().put('/user/profile', { username: 'changed' });
		await sandbox.advance({ api: 'fulfillbot', kind: 'order' });
		await sandbox.fault({ api: 's2', path: '/account', kind: 'status', status: 500 });
		await sandbox.reset();
		const state = await sandbox.state();
		expect(state.fulfillbot.users[0].username).toBe('sandbox_user');
		expect(state.fulfillbot.orders.map((o: { status: string }) => o.status)).toEqual([
			'in_warehouse',
			'pending',
			'paid',
			'completed',
			'cancelled',
		]);
		expect(await sandbox.journal()).toEqual([]);
		expect((await s2().get('/account')).status).toBe(200);
	});

	it('reset can set rate limits, and a later reset without them restores the initial ones', async () => {
		await sandbox.reset({ rateLimits: { fulfillbot: 1 } });
		expect((await control().get('/config')).data.rateLimits).toEqual({
			fulfillbot: { limit: 1, windowSeconds: 60 },
			shopline: { burst: 40, leakPerSecond: 4 },
			s2: null,
		});
		expect((await fulfillbot().get('/user/profile')).status).toBe(200);
		expect((await fulfillbot().get('/user/profile')).status).toBe(429);
		await sandbox.reset();
		expect((await control().get('/config')).data.rateLimits.fulfillbot).toEqual({
			limit: 60,
			windowSeconds: 60,
		});
	});

	it('config refuses malformed limits', async () => {
		const res = await control().post('/config', { rateLimits: { fulfillbot: 'fast' } });
		expect(res.status).toBe(400);
	});

	it('the clock moves forward on request', async () => {
		const before = Date.now();
		const res = await control().post('/clock', { advanceSeconds: 86400 });
		expect(res.data.offsetSeconds).toBe(86400);
		expect(Date.parse(res.data.now)).toBeGreaterThanOrEqual(before + 86400_000);
	});

	it('paths outside every API answer JSON, never fastify defaults', async () => {
		const res = await client(sandbox.url).get('/nowhere');
		expect(res.status).toBe(404);
		expect(res.data.error).toBe('Not Found');
		expect(res.data.mountPoints.fulfillbot).toBe('/fulfillbot/api/v1/open');
		const ctl = await control().get('/nothing');
		expect(ctl.status).toBe(404);
		expect(Object.keys(ctl.data)).toEqual(['error']);
	});
});
