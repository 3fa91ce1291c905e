/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev-only code, never packed (package.json files: ["dist"]) */
/**
 * `npm run bench:volume`: the "Volume under rate limits" section of bench/results.md, on its own.
 * The sandbox runs with its limits ON, in a window scaled 10× (Fulfillbot 60 requests per 6 s instead
 * of per minute; SHOPLINE's bucket of 40 draining 40 a second instead of 4) so a run takes minutes,
 * not an hour. For each API: 300 items of a read, 300 money-moving creates, and Return All over 3,000
 * records, through n8n-core's engine in-process; the figures are wall time against the floor the
 * limit sets, failed items, 429s met and (creates) requests sent. Then a 429 storm on S2: S2 documents
 * no limit, so the sandbox imposes one (fixed window per token, 429 + Retry-After: 1) and 200 reads
 * show the requests, 429s and wall time against the floor while the node learns the rate. Beside it,
 * report only: the same 300 reads with n8n's HTTP Request node in the real n8n (BENCH_SKIP_N8N=1 skips it).
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import {
	FULFILLBOT_USER_ID,
	S2_SEED,
	SHOPLINE,
	startSandbox,
	type JournalEntry,
	type RateLimitConfig,
	type RunningSandbox,
} from '../sandbox/src';
import { manualWorkflow, RealN8n, type WorkflowNode } from '../test/e2e/support/n8n';
import { runNode, type NodeRunResult } from '../test/support/engine';
import { forgetRateBudgets } from '../test/support/sandbox';
import { fanOutNode, shoplineHeaderCredential } from './n8nNodes';
import { writeResultsSection } from './results';
import { sandboxClient, type Api } from './sandboxClient';
import { generateState, writeState } from './state';

const RESULTS = path.join(__dirname, 'results.md');
const SKIP_N8N = process.env.BENCH_SKIP_N8N === '1';
const ITEMS = 300;
const RECORDS = 3000;
const SCALE = 10;
const FB_LIMIT = 60;
const FB_WINDOW_S = 60 / SCALE;
const SL_BURST = 40;
const SL_LEAK = 4 * SCALE;
const LIMITS: RateLimitConfig = {
	fulfillbot: { limit: FB_LIMIT, windowSeconds: FB_WINDOW_S },
	shopline: { burst: SL_BURST, leakPerSecond: SL_LEAK },
	s2: null,
};
const OFF: RateLimitConfig = { fulfillbot: null, shopline: null, s2: null };
/** The S2 storm: reads in one node run, against these limits (requests a second, 1-second windows). */
const STORM_READS = 200;
const STORM_LIMITS = [10, 5, 20];
const START = '<!-- volume:start -->';
const END = '<!-- volume:end -->';

const say = (text: string) => process.stdout.write(`${text}\n`);
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

let sandbox: RunningSandbox;

const sandboxApi = sandboxClient(() => sandbox);
const { control, journal } = sandboxApi;

async function fresh(limits: RateLimitConfig): Promise<void> {
	await control('POST', '/config', { rateLimits: limits });
	await control('DELETE', '/journal');
	await forgetRateBudgets();
}

const creds = () => ({
	fulfillbot: sandboxApi.credentialsOf('fulfillbot'),
	s2: sandboxApi.credentialsOf('s2'),
	shopline: sandboxApi.credentialsOf('shopline'),
});

/** The least time N requests can take under the limit (ms): full windows to wait, or the bucket's drain. */
function limitFloorMs(api: Api, requests: number, fbWindowS = FB_WINDOW_S): number {
	if (api === 'fulfillbot') return (Math.ceil(requests / FB_LIMIT) - 1) * fbWindowS * 1000;
	if (api === 'shopline') return (Math.max(0, requests - SL_BURST) / SL_LEAK) * 1000;
	return 0; // S2: no documented limit
}

