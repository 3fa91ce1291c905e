import type { IDataObject, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { testCredential, type NodeRunResult } from '../support/engine';
import { pickersOf } from '../support/pickers';
import { hookMethod } from '../support/webhook';
import { useSandbox } from '../support/sandbox';
import {
	echoHeaders,
	HOSTILE_SECRETS,
	hostileCredentials,
	startHostile,
	type HostileServer,
	type Seen,
} from './hostile';
import { EVERY_OPERATION } from './operations';
import {
	API_OF,
	credentialsFor,
	descriptionOf,
	isShown,
	NODES,
	operationsOf,
	recordCounts,
	type NodeName,
} from './support';
import {
	CASES,
	CREDENTIAL_TYPE,
	everything,
	listPage,
	PAGED_CASES,
	pickWith,
	pollWith,
	runCase,
	shoplineWebhookWith,
	type Case,
} from './table';

/*
 * The five hardening classes of issue 13, over EVERY operation of the three nodes (the table in
 * operations.ts, checked against the built descriptions), each trigger, each picker and each
 * credential test: redirects are never followed, path IDs stay in their segment, echoed secrets are
 * masked, every item is a plain object, paging cannot loop. A misbehaving API is a loopback server
 * (hostile.ts); the path-ID refusals run against the sandbox, whose journal must stay empty.
 */

const sandbox = useSandbox();
jest.setTimeout(60_000);

let api: HostileServer;
let thief: HostileServer;
beforeAll(async () => {
	api = await startHostile();
	thief = await startHostile(() => ({ status: 200, body: '{"stolen":true}' }));
});
afterAll(async () => {
	await api?.close();
	await thief?.close();
});
beforeEach(() => {
	api.seen = [];
	thief.seen = [];
});

const counts = {
	operations: CASES.length,
	redirectRuns: 0,
	pathIdRuns: 0,
	echoRuns: 0,
	itemRuns: 0,
	pagingRuns: 0,
};
afterAll(() => recordCounts('every-operation', counts));

function runOp(
	c: Case,
	options: {
		hostile?: boolean;
		parameters?: IDataObject;
		items?: IDataObject[];
		continueOnFail?: boolean;
	} = {},
): Promise<NodeRunResult> {
	const credentials =
		options.hostile === false
			? credentialsFor(sandbox, c.node)
			: hostileCredentials(api.url)[c.node];
	return runCase(c, credentials, options);
}

const pollHostile = (node: NodeName) => pollWith(node, hostileCredentials(api.url)[node]);

/** The SHOPLINE Webhook Trigger against the hostile API (an App Secret and loopback http, as the sandbox allows). */
const shoplineWebhook = () => shoplineWebhookWith(hostileCredentials(api.url).shopline.shoplineApi);

const runHostilePicker = (node: NodeName, method: string) =>
	pickWith(node, method, hostileCredentials(api.url)[node]);

const SECRET_VALUES = Object.values(HOSTILE_SECRETS);

describe('hardening › every operation', () => {
	it.each(NODES)('%s: the table has exactly the operations of the built description', (node) => {
		const found = operationsOf(node)
			.map((o) => `${o.resource}.${o.operation}`)
			.sort();
		expect(Object.keys(EVERY_OPERATION[node]).sort()).toEqual(found);
		for (const o of operationsOf(node))
			expect(EVERY_OPERATION[node][`${o.resource}.${o.operation}`].method).toBe(o.method);
	});

	describe('each valid parameter set reaches the API with its method and path (the table is right)', () => {
		it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
			await runOp(c, { hostile: false });
			const journal = await sandbox.journal(API_OF[c.node]);
			expect(journal.map((e) => `${e.method} ${e.path}`)).toContain(`${c.method} ${c.path}`);
		});
	});

	describe('1. redirects are never followed; the error names where they pointed; the other host gets nothing', () => {
		for (const status of [302, 307]) {
			it.each(CASES.map((c) => [c.name, c] as const))(`${status}: %s`, async (_name, c) => {
				counts.redirectRuns += 1;
				api.answer = () => ({ status, headers: { location: `${thief.url}/steal` }, body: '' });
				const { error, items } = await runOp(c);

				expect(items).toEqual([]);
				expect(error?.name).toBe('NodeApiError');
				expect(error?.message).toContain(`redirect (HTTP ${status}) to 127.0.0.1:${thief.port}`);
				expect(api.seen.length).toBe(1);
				expect(thief.seen).toEqual([]);
			});

			it.each(NODES)(
				`${status}: the %s trigger's poll fails loudly naming the target; nothing reaches it`,
				async (node) => {
					api.answer = () => ({ status, headers: { location: `${thief.url}/steal` }, body: '' });
					await expect(pollHostile(node)).rejects.toMatchObject({
						name: 'NodeApiError',
						message: expect.stringContaining(`127.0.0.1:${thief.port}`),
					});
					expect(api.seen.length).toBeGreaterThan(0);
					expect(thief.seen).toEqual([]);
				},
			);

			it.each(NODES)(
				`${status}: every %s picker fails naming the target; nothing reaches it`,
				async (node) => {
					api.answer = () => ({ status, headers: { location: `${thief.url}/steal` }, body: '' });
					const pickers = await pickersOf(node);
					expect(pickers.length).toBeGreaterThan(0);
					for (const method of pickers) {
						await expect(runHostilePicker(node, method)).rejects.toMatchObject({
							message: expect.stringContaining(`127.0.0.1:${thief.port}`),
						});
					}
					expect(api.seen.length).toBeGreaterThanOrEqual(pickers.length);
					expect(thief.seen).toEqual([]);
				},
			);

			it.each(['checkExists', 'create', 'delete'] as const)(
				`${status}: the SHOPLINE Webhook Trigger's %s (its subscription requests) follows no redirect`,
				async (method) => {
					api.answer = () => ({ status, headers: { location: `${thief.url}/steal` }, body: '' });
					// A remembered subscription, so that delete sends its DELETE too.
					const result = await hookMethod(
						{
							...shoplineWebhook(),
							staticData: { subscriptions: { 'orders/paid': '4000000000000123' } },
						},
						method,
					);
					// delete keeps what it could not remove and reports false; the others fail naming the target.
					if (method === 'delete') expect(result.result).toBe(false);
					else expect(result.error?.message).toContain(`127.0.0.1:${thief.port}`);
					if (method === 'delete') expect(api.seen.map((r) => r.method)).toContain('DELETE');
					expect(api.seen.length).toBeGreaterThan(0);
					expect(thief.seen).toEqual([]);
				},
			);

			it.each(NODES)(
				`${status}: the %s credential test fails; nothing reaches the other host`,
				async (node) => {
					api.answer = () => ({ status, headers: { location: `${thief.url}/steal` }, body: '' });
					const type = CREDENTIAL_TYPE[node];
					const result = await testCredential(
						type,
						hostileCredentials(api.url)[node][type as never],
					);
					expect(result.status).toBe('Error');
					expect(api.seen.length).toBe(1);
					expect(thief.seen).toEqual([]);
				},
			);
		}
	});

	describe('2. path IDs stay in their segment', () => {
		const BAD: Array<[string, string, RegExp]> = [
			['".."', '..', /cannot be "\.\."/],
			['"."', '.', /cannot be "\."/],
			['" .. " (spaces around)', ' .. ', /cannot be "\.\."/],
			['a lone UTF-16 surrogate', 'x\uD800', /broken character/],
			['blank after trimming', '   ', /is required/],
		];
		const label = (p: INodeProperties) => p.displayName.replace(/ Name or ID$/, '');
		const withIds = CASES.filter((c) => c.ids?.length);
		for (const c of withIds) {
			for (const id of c.ids!) {
				const description = descriptionOf(c.node);
				const property = description.properties.find(
					(p) =>
						p.name === id &&
						isShown(
							p,
							{ resource: c.resource, operation: c.operation, ...c.parameters },
							description,
						),
				);
				it.each(BAD)(
					`${c.name} › ${id} = %s: refused naming the field, nothing sent`,
					async (_what, value, problem) => {
						counts.pathIdRuns += 1;
						expect(property).toBeDefined();
						const { error } = await runOp(c, { hostile: false, parameters: { [id]: value } });
						expect(error?.message).toMatch(new RegExp(`^${label(property!)}: `));
						expect(error?.message).toMatch(problem);
						expect(await sandbox.journal(API_OF[c.node])).toEqual([]);
					},
				);
			}
		}

		// SHOPLINE IDs are digits only (checked after the segment rule), so this one is for the other two.
		const WEIRD = 'a/b?c#d%2e.';
		for (const c of withIds.filter((w) => w.node !== 'shopline')) {
			it(`${c.name}: an ID with / ? # % is sent as exactly one encoded segment`, async () => {
				counts.pathIdRuns += 1;
				api.answer = () => ({ status: 200, body: '{"data":{"id":1}}' });
				const id = c.ids![0];
				await runOp(c, { parameters: { [id]: WEIRD } });
				const valid = String(c.parameters[id]);
				const prefix = c.node === 'fulfillbot' ? '/fulfillbot/api/v1/open' : '/s2';
				expect(api.seen.map((s) => s.url.split('?')[0])).toContain(
					prefix + c.path.replace(valid, encodeURIComponent(WEIRD)),
				);
			});
		}
	});

	describe('3. secrets an API echoes never reach errors or items', () => {
		const ECHOES: Array<
			[
				string,
				(request: Seen) => { status: number; headers?: Record<string, string>; body: string },
			]
		> = [
			[
				'500 JSON quoting the Authorization header',
				(r) => ({
					status: 500,
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({
						message: `Internal error for ${String(r.headers.authorization)}`,
						errors: `org ${String(r.headers['x-s2-organization'])}`,
						headers: echoHeaders(r),
					}),
				}),
			],
			[
				'401 JSON quoting every header',
				(r) => ({
					status: 401,
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ message: echoHeaders(r), errors: [echoHeaders(r)] }),
				}),
			],
			[
				'200 HTML page with the headers',
				(r) => ({
					status: 200,
					headers: { 'content-type': 'text/html' },
					body: `<html><body><pre>${echoHeaders(r)}</pre></body></html>`,
				}),
			],
		];
		for (const [what, answer] of ECHOES) {
			it.each(CASES.map((c) => [c.name, c] as const))(
				`${what}: %s (plain and Continue On Fail)`,
				async (_name, c) => {
					counts.echoRuns += 2;
					api.answer = answer;
					const plain = await runOp(c);
					const tolerant = await runOp(c, { continueOnFail: true });

					// The API did receive (and echo) the secret: the test can fail.
					expect(
						SECRET_VALUES.some((s) => String(api.seen[0]?.headers.authorization).includes(s)),
					).toBe(true);
					expect(plain.error).toBeDefined();
					expect(tolerant.items.length).toBeGreaterThan(0);
					const text =
						everything(plain.error) +
						everything(plain.items) +
						everything(tolerant.items) +
						everything(tolerant.items.map((i) => i.error));
					for (const secret of SECRET_VALUES) expect(text).not.toContain(secret);
					// Masked where it was kept (a create's unknown-outcome error keeps no body at all).
					if (!c.moneyMoving) expect(text).toContain('[redacted]');
				},
			);
		}

		it("the SHOPLINE Webhook Trigger's activation: an echoing 500 leaves no token in its error", async () => {
			api.answer = (r) => ({
				status: 500,
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ errors: `failed for ${String(r.headers.authorization)}` }),
			});
			const { error } = await hookMethod(shoplineWebhook(), 'create');
			expect(String(api.seen[0]?.headers.authorization)).toContain(HOSTILE_SECRETS.shoplineToken);
			expect(error).toBeDefined();
			expect(everything(error)).not.toContain(HOSTILE_SECRETS.shoplineToken);
			expect(everything(error)).toContain('[redacted]');
		});

		it.each(CASES.filter((c) => c.method === 'GET').map((c) => [c.name, c] as const))(
			'200 JSON echoing the Authorization header: %s items carry no key or token',
			async (_name, c) => {
				counts.echoRuns += 1;
				api.answer = (r) => ({
					status: 200,
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({
						data: { echo: String(r.headers.authorization) },
						orders: [{ id: '1', echo: String(r.headers.authorization) }],
						echo: String(r.headers.authorization),
					}),
				});
				const { items, error } = await runOp(c);
				const text = everything(items) + everything(error);
				for (const secret of [
					HOSTILE_SECRETS.fulfillbotKey,
					HOSTILE_SECRETS.s2Token,
					HOSTILE_SECRETS.shoplineToken,
				])
					expect(text).not.toContain(secret);
			},
		);
	});

	describe("S2's own message for 400, 404 and 422, on every S2 operation", () => {
		const s2Cases = CASES.filter((c) => c.node === 's2');
		for (const status of [400, 404, 422]) {
			it.each(s2Cases.map((c) => [c.name, c] as const))(`${status}: %s`, async (_name, c) => {
				const reference = '6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f';
				api.answer = () => ({
					status,
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ message: `S2 says no (${status}) reference ID: ${reference}` }),
				});
				const { error } = await runOp(c);
				expect(error).toMatchObject({
					name: 'NodeApiError',
					httpCode: String(status),
					message: `S2 says no (${status})`,
				});
				expect(String((error as { description?: unknown }).description)).toContain(reference);
			});
		}
	});

	describe('4. every item is a plain object; a create that names no record is an unknown outcome', () => {
		const isPlainObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
		const expectObjects = (items: INodeExecutionData[]) =>
			items.forEach((item) => expect(isPlainObject(item.json)).toBe(true));

		it.each(CASES.map((c) => [c.name, c] as const))(
			'a list of scalars [1, "two", true] and an empty 200: %s',
			async (_name, c) => {
				counts.itemRuns += 2;
				api.answer = () => ({
					status: 200,
					headers: { 'content-type': 'application/json' },
					body: '[1, "two", true]',
				});
				const scalars = await runOp(c);
				expectObjects(scalars.items);
				// A list answer that is not a list yields no records; anything else yields its items.
				const list = c.list || 'limit' in c.parameters;
				if (!scalars.error && !list) expect(scalars.items.length).toBeGreaterThan(0);

				api.seen = [];
				api.answer = () => ({ status: 200, body: '' });
				const empty = await runOp(c);
				expectObjects(empty.items);
				if (c.moneyMoving) {
					expect(empty.error?.message).toMatch(/did not confirm/);
					expect(String((empty.error as { description?: unknown }).description)).toMatch(
						/may or may not have been created/,
					);
					expect(api.seen.filter((s) => s.method === c.method)).toHaveLength(1);
				} else if (!empty.error && !list) {
					expect(empty.items.length).toBeGreaterThan(0);
				}
			},
		);
	});

	describe('5. paging cannot loop and never passes the API’s total', () => {
		const pagedCases = PAGED_CASES;
		const records = (from: number, n: number) =>
			Array.from({ length: n }, (_, i) => ({ id: `r${from + i}` }));
		const page = (c: Pick<Case, 'node'>, recs: IDataObject[], total?: number, next?: string) => {
			const { body, headers } = listPage(c.node, api.url, recs, total, next);
			return { body, headers: headers.link ? { link: headers.link } : undefined };
		};

		it('the list operations are found in the description', () => {
			expect(pagedCases.map((c) => c.name).length).toBeGreaterThanOrEqual(14);
		});

		it.each(pagedCases.map((c) => [c.name, c] as const))(
			'an API repeating the same full page (or cursor) forever: %s stops with a clear error',
			async (_name, c) => {
				counts.pagingRuns += 1;
				api.answer = () => {
					const { body, headers } = page(c, records(0, 100), 1_000_000, 'same-cursor');
					return { status: 200, headers: { 'content-type': 'application/json', ...headers }, body };
				};
				const { error } = await runOp(c, { parameters: { returnAll: true } });
				expect(error?.message).toMatch(/paging went wrong/);
				expect(api.seen.length).toBeLessThanOrEqual(3);
			},
		);

		it.each(pagedCases.map((c) => [c.name, c] as const))(
			'a list of exactly 200 records: %s asks for 2 pages and returns 200 items',
			async (_name, c) => {
				counts.pagingRuns += 1;
				api.answer = (r) => {
					const query = new URL(r.url, api.url).searchParams;
					const start =
						c.node === 'fulfillbot'
							? (Number(query.get('page') ?? 1) - 1) * 100
							: c.node === 's2'
								? Number(query.get('offset') ?? 0)
								: query.get('page_info') === 'p2'
									? 100
									: 0;
					const { body, headers } = page(
						c,
						records(start, 100),
						200,
						start === 0 ? 'p2' : undefined,
					);
					return { status: 200, headers: { 'content-type': 'application/json', ...headers }, body };
				};
				const { items, error } = await runOp(c, { parameters: { returnAll: true } });
				expect(error).toBeUndefined();
				expect(items).toHaveLength(200);
				expect(new Set(items.map((i) => i.json.id)).size).toBe(200);
				expect(api.seen).toHaveLength(2);
			},
		);

		it.each(NODES)(
			'the %s trigger: an API repeating its first page forever fails the poll instead of looping',
			async (node) => {
				counts.pagingRuns += 1;
				api.answer = (r) => {
					const c = { node } as Case;
					const recs =
						node === 'shopline'
							? records(0, 100).map((o) => ({ ...o, updated_at: '2026-03-01T00:00:00+08:00' }))
							: records(0, 100).map((o) => ({ ...o, status: 'pending' }));
					const { body, headers } = page(c, recs, 1_000_000, 'same-cursor');
					void r;
					return { status: 200, headers: { 'content-type': 'application/json', ...headers }, body };
				};
				await expect(pollHostile(node)).rejects.toThrow(/paging went wrong/);
				expect(api.seen.length).toBeLessThanOrEqual(3);
			},
		);
	});
});
