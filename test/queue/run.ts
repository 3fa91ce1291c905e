/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, no-console -- dev-only code, never packed (package.json files: ["dist"]) */
/**
 * `npm run test:queue`: the package in n8n's queue mode, as users run it beyond one machine.
 *
 *   - Redis and PostgreSQL from Debian (installed when missing by scripts/services.mjs), on 127.0.0.1, free
 *     ports, data in a temporary folder;
 *   - the pinned n8n as ONE main (`n8n start`: timers and polls) and TWO workers (`n8n worker`), each with its
 *     own N8N_USER_FOLDER with the package linked in (as installed), one encryption key, EXECUTIONS_MODE=queue;
 *   - the example workflows imported as shipped, the five polling ones published, driven by the sandbox:
 *       1. first start: every trigger primes its state (saved in Postgres), nothing runs;
 *       2. a SHOPLINE order becomes paid (another becomes pending), then the main is restarted: both
 *          SHOPLINE-triggered workflows run once (purchase order, S2 order + fulfillment);
 *       3. with the main stopped, the purchase order reaches the warehouse; main restarted: the packages are
 *          reported (not lost while it was down), the paid order is not reported again (state from Postgres);
 *       4. with the main stopped, the shipping order ships; main restarted: the tracking number reaches SHOPLINE;
 *   - proves for every execution: enqueued by the main (its log), run and finished by exactly one worker (the
 *     worker's log names the execution id), status success in Postgres; every trigger event appears in exactly
 *     one execution (none repeated, none lost); the sandbox saw each money-moving create once;
 *   - stops everything it started, also on failure or Ctrl-C.
 *
 * Prints `N passed, N failed` and the time of each phase; exits non-zero when anything failed.
 */
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

import {
	SHOPLINE_SEED,
	startSandbox,
	type JournalEntry,
	type RunningSandbox,
} from '../../sandbox/src';
import { loadExample, sandboxCredentials, type ExampleWorkflow } from '../e2e/support/examples';
import { startWorker, type Instance } from './worker';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const VERSION = process.env.N8N_QUEUE_VERSION ?? '2.8.4';
/** Bounded waits: each phase's executions must finish within this. */
const PHASE_TIMEOUT_MS = 120_000;

type Json = Record<string, unknown>;
/* eslint-disable @typescript-eslint/no-explicit-any -- whole-state snapshots of the sandbox */
type State = any;

interface RunningN8n extends Instance {
	url: string;
}
interface Runtime {
	ensureN8n(o: { version: string }): Promise<string>;
	ensureBuilt(): Promise<{ built: boolean }>;
	runtimeDir(version: string): string;
	createUserFolder(o: { prefix: string }): Promise<string>;
	importCredentials(o: {
		userFolder: string;
		version: string;
		credentials: unknown[];
		env: Json;
	}): Promise<unknown>;
	importWorkflows(o: {
		userFolder: string;
		version: string;
		workflows: unknown[];
		env: Json;
	}): Promise<unknown>;
	publishWorkflow(o: {
		userFolder: string;
		version: string;
		id: string;
		env: Json;
	}): Promise<unknown>;
	startN8n(o: { userFolder: string; version: string; env: Json }): Promise<RunningN8n>;
}
interface Services {
	redis: { host: string; port: number };
	postgres: { host: string; port: number; user: string; password: string; database: string };
	psql(sql: string): Promise<string>;
	stop(): Promise<void>;
}

const importEsm = new Function('specifier', 'return import(specifier)') as (
	specifier: string,
) => Promise<unknown>;
const esm = async <T>(file: string) =>
	(await importEsm(pathToFileURL(path.join(REPO_ROOT, 'scripts', file)).href)) as T;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const seconds = (since: number) => Math.round((Date.now() - since) / 1000);

// ------------------------------------------------------------------------------------------ the workflows

const STORE_TO_PO = loadExample('store-order-to-purchase-order');
const PACKAGE_TO_SHIPPING = loadExample('package-arrived-ship-to-customer');
const SHIPPED_TO_STORE = loadExample('shipped-tracking-to-store');
const STORE_TO_S2 = loadExample('store-order-to-s2');
const S2_TO_STORE = loadExample('s2-tracking-to-store');
const SCHEDULED_REORDER = loadExample('scheduled-reorder');
/** Every example is imported; the five polling ones are published (the scheduled one runs at 7:00 only). */
const IMPORTED = [
	STORE_TO_PO,
	PACKAGE_TO_SHIPPING,
	SHIPPED_TO_STORE,
	STORE_TO_S2,
	S2_TO_STORE,
	SCHEDULED_REORDER,
];
const PUBLISHED = [STORE_TO_PO, PACKAGE_TO_SHIPPING, SHIPPED_TO_STORE, STORE_TO_S2, S2_TO_STORE];