interface Case {
	api: Api;
	label: string;
	/** Requests the case needs (for the floor). */
	requests: number;
	run(): Promise<NodeRunResult>;
	/** Requests that count for the case (a create's POSTs). */
	sent?: (journal: JournalEntry[]) => number;
	expectItems: number;
	/** Reads: measured 3 times (median), as sub-second runs are noisy. */
	repeat?: boolean;
	/** Run at the documented window instead of the scaled one (Fulfillbot, 60 per 60 s). */
	documented?: boolean;
}

interface Row {
	api: Api;
	label: string;
	wallMs: number;
	unlimitedMs: number;
	floorMs: number;
	items: number;
	failed: number;
	limited: number;
	sent?: number;
	expectItems: number;
}

/** The node's Rate Limit option: pacing off for the limits-off baseline; SHOPLINE set to the scaled bucket. */
let paced = true;
const rateOption = (api: Api): IDataObject => ({
	rateLimit: !paced
		? { pace: false }
		: api === 'shopline'
			? { requestsPerSecond: SL_LEAK, burst: SL_BURST }
			: {},
});

function cases(state: { shoplineOrders: Array<{ id: string; lineId: string }> }): Case[] {
	const c = creds();
	const many = (n: number) => Array.from({ length: n }, (_, i) => ({ i }));
	const posts = (pathName: string) => (j: JournalEntry[]) =>
		j.filter((e) => e.method === 'POST' && e.path.endsWith(pathName)).length;
	let shoplineBatch = 0;
	/** Order → Get Many with Return All over the RECORDS orders (pages of 100). */
	const returnAllOrders = (api: 'shopline' | 's2'): Case => ({
		api,
		label: `Return All, ${RECORDS.toLocaleString('en-US')} orders`,
		repeat: true,
		requests: Math.ceil(RECORDS / 100),
		expectItems: -1,
		run: () =>
			runNode({
				type: api,
				parameters: { resource: 'order', operation: 'getAll', returnAll: true, ...rateOption(api) },
				credentials: c[api],
			}),
	});
	const profileGets = () =>
		runNode({
			type: 'fulfillbot',
			parameters: { resource: 'profile', operation: 'get', ...rateOption('fulfillbot') },
			credentials: c.fulfillbot,
			items: many(ITEMS),
		});
	return [
		{
			api: 'fulfillbot',
			label: `${ITEMS} items → Profile → Get`,
			requests: ITEMS,
			expectItems: ITEMS,
			run: profileGets,
		},
		{
			api: 'fulfillbot',
			label: `${ITEMS} items → Purchase Order → Create`,
			requests: ITEMS,
			expectItems: ITEMS,
			sent: posts('/orders'),
			run: () =>
				runNode({
					type: 'fulfillbot',
					parameters: {
						resource: 'purchaseOrder',
						operation: 'create',
						inputMode: 'fields',
						items: { item: [{ productId: '12345', skuId: 's001', quantity: 1 }] },
						...rateOption('fulfillbot'),
					},
					credentials: c.fulfillbot,
					items: many(ITEMS),
				}),
		},
		{
			api: 'fulfillbot',
			label: `Return All, ${RECORDS.toLocaleString('en-US')} purchase orders`,
			repeat: true,
			requests: Math.ceil(RECORDS / 100) + 1,
			expectItems: -1,
			run: () =>
				runNode({
					type: 'fulfillbot',
					parameters: {
						resource: 'purchaseOrder',
						operation: 'getAll',
						returnAll: true,
						...rateOption('fulfillbot'),
					},
					credentials: c.fulfillbot,
				}),
		},
		{
			api: 'shopline',
			label: `${ITEMS} items → Order → Count`,
			requests: ITEMS,
			expectItems: ITEMS,
			run: () =>
				runNode({
					type: 'shopline',
					parameters: { resource: 'order', operation: 'count', ...rateOption('shopline') },
					credentials: c.shopline,
					items: many(ITEMS),
				}),
		},
		{
			api: 'shopline',
			label: `${ITEMS} items → Fulfillment → Create (one per order)`,
			requests: ITEMS,
			expectItems: ITEMS,
			sent: posts('/fulfillments.json'),
			run: () => {
				// Each run (limited, unlimited) fulfils its own 300 orders.
				const orders = state.shoplineOrders.slice(
					shoplineBatch * ITEMS,
					(shoplineBatch + 1) * ITEMS,
				);
				shoplineBatch += 1;
				return runNode({
					type: 'shopline',
					parameters: {
						resource: 'fulfillment',
						operation: 'create',
						orderId: '={{ $json.orderId }}',
						lineItemsSource: 'fields',
						lineItems: { item: [{ id: '={{ $json.lineId }}', quantity: 1 }] },
						...rateOption('shopline'),
					},
					credentials: c.shopline,
					items: orders.map((o) => ({ orderId: o.id, lineId: o.lineId })),
				});
			},
		},
		returnAllOrders('shopline'),
		{
			api: 's2',
			label: `${ITEMS} items → Inventory → Get Overview`,
			repeat: true,
			requests: ITEMS,
			expectItems: ITEMS,
			run: () =>
				runNode({
					type: 's2',
					parameters: { resource: 'inventory', operation: 'getOverview', ...rateOption('s2') },
					credentials: c.s2,
					items: many(ITEMS),
				}),
		},
		{
			api: 's2',
			label: `${ITEMS} items → Fulfillment → Create`,
			requests: ITEMS,
			expectItems: ITEMS,
			sent: posts('/fulfillment'),
			run: () =>
				runNode({
					type: 's2',
					parameters: {
						resource: 'fulfillment',
						operation: 'create',
						addressName: 'Jane Doe',
						address1: '42 Main St',
						addressCity: 'Springfield',
						addressCountryId: 'US',
						items: { item: [{ productId: S2_SEED.orgA.products[0], quantity: 1 }] },
						...rateOption('s2'),
					},
					credentials: c.s2,
					items: many(ITEMS),
				}),
		},
		returnAllOrders('s2'),
		{
			api: 'fulfillbot',
			label: `${ITEMS} items → Profile → Get, at the documented window (60 per 60 s)`,
			requests: ITEMS,
			expectItems: ITEMS,
			documented: true,
			run: profileGets,
		},
	];
}

