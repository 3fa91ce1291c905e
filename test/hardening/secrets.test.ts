/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import { inspect } from 'node:util';

import { Logger } from '@n8n/backend-common';
import { Container } from '@n8n/di';
import { LoggerProxy, type IDataObject, type INodeParameters } from 'n8n-workflow';

import { FULFILLBOT_KEYS, S2, SHOPLINE } from '../../sandbox/src';
import { poll, runNode, type NodeRunResult } from '../support/engine';
import { useSandbox, type FaultSpec } from '../support/sandbox';
import {
	API_OF,
	credentialsFor,
	NODES,
	recordCounts,
	REPRESENTATIVE,
	SECRETS,
	type NodeName,
	type Representative,
} from './support';

/*
 * Secrets scan: operations and trigger polls that fail in many ways (wrong tokens, 401/403/500
 * faults, API refusals, timeouts, refused connections, credentials refused before sending,
 * continueOnFail items). Every output item, error message and description, JSON.stringify(error),
 * util.inspect(error) (the cause chain included), the run data n8n would persist and every line
 * the n8n logger received are scanned for every secret: the seeded keys and tokens and the wrong
 * ones the runs use.
 */

const sandbox = useSandbox();
jest.setTimeout(30_000);

const WRONG: Record<NodeName, IDataObject> = {
	fulfillbot: { apiKey: 'sk-hardening-wrong-key-7f3a9c' },
	s2: { accessToken: 's2-hardening-wrong-token-7f3a9c' },
	shopline: { accessToken: 'shopline-hardening-wrong-token-7f3a9c' },
};
const ALL_SECRETS = [...SECRETS, ...Object.values(WRONG).map((w) => String(Object.values(w)[0]))];

/** Every line the n8n logger (n8n-core's Container Logger and n8n-workflow's LoggerProxy) received. */
const logLines: string[] = [];
const record =
	(level: string) =>
	(message: unknown, meta?: unknown): void => {
		logLines.push(
			`${level} ${String(message)} ${safeJson(meta)} ${meta instanceof Error ? inspect(meta, { depth: 8 }) : ''}`,
		);
	};
const recordingLogger = {
	error: record('error'),
	warn: record('warn'),
	info: record('info'),
	debug: record('debug'),
	verbose: record('verbose'),
	scoped: () => recordingLogger,
};

beforeAll(() => {
	Container.set(Logger, recordingLogger as unknown as Logger);
	LoggerProxy.init(recordingLogger as never);
});

function safeJson(value: unknown): string {
	try {
		return JSON.stringify(value) ?? '';
	} catch {
		return inspect(value, { depth: 8 });
	}
}

const counts = { runs: 0, polls: 0, errorsScanned: 0, itemsScanned: 0, logLines: 0, hits: 0 };
const hits: string[] = [];
afterAll(() => recordCounts('secrets', { ...counts, logLines: logLines.length }));

/** Scans texts for every secret; records hits (with where) so the final test can list them. */
function scan(where: string, ...texts: string[]): void {
	for (const text of texts) {
		for (const secret of ALL_SECRETS) {
			if (text.includes(secret)) {
				counts.hits += 1;
				hits.push(`${where}: ${secret}`);
			}
		}
	}
}

function scanError(where: string, error: unknown): void {
	if (!error) return;
	counts.errorsScanned += 1;
	const e = error as { message?: unknown; description?: unknown; stack?: unknown };
	scan(
		where,
		String(e.message ?? ''),
		String(e.description ?? ''),
		String(e.stack ?? ''),
		safeJson(error),
		inspect(error, { depth: 10 }),
	);
}

function scanResult(where: string, result: NodeRunResult): void {
	scanError(where, result.error);
	counts.itemsScanned += result.items.length;
	for (const item of result.items) {
		scan(where, safeJson(item.json));
		scanError(where, item.error);
	}
	scan(where, safeJson(result.run.data.resultData));
}

async function runAndScan(
	where: string,
	node: NodeName,
	resource: string,
	rep: Representative,
	credentials: IDataObject,
	continueOnFail = false,
) {
	counts.runs += 1;
	const result = await runNode({
		type: node,
		parameters: {
			resource,
			operation: rep.operation,
			...rep.parameters,
			requestOptions: { timeout: 1000 },
		},
		credentials: credentialsFor(sandbox, node, credentials),
		items: continueOnFail ? [{ n: 0 }, { n: 1 }] : [{ n: 0 }],
		continueOnFail,
	});
	scanResult(where, result);
	return result;
}

