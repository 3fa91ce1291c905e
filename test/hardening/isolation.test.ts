/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { IDataObject } from 'n8n-workflow';

import { S2, S2_SEED, SHOPLINE } from '../../sandbox/src';
import { poll, runNode } from '../support/engine';
import { useSandbox } from '../support/sandbox';
import { credentialsFor, recordCounts, REPRESENTATIVE } from './support';

/*
 * Isolation through the nodes: S2 organizations cannot see each other's records; a SHOPLINE handle
 * or Base URL Override that could steer the token elsewhere is refused before any request leaves
 * (a bare loopback server and the sandbox journal prove that nothing arrives).
 */

const sandbox = useSandbox();
jest.setTimeout(20_000);

const A = S2_SEED.orgA;
const B = S2_SEED.orgB;
const counts = { s2Cases: 0, shoplineHandleRuns: 0, overrideRuns: 0 };
afterAll(() => recordCounts('isolation', counts));

/** A bare loopback HTTP server that only counts what reaches it. */
let bare: Server;
let bareUrl = '';
const arrived: string[] = [];
beforeAll(async () => {
	bare = createServer((request, response) => {
		arrived.push(`${request.method} ${request.url}`);
		response.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
	});
	await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
	bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;
});
afterAll(async () => {
	await new Promise<void>((resolve) => bare.close(() => resolve()));
});
beforeEach(() => {
	arrived.length = 0;
});

function s2(
	resource: string,
	operation: string,
	parameters: IDataObject,
	credentials: IDataObject,
) {
	counts.s2Cases += 1;
	return runNode({
		type: 's2',
		parameters: { resource, operation, ...parameters },
		credentials: credentialsFor(sandbox, 's2', credentials),
	});
}