async function measure(
	c: Case,
	limits: RateLimitConfig,
): Promise<{ ms: number; result: NodeRunResult; journal: JournalEntry[] }> {
	await fresh(limits);
	paced = limits !== OFF;
	const t0 = Date.now();
	const result = await c.run();
	const ms = Date.now() - t0;
	return { ms, result, journal: await journal(c.api) };
}

function failedItems(result: NodeRunResult, expectItems: number): number {
	if (result.error) return expectItems > 0 ? expectItems : 1; // the node stopped: every item counts as failed
	return result.items.filter((item) => item.json.error !== undefined || item.error).length;
}

// ---------------------------------------------------------------- S2: a 429 storm

/** What both reports give per row: the wall time, and the items failed and requests refused (429). */
interface RunFigures {
	label: string;
	wallMs: number;
	limited: number;
	failed: number;
}

interface StormRow extends RunFigures {
	floorMs: number;
	requests: number;
}

/** 200 reads of S2 in one node run, against each limit; first with Pace Requests off (no learning). */
async function s2Storm(): Promise<StormRow[]> {
	const c = creds();
	const reads = (pace: boolean) => async () =>
		await runNode({
			type: 's2',
			parameters: {
				resource: 'inventory',
				operation: 'getOverview',
				...(pace ? {} : { rateLimit: { pace: false } }),
			},
			credentials: c.s2,
			items: Array.from({ length: STORM_READS }, (_, i) => ({ i })),
		});
	const rows: StormRow[] = [];
	const one = async (label: string, limit: number | null, pace: boolean, floorMs: number) => {
		await fresh({ ...OFF, s2: limit === null ? null : { limit, windowSeconds: 1 } });
		const t0 = Date.now();
		const result = await reads(pace)();
		const wallMs = Date.now() - t0;
		const sent = (await journal('s2')).filter((e) => e.path === '/inventory/overview');
		const row: StormRow = {
			label,
			wallMs,
			floorMs: floorMs > 0 ? floorMs : wallMs, // no limit, nothing held: the run is its own floor
			requests: sent.length,
			limited: sent.filter((e) => e.status === 429).length,
			failed: failedItems(result, STORM_READS),
		};
		rows.push(row);
		say(
			`s2 storm ${label}: ${secs(wallMs)} (floor ${secs(row.floorMs)}), ${row.requests} requests, ${row.limited} × 429 (${((100 * row.limited) / Math.max(1, row.requests)).toFixed(1)}%), ${row.failed} failed`,
		);
		return row;
	};
	// No limit: Pace Requests off (nothing held at all) as the floor, then the default (learning on).
	const free = await one('no limit, Pace Requests off', null, false, 0);
	await one('no limit, default (learning on)', null, true, free.wallMs);
	for (const limit of STORM_LIMITS) {
		const floorMs = (Math.ceil(STORM_READS / limit) - 1) * 1000;
		if (limit === STORM_LIMITS[0])
			await one(`${limit}/s, Pace Requests off (no learning, as before)`, limit, false, floorMs);
		await one(`${limit}/s, default (learning on)`, limit, true, floorMs);
	}
	return rows;
}

