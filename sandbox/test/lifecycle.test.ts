/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev-only code, never packed (package.json files: ["dist"]) */
import axios from 'axios';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FULFILLBOT_KEYS, startSandbox } from '../src';
import { bearer, client } from './http';

/** These tests start their own sandboxes: they are about starting and stopping. */
describe('sandbox lifecycle', () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'sandbox-state-'));
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('listens on loopback with an ephemeral port and a URL without trailing slash', async () => {
		const sb = await startSandbox();
		try {
			expect(sb.url).toBe(`http://127.0.0.1:${sb.port}`);
			expect(sb.port).toBeGreaterThan(0);
			expect((await client(sb.url).get('/')).data.mountPoints.control).toBe('/__sandbox');
		} finally {
			await sb.close();
		}
	});

	it('state file round-trip: changes survive a restart with the same file', async () => {
		const stateFile = join(dir, 'state.json');
		const first = await startSandbox({ stateFile });
		await client(first.url + '/fulfillbot/api/v1/open', bearer(FULFILLBOT_KEYS.all)).put(
			'/user/profile',
			{ username: 'persisted' },
		);
		await client(first.url).post('/__sandbox/advance', {
			api: 'fulfillbot',
			kind: 'order',
			id: 'ORD-20240115-002',
		});
		// Saved right after each change, not only at close.
		expect(JSON.parse(readFileSync(stateFile, 'utf8')).fulfillbot.users[0].username).toBe(
			'persisted',
		);
		await first.close();

		const second = await startSandbox({ stateFile });
		try {
			const profile = await client(
				second.url + '/fulfillbot/api/v1/open',
				bearer(FULFILLBOT_KEYS.all),
			).get('/user/profile');
			expect(profile.data.data.username).toBe('persisted');
			const state = (await client(second.url).get('/__sandbox/state')).data;
			expect(
				state.fulfillbot.orders.find((o: { orderNo: string }) => o.orderNo === 'ORD-20240115-002')
					.status,
			).toBe('paid');
			// Reset rewrites the file with the seed.
			await client(second.url).post('/__sandbox/reset', {});
			expect(JSON.parse(readFileSync(stateFile, 'utf8')).fulfillbot.users[0].username).toBe(
				'sandbox_user',
			);
		} finally {
			await second.close();
		}
	});

	it('close() ends promptly even with a hung request in flight', async () => {
		const sb = await startSandbox();
		await client(sb.url).post('/__sandbox/faults', {
			api: 'fulfillbot',
			path: '/user/profile',
			kind: 'hang',
		});
		const pending = axios.get(`${sb.url}/fulfillbot/api/v1/open/user/profile`, {
			headers: bearer(FULFILLBOT_KEYS.all),
		});
		const settled = pending.then(
			() => 'answered',
			() => 'failed',
		);
		// Wait until the server has the request.
		for (let i = 0; i < 50; i++) {
			const journal = (await client(sb.url).get('/__sandbox/journal')).data;
			if (journal.length === 1) break;
			await new Promise((r) => setTimeout(r, 20));
		}
		expect((await client(sb.url).get('/__sandbox/journal')).data[0]).toMatchObject({
			status: null,
			fault: 'hang',
		});
		await sb.close();
		expect(await settled).toBe('failed');
	});

	it('startSandbox rateLimits become the defaults a reset returns to', async () => {
		const sb = await startSandbox({ rateLimits: { fulfillbot: 2, shopline: null } });
		try {
			await client(sb.url).post('/__sandbox/reset', {});
			const config = (await client(sb.url).get('/__sandbox/config')).data;
			expect(config.rateLimits).toEqual({
				fulfillbot: { limit: 2, windowSeconds: 60 },
				shopline: null,
				s2: null, // S2 documents no limit: none unless a test sets one
			});
		} finally {
			await sb.close();
		}
	});
});