function triggerNode(w: ExampleWorkflow): string {
	const t = w.nodes.find((n) => /^n8n-nodes-fulfillment\.\w+Trigger$/.test(n.type));
	if (!t) throw new Error(`${w.name}: no polling trigger`);
	return t.name;
}

/** A trigger event's identity: what it is about, and which change. */
function eventKey(item: Json): string {
	const id = item.id ?? item.orderNo ?? item.packageNo;
	const to = item.status ?? item.financial_status ?? item.fulfillment_status ?? '';
	return `${String(item.event)} ${String(id)} → ${String(to)}`;
}

// ----------------------------------------------------------------------------------------------- checks

const checks: Array<{ name: string; ok: boolean; detail?: string }> = [];
function check(name: string, ok: boolean, detail?: string): boolean {
	checks.push({ name, ok, detail });
	console.log(`  ${ok ? '✓' : '✗'} ${name}${!ok && detail ? `\n      ${detail}` : ''}`);
	return ok;
}

interface Execution {
	id: string;
	workflowId: string;
	status: string;
	mode: string;
	items: Json[];
}

async function main() {
	const started = Date.now();
	const rt = await esm<Runtime>('n8n-runtime.mjs');
	const svc = await esm<{ startServices(): Promise<Services> }>('services.mjs');
	const cleanups: Array<() => Promise<unknown>> = [];
	const cleanup = async () => {
		for (const c of cleanups.splice(0).reverse())
			await c().catch((e: unknown) => console.error(`cleanup: ${String(e)}`));
	};
	const onSignal = (sig: NodeJS.Signals) => {
		console.error(`\n${sig}: stopping everything`);
		void cleanup().finally(() => process.exit(130));
	};
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);
	const timings: Record<string, number> = {};
	const mainLogs: string[] = [];

	try {
		let t = Date.now();
		await rt.ensureBuilt();
		await rt.ensureN8n({ version: VERSION });
		const services = await svc.startServices();
		cleanups.push(() => services.stop());
		const sandbox: RunningSandbox = await startSandbox({ port: 0 });
		cleanups.push(() => sandbox.close());
		timings.services = seconds(t);
		console.log(
			`Redis 127.0.0.1:${services.redis.port}, PostgreSQL 127.0.0.1:${services.postgres.port}, sandbox ${sandbox.url} (${timings.services} s)`,
		);

		// One env for the three instances: queue mode, the same Redis, Postgres and encryption key.
		const env: Json = {
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: services.redis.host,
			QUEUE_BULL_REDIS_PORT: services.redis.port,
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: services.postgres.host,
			DB_POSTGRESDB_PORT: services.postgres.port,
			DB_POSTGRESDB_DATABASE: services.postgres.database,
			DB_POSTGRESDB_USER: services.postgres.user,
			DB_POSTGRESDB_PASSWORD: services.postgres.password,
			N8N_ENCRYPTION_KEY: randomBytes(24).toString('hex'),
		};
		const folders = { main: '', worker1: '', worker2: '' };
		for (const k of Object.keys(folders) as Array<keyof typeof folders>) {
			folders[k] = await rt.createUserFolder({ prefix: `n8n-queue-${k}-` });
			const dir = folders[k];
			cleanups.push(() =>
				import('node:fs/promises').then((fs) => fs.rm(dir, { recursive: true, force: true })),
			);
		}

		// Import through the main's CLI: the workflows and credentials land in Postgres, shared by all.
		t = Date.now();
		await rt.importCredentials({
			userFolder: folders.main,
			version: VERSION,
			env,
			credentials: sandboxCredentials(sandbox.url),
		});
		await rt.importWorkflows({
			userFolder: folders.main,
			version: VERSION,
			env,
			workflows: IMPORTED,
		});
		for (const w of PUBLISHED)
			await rt.publishWorkflow({ userFolder: folders.main, version: VERSION, id: w.id, env });
		timings.import = seconds(t);
		console.log(
			`imported ${IMPORTED.length} examples, published ${PUBLISHED.length} (${timings.import} s)`,
		);

		t = Date.now();
		const workers = await Promise.all(
			(['worker1', 'worker2'] as const).map(async (name) => {
				const w = await startWorker({ rt, name, userFolder: folders[name], version: VERSION, env });
				cleanups.push(() => w.stop());
				return w;
			}),
		);
		timings.workers = seconds(t);
		console.log(`two workers ready (${timings.workers} s)`);

		const control = async (method: string, p: string, body?: unknown) => {
			const res = await fetch(`${sandbox.url}/__sandbox/${p}`, {
				method,
				headers: { 'Content-Type': 'application/json' },
				body: body ? JSON.stringify(body) : undefined,
			});
			if (!res.ok) throw new Error(`${method} /__sandbox/${p}: ${res.status} ${await res.text()}`);
			return res.json() as Promise<State>;
		};
		const advance = (api: string, kind: string, id: string) =>
			control('POST', 'advance', { api, kind, id }) as Promise<Array<{ from: string; to: string }>>;
		const journal = () => control('GET', 'journal') as Promise<JournalEntry[]>;
		const seed: State = await control('GET', 'state');

		const flatted = createRequire(path.join(rt.runtimeDir(VERSION), 'package.json'))('flatted') as {
			parse(s: string): Json;
		};
		const ids = PUBLISHED.map((w) => `'${w.id}'`).join(',');
		const executions = async (): Promise<Execution[]> => {
			const out = await services.psql(
				`SELECT row_to_json(x) FROM (SELECT e.id::text AS id, e."workflowId" AS "workflowId", e.status, e.mode, d.data
				 FROM execution_entity e LEFT JOIN execution_data d ON d."executionId" = e.id WHERE e."workflowId" IN (${ids}) ORDER BY e.id) x`,
			);
			return out
				.split('\n')
				.filter(Boolean)
				.map((line) => {
					const row = JSON.parse(line) as {
						id: string;
						workflowId: string;
						status: string;
						mode: string;
						data: string | null;
					};
					const wf = PUBLISHED.find((w) => w.id === row.workflowId) as ExampleWorkflow;
					let items: Json[] = [];
					try {
						const data = row.data
							? (flatted.parse(row.data) as {
									resultData?: {
										runData?: Record<
											string,
											Array<{ data?: { main?: Array<Array<{ json: Json }>> } }>
										>;
									};
								})
							: null;
						items = (data?.resultData?.runData?.[triggerNode(wf)]?.[0]?.data?.main?.[0] ?? []).map(
							(i) => i.json,
						);
					} catch {
						// no data (yet): no items
					}
					return {
						id: row.id,
						workflowId: row.workflowId,
						status: row.status,
						mode: row.mode,
						items,
					};
				});
		};
		// n8n logs this after a workflow's triggers are added, which includes the first poll (ActiveWorkflowManager).
		const activated = (log: string) =>
			PUBLISHED.filter((w) => log.includes(`Activated workflow "${w.name}" (ID: ${w.id})`)).map(
				(w) => w.id,
			);
		const finished = (e: Execution) => !['new', 'running', 'waiting'].includes(e.status);
		const counts = (list: Execution[]) =>
			Object.fromEntries(
				PUBLISHED.map((w) => [
					w.id,
					list.filter((e) => e.workflowId === w.id && finished(e)).length,
				]),
			);

		/** One main run: start, wait until every published workflow is activated and the counts are reached, settle, stop. */
		const runMain = async (phase: string, want: Record<string, number>) => {
			const t0 = Date.now();
			const main = await rt.startN8n({ userFolder: folders.main, version: VERSION, env });
			mainLogs.push('');
			const idx = mainLogs.length - 1;
			let list: Execution[] = [];
			try {
				const until = Date.now() + PHASE_TIMEOUT_MS;
				for (;;) {
					mainLogs[idx] = main.output();
					list = await executions();
					const c = counts(list);
					const done =
						PUBLISHED.every((w) => c[w.id] >= (want[w.id] ?? 0)) &&
						activated(main.output()).length === PUBLISHED.length;
					if (done || Date.now() > until) break;
					await sleep(500);
				}
				// Let anything that should NOT happen (a repeated event, a second execution) show up.
				await sleep(4_000);
				list = await executions();
				mainLogs[idx] = main.output();
			} finally {
				await main.stop();
				mainLogs[idx] = main.output();
			}
			const active = activated(mainLogs[idx]);
			check(
				`${phase}: the main activated the ${PUBLISHED.length} published workflows (each activation polls once)`,
				active.length === PUBLISHED.length,
				`activated: ${active.join(', ')}`,
			);
			const c = counts(list);
			const ok = PUBLISHED.every((w) => c[w.id] === (want[w.id] ?? 0)) && list.every(finished);
			check(
				`${phase}: executions per workflow ${JSON.stringify(PUBLISHED.map((w) => c[w.id]))}`,
				ok,
				`want ${JSON.stringify(PUBLISHED.map((w) => want[w.id] ?? 0))}; statuses ${list.map((e) => `${e.id}:${e.status}`).join(', ')}`,
			);
			timings[phase] = seconds(t0);
			console.log(`  (${phase}: ${timings[phase]} s)`);
			if (!ok) console.log(main.output().slice(-3000));
			return list;
		};

		// 1. First start: every trigger primes; its state is saved in Postgres; nothing runs.
		console.log('\n1. first start of the main: the triggers prime');
		await runMain('prime', {});
		const saved = await services.psql(
			`SELECT id FROM workflow_entity WHERE id IN (${ids}) AND "staticData" IS NOT NULL AND "staticData"::text NOT IN ('{}', 'null')`,
		);
		const savedIds = saved.split('\n').filter(Boolean);
		check(
			'prime: every published trigger saved its state in Postgres',
			PUBLISHED.every((w) => savedIds.includes(w.id)),
			`saved: ${savedIds.join(', ')}`,
		);

		// 2. A SHOPLINE order is paid (and another goes to pending): both SHOPLINE-triggered workflows run once.
		console.log('\n2. #1006 paid, #1004 pending; main restarted');
		const paid = await advance('shopline', 'payment', SHOPLINE_SEED.orders.authorized);
		const pending = await advance('shopline', 'payment', SHOPLINE_SEED.orders.unpaid);
		check(
			'sandbox: #1006 authorized → paid, #1004 unpaid → pending',
			paid[0]?.to === 'paid' && pending[0]?.to === 'pending',
			JSON.stringify([paid, pending]),
		);
		await runMain('paid order', { [STORE_TO_PO.id]: 1, [STORE_TO_S2.id]: 1 });
		let now: State = await control('GET', 'state');
		const newPOs = now.fulfillbot.orders.filter(
			(o: State) => !seed.fulfillbot.orders.some((s: State) => s.orderNo === o.orderNo),
		);
		check(
			'paid order: one Fulfillbot purchase order',
			newPOs.length === 1,
			`${newPOs.length} created`,
		);
		const newS2 = now.s2.fulfillments.filter(
			(f: State) => f.channelFulfillmentId === SHOPLINE_SEED.orders.authorized,
		);
		check(
			'paid order: one S2 fulfillment for #1006',
			newS2.length === 1,
			`${newS2.length} created`,
		);
		const purchaseOrderNo = newPOs[0]?.orderNo as string;

		// 3. While the main is down, the purchase order reaches the warehouse: the packages must not be lost,
		//    and the paid order must not be reported again (its state comes back from Postgres).
		console.log('\n3. main down: the purchase order reaches the warehouse; main restarted');
		for (let i = 0; i < 4; i++) await advance('fulfillbot', 'order', purchaseOrderNo);
		await runMain('packages arrived', {
			[STORE_TO_PO.id]: 1,
			[STORE_TO_S2.id]: 1,
			[PACKAGE_TO_SHIPPING.id]: 1,
		});
		now = await control('GET', 'state');
		const newShipping = now.fulfillbot.shippingOrders.filter(
			(o: State) => !seed.fulfillbot.shippingOrders.some((s: State) => s.orderNo === o.orderNo),
		);
		check(
			'packages arrived: one Fulfillbot shipping order',
			newShipping.length === 1,
			`${newShipping.length} created`,
		);
		const shippingOrderNo = newShipping[0]?.orderNo as string;

		// 4. While the main is down, the shipping order ships: its tracking number reaches SHOPLINE.
		console.log('\n4. main down: the shipping order ships; main restarted');
		await advance('fulfillbot', 'shipping-order', shippingOrderNo);
		const final = await runMain('shipped', {
			[STORE_TO_PO.id]: 1,
			[STORE_TO_S2.id]: 1,
			[PACKAGE_TO_SHIPPING.id]: 1,
			[SHIPPED_TO_STORE.id]: 1,
		});
		now = await control('GET', 'state');
		const tracking = now.fulfillbot.shippingOrders.find(
			(o: State) => o.orderNo === shippingOrderNo,
		)?.trackingNo;
		const order1006 = now.shopline.orders.find(
			(o: State) => o.id === SHOPLINE_SEED.orders.authorized,
		);
		check(
			'shipped: the SHOPLINE order has one fulfillment with the tracking number',
			order1006?.fulfillments?.length === 1 &&
				order1006.fulfillments[0].tracking_info_list?.[0]?.tracking_number === tracking &&
				!!tracking,
			JSON.stringify(order1006?.fulfillments),
		);
		const posts = (await journal())
			.filter((e) => e.method === 'POST' && e.status && e.status < 300)
			.map((e) => `${e.api} ${e.path}`);
		const creates = posts.filter((p) =>
			/fulfillbot \/orders$|fulfillbot \/shipping\/create$|s2 \/fulfillment$|s2 \/order$|fulfillments\.json$/.test(
				p,
			),
		);
		check(
			'each money-moving create reached the API once',
			creates.length === 5 && new Set(creates).size === 5,
			creates.join(', '),
		);

		// Every trigger event in exactly one execution: none repeated across the restarts, none lost.
		console.log('\nevents and workers');
		const expectEvents: Record<string, string[]> = {
			[STORE_TO_PO.id]: ['orderFinancialStatusChanged', 'orderFinancialStatusChanged'],
			[STORE_TO_S2.id]: ['orderFinancialStatusChanged', 'orderFinancialStatusChanged'],
			[PACKAGE_TO_SHIPPING.id]: ['packageArrived', 'packageArrived'],
			[SHIPPED_TO_STORE.id]: ['shippingOrderStatusChanged'],
			[S2_TO_STORE.id]: [],
		};
		for (const w of PUBLISHED) {
			const keys = final.filter((e) => e.workflowId === w.id).flatMap((e) => e.items.map(eventKey));
			const dupes = keys.filter((k, i) => keys.indexOf(k) !== i);
			const events = keys.map((k) => k.split(' ')[0]).sort();
			check(
				`${w.name}: each event in exactly one execution`,
				dupes.length === 0 &&
					JSON.stringify(events) === JSON.stringify([...expectEvents[w.id]].sort()),
				`events ${JSON.stringify(keys)}; repeated ${JSON.stringify(dupes)}`,
			);
		}

		// Ran on the workers: the main enqueued each execution, exactly one worker ran and finished it.
		const mainLog = mainLogs.join('\n');
		const perWorker = workers.map(() => 0);
		for (const e of final) {
			const enqueued = new RegExp(`Enqueued execution ${e.id} \\(job`).test(mainLog);
			const ranOn = workers.map((w) =>
				new RegExp(
					`Worker started execution ${e.id} \\(job[\\s\\S]*Worker finished execution ${e.id} \\(job`,
				).test(w.output()),
			);
			ranOn.forEach((r, i) => (perWorker[i] += r ? 1 : 0));
			const wf = PUBLISHED.find((w) => w.id === e.workflowId)?.name;
			check(
				`execution ${e.id} (${wf}): enqueued by the main, run by exactly one worker, ${e.status}, mode ${e.mode}`,
				enqueued &&
					ranOn.filter(Boolean).length === 1 &&
					e.status === 'success' &&
					!new RegExp(`Worker (started|finished) execution ${e.id} `).test(mainLog),
				`enqueued ${enqueued}, workers ${JSON.stringify(ranOn)}`,
			);
		}
		console.log(
			`  executions per worker: ${workers.map((w, i) => `${w.name} ${perWorker[i]}`).join(', ')}`,
		);
		const unrecognized = [mainLog, ...workers.map((w) => w.output())].filter((o) =>
			/Unrecognized node type/i.test(o),
		);
		check(
			'no instance reports "Unrecognized node type"',
			unrecognized.length === 0,
			unrecognized.map((o) => o.slice(-1500)).join('\n---\n'),
		);
	} catch (e) {
		check('run', false, (e as Error).stack ?? String(e));
		if (mainLogs.length) console.log(mainLogs[mainLogs.length - 1].slice(-3000));
	} finally {
		const t = Date.now();
		await cleanup();
		timings.cleanup = seconds(t);
	}

	const failed = checks.filter((c) => !c.ok).length;
	console.log(
		`\ntimings (s): ${Object.entries(timings)
			.map(([k, v]) => `${k} ${v}`)
			.join(', ')}; total ${seconds(started)}`,
	);
	console.log(`${checks.length - failed} passed, ${failed} failed`);
	process.exitCode = failed ? 1 : 0;
}

if (require.main === module) {
	main().catch((e: unknown) => {
		console.error(e);
		process.exitCode = 1;
	});
}