describe('hardening › isolation', () => {
	describe('S2: one organization cannot read the other’s records through the node', () => {
		it.each<[string, IDataObject, string, string, IDataObject]>([
			[
				'org A credentials, org B order',
				{ organizationId: S2.orgA },
				'order',
				'get',
				{ orderId: B.orders.unfulfilled },
			],
			[
				'org B credentials, org A order',
				{ organizationId: S2.orgB },
				'order',
				'get',
				{ orderId: A.orders.unfulfilled },
			],
			[
				'org B credentials, org A fulfillment',
				{ organizationId: S2.orgB },
				'fulfillment',
				'get',
				{ fulfillmentId: A.fulfillments.shipped },
			],
			[
				'beta-only token in org B, org A order',
				{ accessToken: S2.tokenBetaOnly, organizationId: S2.orgB },
				'order',
				'get',
				{ orderId: A.orders.fulfilled },
			],
			[
				'beta-only token claiming org A',
				{ accessToken: S2.tokenBetaOnly, organizationId: S2.orgA },
				'order',
				'get',
				{ orderId: A.orders.unfulfilled },
			],
			[
				'beta-only token claiming org A, list',
				{ accessToken: S2.tokenBetaOnly, organizationId: S2.orgA },
				'order',
				'getAll',
				{ returnAll: true },
			],
		])(
			'%s: an API error, none of the record in the output',
			async (_case, credentials, resource, operation, parameters) => {
				const { items, error } = await s2(resource, operation, parameters, credentials);

				expect(items).toEqual([]);
				expect(error?.name).toBe('NodeApiError');
				expect(['403', '404']).toContain((error as { httpCode?: string }).httpCode);
				expect(JSON.stringify(error)).not.toMatch(/test_order_id2|B-2001|WH-5003|CF-WH-5003/);
				const journal = await sandbox.journal('s2');
				expect(journal.length).toBeGreaterThan(0);
				expect(journal.every((e) => e.status !== null && e.status >= 400)).toBe(true);
			},
		);

		it.each([
			['A', S2.orgA, A, B],
			['B', S2.orgB, B, A],
		] as const)(
			'lists in org %s hold only that organization’s orders, accounts and products',
			async (_org, organizationId, own, other) => {
				const credentials = { organizationId };
				const [orders, accounts, products] = await Promise.all([
					s2('order', 'getAll', { returnAll: true }, credentials),
					s2('account', 'getAll', { returnAll: true }, credentials),
					s2('product', 'getAll', { returnAll: true }, credentials),
				]);
				for (const run of [orders, accounts, products]) expect(run.error).toBeUndefined();
				const ids = (run: typeof orders) => run.items.map((i) => String(i.json.id));

				expect(ids(orders)).toEqual(expect.arrayContaining(Object.values(own.orders)));
				expect(ids(orders)).toEqual(expect.not.arrayContaining(Object.values(other.orders)));
				for (const id of Object.values(other.orders)) expect(ids(orders)).not.toContain(id);
				for (const id of Object.values(other.accounts)) expect(ids(accounts)).not.toContain(id);
				for (const id of other.products) expect(ids(products)).not.toContain(id);
				expect(ids(accounts)).toEqual(expect.arrayContaining(Object.values(own.accounts)));
				expect(ids(products)).toEqual(expect.arrayContaining([...own.products]));
			},
		);
	});

	describe('SHOPLINE: hostile handles are refused before any request', () => {
		const HANDLES = [
			'evil.com#',
			'x.attacker.net/',
			'a/../b',
			'Sandbox-Store',
			'SANDBOX-STORE',
			'a'.repeat(64),
			`${'b'.repeat(63)}x`,
			'-leading-hyphen',
			'sandbox-store.evil.com',
			'sandbox-store@evil.com',
			'',
		];

		it.each(HANDLES)(
			'handle %j: every resource and the trigger refuse it, nothing reaches the override server or the sandbox',
			async (handle) => {
				for (const baseUrlOverride of ['', bareUrl]) {
					const credentials = { handle, baseUrlOverride };
					for (const [resource, rep] of Object.entries(REPRESENTATIVE.shopline)) {
						counts.shoplineHandleRuns += 1;
						const { items, error } = await runNode({
							type: 'shopline',
							parameters: { resource, operation: rep.operation, ...rep.parameters },
							credentials: credentialsFor(sandbox, 'shopline', credentials),
						});
						expect(items).toEqual([]);
						expect(error?.message).toMatch(/store handle .* is not valid/);
					}
					counts.shoplineHandleRuns += 1;
					await expect(
						poll({
							type: 'shoplineTrigger',
							parameters: { events: ['orderCreated'] },
							credentials: credentialsFor(sandbox, 'shopline', credentials),
						}),
					).rejects.toThrow(/store handle .* is not valid/);
				}
				expect(arrived).toEqual([]);
				expect(await sandbox.journal()).toEqual([]);
			},
		);

		it('a valid handle through the same override server does arrive (the probe can see requests)', async () => {
			const { error } = await runNode({
				type: 'shopline',
				parameters: { resource: 'order', operation: 'count' },
				credentials: credentialsFor(sandbox, 'shopline', {
					handle: SHOPLINE.handle,
					baseUrlOverride: bareUrl,
				}),
			});
			expect(error).toBeUndefined();
			expect(arrived).toEqual([`GET /admin/openapi/${SHOPLINE.version}/orders/count.json`]);
		});
	});

	describe('SHOPLINE: a Base URL Override that is not https or loopback http is refused', () => {
		const port = () => (bare.address() as AddressInfo).port;
		const OVERRIDES: Array<[string, () => string]> = [
			['plain http to a public host', () => 'http://example.com'],
			['plain http to a private address', () => 'http://10.0.0.5:8080'],
			['plain http to a look-alike of 127.0.0.1', () => `http://127.0.0.1.attacker.net:${port()}`],
			['plain http to a look-alike of localhost', () => `http://localhost.attacker.net:${port()}`],
			['loopback with user info', () => `http://user:pass@127.0.0.1:${port()}`],
			['loopback with a query', () => `http://127.0.0.1:${port()}/?to=evil.com`],
			['loopback with a fragment', () => `http://127.0.0.1:${port()}/#evil.com`],
			['another scheme', () => `ftp://127.0.0.1:${port()}`],
			['not a URL', () => 'evil.com'],
		];

		it.each(OVERRIDES)(
			'%s: refused with the credential’s message, nothing sent',
			async (_case, override) => {
				for (const [resource, rep] of Object.entries(REPRESENTATIVE.shopline)) {
					counts.overrideRuns += 1;
					const { items, error } = await runNode({
						type: 'shopline',
						parameters: { resource, operation: rep.operation, ...rep.parameters },
						credentials: credentialsFor(sandbox, 'shopline', { baseUrlOverride: override() }),
					});
					expect(items).toEqual([]);
					expect(error?.message).toMatch(
						/Base URL Override (must be https, or http on a loopback address|".*" is not a URL)/,
					);
				}
				expect(arrived).toEqual([]);
				expect(await sandbox.journal()).toEqual([]);
			},
		);
	});
});
