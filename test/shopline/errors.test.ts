/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { SHOPLINE, SHOPLINE_SEED } from '../../sandbox/src';
import { useSandbox } from '../support/sandbox';
import { shoplineTestKit, STORES } from './support';

const sandbox = useSandbox();
const kit = shoplineTestKit(sandbox);
const { requests } = kit;

const SEED = SHOPLINE_SEED.orders;
const LINES = SHOPLINE_SEED.lineItems;

type Answer = { status: number; body: string; headers?: Record<string, string> };

/** A bare loopback server that answers every request with `answer` (the sandbox has one error shape per case). */
async function withServer<T>(
	answer: Answer,
	run: (url: string) => Promise<T>,
): Promise<{ result: T; hits: number }> {
	let hits = 0;
	const server: Server = createServer((_req, res) => {
		hits += 1;
		res.writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers });
		res.end(answer.body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	try {
		const { port } = server.address() as AddressInfo;
		return { result: await run(`http://127.0.0.1:${port}`), hits };
	} finally {
		await new Promise((resolve) => server.close(resolve));
	}
}

describe('SHOPLINE › errors', () => {
	describe('every SHOPLINE error shape becomes a readable message (traceId kept)', () => {
		it.each<[string, number, string, string]>([
			[
				'errors as a string',
				400,
				'{"errors":"fulfillment status value is illegal"}',
				'fulfillment status value is illegal',
			],
			[
				'errors as an array',
				422,
				'{"errors":["line item not found","quantity too large"]}',
				'line item not found; quantity too large',
			],
			[
				'errors by field',
				422,
				'{"errors":{"line_items":["is invalid"],"tracking_info_list":["too many","bad url"]}}',
				'line_items: is invalid; tracking_info_list: too many, bad url',
			],
			[
				'code and message',
				403,
				'{"code":"FORBIDDEN","message":"Access denied for scope write_orders"}',
				'Access denied for scope write_orders (FORBIDDEN)',
			],
			['no body', 404, '', 'SHOPLINE answered HTTP 404'],
		])('%s (HTTP %i)', async (_shape, status, body, message) => {
			const { result, hits } = await withServer(
				{ status, body, headers: { traceId: 'trace-abc-123' } },
				(url) => kit.run('order', 'getAll', {}, { credentials: { baseUrlOverride: url } }),
			);

			expect(hits).toBe(1);
			expect(result.error?.name).toBe('NodeApiError');
			expect(result.error?.message).toBe(message);
			expect((result.error as { httpCode?: string }).httpCode).toBe(String(status));
			expect(result.error?.description).toContain('trace-abc-123');
			expect(JSON.stringify(result.error)).not.toContain(SHOPLINE.token);
		});
	});

	describe('from the sandbox', () => {
		it('a frozen store (402): says the store is frozen and what to do', async () => {
			const { error } = await kit.run('order', 'getAll', {}, { store: STORES.frozen });

			expect((error as { httpCode?: string }).httpCode).toBe('402');
			expect(error?.message).toMatch(/^The SHOPLINE store is frozen \(HTTP 402\): \S/);
			expect(error?.description).toMatch(/unpaid or suspended/);
			expect(error?.description).toMatch(/traceId for support: \S+/);
		});

		it('a locked store (423): says the store is locked', async () => {
			const { error } = await kit.run(
				'fulfillment',
				'getAll',
				{ orderId: SEED.unshipped },
				{ store: STORES.locked },
			);

			expect((error as { httpCode?: string }).httpCode).toBe('423');
			expect(error?.message).toMatch(/^The SHOPLINE store is locked \(HTTP 423\): \S/);
			expect(error?.description).toMatch(/Contact SHOPLINE support/);
		});

		it('429: the documented body ("Too many request") and the rate-limit advice', async () => {
			await sandbox.fault({
				api: 'shopline',
				method: 'GET',
				path: '/orders/count.json',
				kind: 'status',
				status: 429,
			});
			// With Max Wait 0 the node does not wait the 429 out (that is the default; see test/harness/volume.test.ts).
			const { error } = await kit.run('order', 'count', { rateLimit: { maxWait: 0 } });

			expect((error as { httpCode?: string }).httpCode).toBe('429');
			expect(error?.message).toBe('Too many request');
			expect(error?.description).toMatch(/4 requests per second/);
			expect(error?.description).not.toMatch(/Retry On Fail|Batching/);
			expect(await requests()).toHaveLength(1);
		});

		it("401 with another store's token: the API's message and where to fix the token", async () => {
			const { error } = await kit.run(
				'order',
				'get',
				{ orderId: SEED.unshipped },
				{ credentials: { accessToken: SHOPLINE.otherToken } },
			);

			expect((error as { httpCode?: string }).httpCode).toBe('401');
			expect(error?.message).not.toMatch(/^SHOPLINE answered/);
			expect(error?.description).toMatch(/access token/);
			expect(JSON.stringify(error)).not.toContain(SHOPLINE.otherToken);
		});

		it('a 4xx on create from the sandbox is readable and carries the traceId', async () => {
			const { error } = await kit.run('fulfillment', 'create', {
				orderId: SEED.unshipped,
				lineItems: { item: [{ id: LINES.unshipped[0], quantity: 50 }] },
			});

			expect(error?.name).toBe('NodeApiError');
			expect(error?.message).not.toMatch(/^SHOPLINE answered/);
			expect(error?.description).toMatch(/traceId for support: \S+/);
			const [entry] = await sandbox.journal('shopline');
			expect(entry.status).toBe(Number((error as { httpCode?: string }).httpCode));
		});
	});

	describe('the token never leaves for another host', () => {
		it.each(['evil.com#', 'x.attacker.net/', 'a..b'])(
			'handle %p: refused by the credential before any request',
			async (handle) => {
				// No override: the node would aim at https://<handle>.myshopline.com, which the credential refuses.
				const { error } = await kit.run(
					'order',
					'getAll',
					{},
					{ credentials: { handle, baseUrlOverride: '' } },
				);

				expect(error?.message).toMatch(/store handle ".*" is not valid/);
				expect(JSON.stringify(error)).not.toContain(SHOPLINE.token);
				expect(await sandbox.journal()).toEqual([]);
			},
		);

		it('handle "evil.com#" with the sandbox override is refused as well', async () => {
			const { error } = await kit.run(
				'fulfillment',
				'create',
				{ orderId: SEED.unshipped, lineItems: { item: [{ id: LINES.unshipped[0], quantity: 1 }] } },
				{ credentials: { handle: 'evil.com#' } },
			);

			expect(error?.message).toMatch(/store handle "evil\.com#" is not valid/);
			expect(await sandbox.journal()).toEqual([]);
		});
	});
});