/** Runs the representative operation plain and with continueOnFail; both must fail (else the case proves nothing). */
async function failBoth(
	where: string,
	node: NodeName,
	resource: string,
	credentials: IDataObject = {},
) {
	const rep = REPRESENTATIVE[node][resource];
	const [plain, tolerant] = await Promise.all([
		runAndScan(where, node, resource, rep, credentials),
		runAndScan(`${where} (continueOnFail)`, node, resource, rep, credentials, true),
	]);
	expect(plain.error).toBeDefined();
	expect(tolerant.items.map((i) => typeof i.json.error)).toEqual(['string', 'string']);
}

const ENTRIES = NODES.flatMap((node) =>
	Object.keys(REPRESENTATIVE[node]).map((resource) => [node, resource] as [NodeName, string]),
);

describe('hardening › secrets never leak', () => {
	describe.each(ENTRIES)('%s › %s', (node, resource) => {
		const rep = REPRESENTATIVE[node][resource];
		const fault = (spec: Pick<FaultSpec, 'kind' | 'status'>) =>
			sandbox.fault({
				api: API_OF[node],
				method: rep.target.method,
				path: rep.target.path,
				count: 3,
				...spec,
			});

		it('a wrong token (the API answers 401)', async () => {
			await failBoth('wrong token', node, resource, WRONG[node]);
		});

		it.each([401, 403, 500])('an injected %i', async (status) => {
			await fault({ kind: 'status', status });
			await failBoth(`fault ${status}`, node, resource);
		});

		it('nothing listening (connection refused)', async () => {
			const closed = 'http://127.0.0.1:9';
			const base: Record<NodeName, IDataObject> = {
				fulfillbot: { baseUrl: closed },
				s2: { baseUrl: closed },
				shopline: { baseUrlOverride: closed },
			};
			await failBoth('connection refused', node, resource, base[node]);
		});
	});

	it('no answer (1 s timeout), every resource at once', async () => {
		for (const [node, resource] of ENTRIES) {
			const rep = REPRESENTATIVE[node][resource];
			await sandbox.fault({
				api: API_OF[node],
				method: rep.target.method,
				path: rep.target.path,
				count: 3,
				kind: 'hang',
			});
		}
		await Promise.all(
			ENTRIES.map(([node, resource]) => failBoth(`hang ${node}.${resource}`, node, resource)),
		);
	});

	it.each<[string, NodeName, string, IDataObject]>([
		[
			'Fulfillbot read-only key on a create (403 scope)',
			'fulfillbot',
			'purchaseOrder',
			{ apiKey: FULFILLBOT_KEYS.readOnly },
		],
		[
			'Fulfillbot products+cart key on the profile (403 scope)',
			'fulfillbot',
			'profile',
			{ apiKey: FULFILLBOT_KEYS.productsCart },
		],
		[
			'Fulfillbot key without the sk- prefix',
			'fulfillbot',
			'profile',
			{ apiKey: 'hardening-no-prefix' },
		],
		['S2 beta-only token in org A (403)', 's2', 'account', { accessToken: S2.tokenBetaOnly }],
		[
			'S2 Organization ID that is not a UUID (refused before sending)',
			's2',
			'order',
			{ organizationId: 'not-a-uuid' },
		],
		[
			'SHOPLINE frozen store (402)',
			'shopline',
			'order',
			{ handle: SHOPLINE.frozenHandle, accessToken: SHOPLINE.frozenToken, baseUrlOverride: '' },
		],
		[
			'SHOPLINE locked store (423)',
			'shopline',
			'fulfillment',
			{ handle: SHOPLINE.lockedHandle, accessToken: SHOPLINE.lockedToken, baseUrlOverride: '' },
		],
		[
			'SHOPLINE other store’s token (401)',
			'shopline',
			'fulfillmentOrder',
			{ accessToken: SHOPLINE.otherToken },
		],
		[
			'SHOPLINE handle injection (refused before sending)',
			'shopline',
			'order',
			{ handle: 'evil.com#' },
		],
		[
			'SHOPLINE plain-http non-loopback override (refused before sending)',
			'shopline',
			'order',
			{ baseUrlOverride: 'http://example.com/shopline/sandbox-store' },
		],
	])('API and credential refusals: %s', async (_name, node, resource, credentials) => {
		const fixed = { ...credentials };
		// Frozen / locked stores live in the sandbox: point the override at their own store path.
		if (fixed.baseUrlOverride === '')
			fixed.baseUrlOverride = sandbox.shoplineStoreUrl(String(fixed.handle));
		await failBoth(_name, node, resource, fixed);
	});

	describe('trigger polls', () => {
		const TRIGGERS: Array<{
			node: NodeName;
			type: string;
			path: string;
			parameters: INodeParameters;
		}> = [
			{
				node: 'fulfillbot',
				type: 'fulfillbotTrigger',
				path: '/orders',
				parameters: { events: ['purchaseOrderStatusChanged'] },
			},
			{
				node: 's2',
				type: 's2Trigger',
				path: '/order',
				parameters: { events: ['orderStatusChanged'] },
			},
			{
				node: 'shopline',
				type: 'shoplineTrigger',
				path: '/orders.json',
				parameters: { events: ['orderCreated'] },
			},
		];

		async function pollAndScan(
			where: string,
			trigger: (typeof TRIGGERS)[number],
			credentials: IDataObject,
			staticData?: IDataObject,
		) {
			counts.polls += 1;
			try {
				const result = await poll({
					type: trigger.type,
					parameters: trigger.parameters,
					credentials: credentialsFor(sandbox, trigger.node, credentials),
					staticData,
				});
				scan(where, safeJson(result));
				return { result, error: undefined };
			} catch (error) {
				scanError(where, error);
				return { result: undefined, error };
			}
		}

		/** The trigger's list request answers `status`, `count` times. */
		const failPolls = (trigger: (typeof TRIGGERS)[number], status: number, count: number) =>
			sandbox.fault({
				api: API_OF[trigger.node],
				method: 'GET',
				path: trigger.path,
				kind: 'status',
				status,
				count,
			});

		describe.each(TRIGGERS)('$type', (trigger) => {
			it('first poll with a wrong token fails loudly', async () => {
				const { error } = await pollAndScan('poll wrong token', trigger, WRONG[trigger.node]);
				// The API's own 401, as a NodeApiError whose hint points at the credential.
				expect(error).toMatchObject({ name: 'NodeApiError', httpCode: '401' });
				expect((error as Error).message).toMatch(/\S/);
				expect((error as Error).message).not.toMatch(/TypeError|undefined/);
				expect(String((error as { description?: unknown }).description)).toMatch(/credential/i);
			});

			it.each([401, 403, 500])('first poll against an injected %i fails loudly', async (status) => {
				await failPolls(trigger, status, 5);
				const { error } = await pollAndScan(`poll fault ${status}`, trigger, {});
				// Loud on the first poll (nothing saved yet): the injected status, as a NodeApiError with the API's message.
				expect(error).toMatchObject({ name: 'NodeApiError', httpCode: String(status) });
				expect((error as Error).message).toMatch(/\S/);
				expect((error as Error).message).not.toMatch(/TypeError|undefined/);
			});

			// Since issue 15 a 429 is waited out (the rate budget, shared/transport/pacedSend.ts): the poll meets both
			// injected 429s, waits the time each gives, and succeeds.
			it('first poll against two injected 429s waits them out and succeeds', async () => {
				await failPolls(trigger, 429, 2);
				const { error } = await pollAndScan('poll fault 429', trigger, {});
				expect(error).toBeUndefined();
				const sent = (await sandbox.journal(API_OF[trigger.node])).filter(
					(e) => e.path === trigger.path || e.path.endsWith(trigger.path),
				);
				expect(sent.filter((e) => e.status === 429)).toHaveLength(2);
				expect(sent.filter((e) => e.status === 200).length).toBeGreaterThan(0);
			});

			it('later polls: a 500 and a refused connection are logged and retried; 429s are waited out', async () => {
				const first = await pollAndScan('poll baseline', trigger, {});
				expect(first.error).toBeUndefined();
				const before = logLines.length;
				for (const status of [500, 429]) {
					await failPolls(trigger, status, status === 429 ? 2 : 5);
					const later = await pollAndScan(
						`later poll fault ${status}`,
						trigger,
						{},
						first.result!.staticData,
					);
					expect(later.error).toBeUndefined();
					await sandbox.reset();
				}
				const refused: Record<NodeName, IDataObject> = {
					fulfillbot: { baseUrl: 'http://127.0.0.1:9' },
					s2: { baseUrl: 'http://127.0.0.1:9' },
					shopline: { baseUrlOverride: 'http://127.0.0.1:9' },
				};
				const down = await pollAndScan(
					'later poll refused',
					trigger,
					refused[trigger.node],
					first.result!.staticData,
				);
				expect(down.error).toBeUndefined();
				// The swallowed failures were logged (so the logger scan below has something to read).
				expect(
					logLines.slice(before).filter((l) => l.startsWith('warn')).length,
				).toBeGreaterThanOrEqual(2);
			});
		});
	});

	it('no secret in any output, error or log line', () => {
		counts.logLines = logLines.length;
		for (const line of logLines) scan('logger', line);
		expect(counts.runs).toBeGreaterThan(100);
		expect(logLines.length).toBeGreaterThan(0);
		expect(hits).toEqual([]);
	});
});