// ---------------------------------------------------------------- HTTP Request node (report only)

interface HttpRow extends RunFigures {
	api: Api;
	ok: number;
}

async function httpRequestNode(): Promise<HttpRow[]> {
	const c = creds();
	const n8n = await RealN8n.create();
	try {
		await n8n.importCredentials([
			{
				id: 'volFulfillbot001',
				name: 'Vol Fulfillbot',
				type: 'fulfillbotApi',
				data: c.fulfillbot.fulfillbotApi,
			},
			shoplineHeaderCredential('volShoplineHdr01', 'Vol SHOPLINE header'),
		]);
		const fanout = fanOutNode(ITEMS);
		// Continue On Fail, so that failed items are counted instead of stopping at the first.
		const http = (
			url: string,
			auth: IDataObject,
			credentials: Record<string, { id: string; name: string }>,
		) =>
			({
				name: 'Under Test',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.4,
				parameters: { method: 'GET', url, ...auth, options: {} },
				credentials,
				onError: 'continueRegularOutput',
			}) as WorkflowNode;
		const workflows: Record<string, { api: Api; label: string; node: WorkflowNode }> = {
			volFbHttp0000001: {
				api: 'fulfillbot',
				label: `${ITEMS} items → GET /user/profile`,
				node: http(
					`${c.fulfillbot.fulfillbotApi.baseUrl}/user/profile`,
					{ authentication: 'predefinedCredentialType', nodeCredentialType: 'fulfillbotApi' },
					{
						fulfillbotApi: { id: 'volFulfillbot001', name: 'Vol Fulfillbot' },
					},
				),
			},
			volSlHttp0000001: {
				api: 'shopline',
				label: `${ITEMS} items → GET orders/count.json`,
				node: http(
					`${c.shopline.shoplineApi.baseUrlOverride}/admin/openapi/${SHOPLINE.version}/orders/count.json`,
					{ authentication: 'genericCredentialType', genericAuthType: 'httpHeaderAuth' },
					{ httpHeaderAuth: { id: 'volShoplineHdr01', name: 'Vol SHOPLINE header' } },
				),
			},
		};
		await n8n.importWorkflows(
			Object.entries(workflows).map(([id, w]) =>
				manualWorkflow(id, [fanout, w.node], `volume ${id}`),
			),
		);
		const rows: HttpRow[] = [];
		for (const [id, w] of Object.entries(workflows)) {
			await fresh(LIMITS);
			await n8n.execute(id);
			const saved = (await n8n.executions(id)).pop();
			const runData = (
				saved?.run as {
					data?: { resultData?: { runData?: Record<string, Array<{ executionTime?: number }>> } };
				} | null
			)?.data?.resultData?.runData;
			const wallMs = runData?.['Under Test']?.[0]?.executionTime ?? NaN;
			const out = (saved?.outputs['Under Test'] ?? []) as IDataObject[];
			const failed = out.filter((json) => json.error !== undefined).length;
			const sent = await journal(w.api);
			rows.push({
				api: w.api,
				label: w.label,
				wallMs,
				ok: out.length - failed,
				failed,
				limited: sent.filter((e) => e.status === 429).length,
			});
			say(
				`  HTTP Request ${w.label}: ${secs(wallMs)}, ${failed} failed, ${rows.at(-1)!.limited} × 429`,
			);
		}
		return rows;
	} finally {
		await n8n.dispose();
	}
}

