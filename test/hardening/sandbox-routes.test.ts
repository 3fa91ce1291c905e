import { S2, SHOPLINE } from '../../sandbox/src';
import { useSandbox } from '../support/sandbox';
import { API_OF } from './support';
import { CASES, rows, type Case } from './table';

/*
 * Every operation of the table (operations.ts, checked against the built descriptions) has its route in
 * the sandbox. The sandbox answers an unknown route 404 before any auth, as the real servers do, and a
 * known route with a wrong credential 401. So each operation's request, sent with a wrong credential,
 * must be refused as unauthenticated: a new operation without its sandbox route fails here (a 404),
 * where the journal check of every-operation.test.ts would pass (the journal records every request).
 */

const sandbox = useSandbox();

const WRONG = 'not-a-valid-credential-0000';

function request(c: Case): { url: string; headers: Record<string, string> } {
	const json = { 'Content-Type': 'application/json' };
	if (c.node === 'fulfillbot')
		return {
			url: `${sandbox.fulfillbotBaseUrl}${c.path}`,
			headers: { ...json, Authorization: `Bearer sk-${WRONG}` },
		};
	if (c.node === 's2')
		return {
			url: `${sandbox.s2BaseUrl}${c.path}`,
			headers: { ...json, Authorization: `Bearer ${WRONG}`, 'X-S2-Organization': S2.orgA },
		};
	return {
		url: `${sandbox.shoplineStoreUrl()}/admin/openapi/${SHOPLINE.version}${c.path}`,
		headers: {
			'Content-Type': 'application/json; charset=utf-8',
			Authorization: `Bearer ${WRONG}`,
		},
	};
}

async function statusOf(c: Case, path = c.path): Promise<number> {
	const { url, headers } = request({ ...c, path });
	const body = ['GET', 'HEAD', 'DELETE'].includes(c.method) ? undefined : '{}';
	const response = await fetch(url, { method: c.method, headers, body });
	await response.arrayBuffer();
	return response.status;
}

describe('hardening › every operation has its sandbox route', () => {
	it('the check can fail: an unknown path of each API is a 404 even with a wrong credential', async () => {
		for (const node of ['fulfillbot', 's2', 'shopline'] as const) {
			const c = CASES.find((x) => x.node === node)!;
			expect(await statusOf({ ...c, method: 'GET' }, '/no-such-route/for-this-check')).toBe(404);
		}
	});

	it.each(rows(CASES))(
		'%s: a wrong credential is refused (401), not an unknown route (404)',
		async (_n, c) => {
			expect(await statusOf(c)).toBe(401);
			const journal = await sandbox.journal(API_OF[c.node]);
			expect(journal.map((e) => `${e.method} ${e.path} ${e.status}`)).toEqual([
				`${c.method} ${c.path} 401`,
			]);
		},
	);
});