// ---------------------------------------------------------------- main

function table(head: string[], rows: Array<Array<string | number>>): string {
	return [
		`| ${head.join(' | ')} |`,
		`|${head.map(() => '---').join('|')}|`,
		...rows.map((r) => `| ${r.join(' | ')} |`),
	].join('\n');
}

async function main(): Promise<void> {
	const t0 = Date.now();
	const generated = generateState(RECORDS);
	generated.fulfillbot.wallets.find((w) => w.userId === FULFILLBOT_USER_ID)!.balance = 100_000_000;
	const shoplineOrders = generated.shopline.orders
		.filter((o) => o.handle === SHOPLINE.handle && o.id.startsWith('210574019328263170'))
		.map((o) => ({ id: o.id, lineId: o.line_items[0].id }));
	const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-volume-'));
	const file = path.join(dir, 'state.json');
	writeState(file, generated);
	sandbox = await startSandbox({
		port: 0,
		stateFile: file,
		readOnlyStateFile: true,
		rateLimits: LIMITS,
	});
	const rows: Row[] = [];
	let httpRows: HttpRow[] | string = 'not run (BENCH_SKIP_N8N=1)';
	let stormRows: StormRow[] = [];
	try {
		const median = (values: number[]) =>
			[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
		for (const c of cases({ shoplineOrders })) {
			const runs = c.repeat ? 3 : 1;
			const offMs: number[] = [];
			const onMs: number[] = [];
			let limited!: Awaited<ReturnType<typeof measure>>;
			for (let i = 0; i < runs; i++) {
				offMs.push((await measure(c, OFF)).ms);
				limited = await measure(
					c,
					c.documented ? { fulfillbot: { limit: FB_LIMIT, windowSeconds: 60 } } : LIMITS,
				);
				onMs.push(limited.ms);
			}
			const unlimited = { ms: median(offMs) };
			const items = limited.result.items.length;
			const row: Row = {
				api: c.api,
				label: c.label,
				wallMs: median(onMs),
				unlimitedMs: unlimited.ms,
				floorMs: Math.max(
					limitFloorMs(c.api, c.requests, c.documented ? 60 : FB_WINDOW_S),
					unlimited.ms,
				),
				items,
				failed: failedItems(limited.result, c.expectItems),
				limited: limited.journal.filter((e) => e.status === 429).length,
				sent: c.sent?.(limited.journal),
				expectItems: c.expectItems,
			};
			rows.push(row);
			say(
				`${c.api} ${c.label}: ${secs(row.wallMs)} (floor ${secs(row.floorMs)}, ${(row.wallMs / row.floorMs).toFixed(2)}×), ${row.items} items, ${row.failed} failed, ${row.limited} × 429${row.sent === undefined ? '' : `, ${row.sent} sent`}${limited.result.error ? `; error: ${String(limited.result.error.message)}` : ''}`,
			);
		}
		stormRows = await s2Storm();
		if (!SKIP_N8N) {
			try {
				httpRows = await httpRequestNode();
			} catch (error) {
				httpRows = `failed to run: ${String((error as Error).message).slice(0, 300)}`;
			}
		}
	} finally {
		await sandbox.close();
	}

	const ratio = (r: Row) => r.wallMs / r.floorMs;
	const section = [
		START,
		'## Volume under rate limits',
		'',
		`Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench:volume\` (${secs(Date.now() - t0)}; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores at the end), in-process through n8n-core's engine against the sandbox with its limits on, scaled ${SCALE}× so a run takes minutes: Fulfillbot ${FB_LIMIT} requests per ${FB_WINDOW_S} s window (documented: per 60 s), SHOPLINE a bucket of ${SL_BURST} draining ${SL_LEAK}/s (documented: 4/s; the node's Rate Limit option set to match), S2 none (none documented). Each case runs with the limits off and the node's pacing off (for the time the requests themselves take), then with them on; reads 3 times each (medians). One more Fulfillbot row runs at the documented window. The sandbox loads its state read-only (no per-write save of the 3,000-record state).`,
		'',
		'Floor = the larger of (a) the least time the limit allows for the requests (Fulfillbot: (⌈requests / 60⌉ − 1) windows; SHOPLINE: (requests − 40) / leak) and (b) the same case measured with the limits off. Goals: wall time ≤ 1.15 × floor, 0 failed items, every create sent exactly once.',
		'',
		table(
			[
				'API',
				'Case',
				'Wall time (limits on)',
				'Limits off',
				'Floor',
				'Ratio',
				'Goal ≤ 1.15×',
				'Items out',
				'Failed items',
				'429s met',
				'Creates sent',
			],
			rows.map((r) => [
				r.api,
				r.label,
				secs(r.wallMs),
				secs(r.unlimitedMs),
				secs(r.floorMs),
				`${ratio(r).toFixed(2)}×`,
				ratio(r) <= 1.15 ? 'meets' : '**misses**',
				r.items.toLocaleString('en-US'),
				r.failed === 0 ? '0' : `**${r.failed}**`,
				r.limited,
				r.sent === undefined
					? '–'
					: r.sent === r.expectItems
						? `${r.sent} (exactly once)`
						: `**${r.sent}**`,
			]),
		),
		'',
		`### S2: a 429 storm`,
		'',
		`S2 documents no rate limit, so the node spaces nothing until S2 answers 429; it then learns the rate S2 grants from its answers (rate/learnedRate.ts). Here the sandbox imposes an undocumented one: a fixed 1-second window per token, 429 with \`Retry-After: 1\`. ${STORM_READS} reads (Inventory → Get Overview) in one node run, budgets fresh (a new n8n process). "Pace Requests off" is the release before the learning (a 429 holds every request until its Retry-After, then all go at once), capped by Max Wait (120 s). Floor: (⌈${STORM_READS} / limit⌉ − 1) s for a limit; for no limit, the run with Pace Requests off. Goal: under 10% of the requests answered 429, 0 failed items.`,
		'',
		table(
			[
				'Case',
				'Wall time',
				'Floor',
				'Ratio',
				'Requests',
				'429s',
				'429 share',
				'Goal < 10%',
				'Failed items',
			],
			stormRows.map((r) => {
				const share = r.limited / Math.max(1, r.requests);
				return [
					r.label,
					secs(r.wallMs),
					secs(r.floorMs),
					`${(r.wallMs / r.floorMs).toFixed(2)}×`,
					r.requests.toLocaleString('en-US'),
					r.limited.toLocaleString('en-US'),
					`${(share * 100).toFixed(1)}%`,
					share < 0.1 ? 'meets' : '**misses**',
					r.failed === 0 ? '0' : `**${r.failed}**`,
				];
			}),
		),
		'',
		"For comparison (report only): the same 300 reads with n8n's HTTP Request node in the real n8n (2.8.4), Continue On Fail on so failed items are counted, against the same scaled limits.",
		'',
		typeof httpRows === 'string'
			? `HTTP Request node: ${httpRows}.`
			: table(
					['API', 'Case', 'Node execution time', 'Items OK', 'Failed items', '429s met'],
					httpRows.map((r) => [r.api, r.label, secs(r.wallMs), r.ok, r.failed, r.limited]),
				),
		END,
	].join('\n');
	writeResultsSection(RESULTS, START, END, section);
	say(`\nwrote the "Volume under rate limits" section of ${RESULTS}`);
}

main().catch((error) => {
	process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
	process.exitCode = 1;
});
