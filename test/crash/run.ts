/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, no-console -- dev-only code, never packed (package.json files: ["dist"]) */
/**
 * `npm run test:crash`: SIGKILL of the n8n main right after a poll, then restart, over many cycles, in a
 * real n8n with the three polling triggers against the sandbox, and an account of every change.
 *
 *   npm run test:crash                                   n8n 2.40.7, durable poll cursors (must pass)
 *   npm run test:crash -- --version 2.8.4 --path default --report-only     the default path, measured
 *   options: --cycles N (21) --seed S --window-ms W (300) --poll-seconds P (10)
 *            --kill sigkill|stop|none (diagnosis: a clean stop, or no restart) --log --debug --keep
 *
 * Each cycle takes the next API in turn, makes three status moves in the sandbox (a known trigger event
 * each), waits for the first poll of that trigger that starts after them (a loopback proxy between n8n and
 * the sandbox sees each request start and each answer leave), kills the main with SIGKILL a random
 * 0..W ms after that poll's last answer, and starts n8n again. At the end n8n runs until every trigger
 * has caught up, and each change is accounted for: delivered once (the workflow's HTTP node POSTed it to
 * a recorder), or held by an execution n8n shows as crashed (or failed), which can be retried — never
 * passed by the cursor with no execution holding it, never delivered twice. Then each execution holding
 * an undelivered change is retried through n8n's REST API (the editor's Retry), and every change must
 * then be delivered exactly once. Prints a table per trigger and per kill delay; exits non-zero on any
 * violation unless --report-only.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

import { startSandbox } from '../../sandbox/src';
import { sandboxCredentials } from '../e2e/support/examples';
import {
	account,
	deliveredKeys,
	heldItems,
	RETRYABLE,
	type Change,
	type ExecutionRow,
	type Outcome,
} from './account';
import { query } from './db';
import { APIS, crashState, itemKey, moveKey, MOVES, movable, type Api } from './changes';
import { Proxy } from './proxy';
import { Recorder } from './recorder';
import { N8nRest } from './rest';
import { crashWorkflow, workflowId } from './workflows';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** The durable poll-cursor path of n8n >= 2.36 (all four are needed; SQLite is fine). */
export const DURABLE_ENV = {
	N8N_SCHEDULER_ENABLED: 'true',
	N8N_SCHEDULER_POLL_TRIGGERS_ENABLED: 'true',
	N8N_USE_WORKFLOW_PUBLICATION_SERVICE: 'true',
	N8N_POLLER_DURABLE_CURSORS_ENABLED: 'true',
	// The scheduler claims due polls every 5 s by default; every second keeps each poll within a second of its cron.
	N8N_SCHEDULER_EXECUTOR_INTERVAL: '1',
};

interface RunningN8n {
	url: string;
	pid: number;
	exited: Promise<number>;
	output(): string;
	stop(): Promise<number>;
}
interface Runtime {
	ensureN8n(o: { version: string }): Promise<string>;
	ensureBuilt(): Promise<{ built: boolean }>;
	createUserFolder(o: { prefix: string }): Promise<string>;
	importCredentials(o: {
		userFolder: string;
		version: string;
		credentials: unknown[];
		env: object;
	}): Promise<unknown>;
	importWorkflows(o: {
		userFolder: string;
		version: string;
		workflows: unknown[];
		env: object;
	}): Promise<unknown>;
	publishWorkflow(o: {
		userFolder: string;
		version: string;
		id: string;
		env: object;
	}): Promise<unknown>;
	startN8n(o: { userFolder: string; version: string; env: object }): Promise<RunningN8n>;
	listExecutions(o: {
		userFolder: string;
		workflowId?: string;
		version: string;
	}): Promise<ExecutionRow[]>;
	runtimeNode(version: string): string;
	runtimeDir(version: string): string;
}

function option(name: string, fallback: string): string {
	const i = process.argv.indexOf(`--${name}`);
	return i === -1 ? fallback : process.argv[i + 1];
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** mulberry32: a seeded random in [0, 1), so a run can be repeated with --seed. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

interface Cycle {
	cycle: number;
	/** The trigger whose poll the kill was aimed at. */
	target: Api;
	/** Per trigger, where the kill found it: ms after its poll's last answer, or during / before a poll. */
	moments: Record<Api, ReturnType<Proxy['moment']>>;
	restartMs: number;
}

/**
 * Status moves per API per cycle. S2's trigger reads every open order's details at each poll, so each
 * S2 record costs a request per poll: one S2 move a cycle keeps its polls short.
 */
const PER_CYCLE: Record<Api, number> = { fulfillbot: 2, s2: 1, shopline: 2 };

async function main() {
	const started = Date.now();
	const version = option('version', '2.40.7');
	const durable =
		option(
			'path',
			Number(version.split('.')[1]) >= 36 || Number(version.split('.')[0]) > 2
				? 'durable'
				: 'default',
		) === 'durable';
	const cycles = Number(option('cycles', '21'));
	const windowMs = Number(option('window-ms', '300'));
	// A poll every 10 s: six once-a-minute crons per trigger. With 20 (every 3 s) n8n 2.40.7's scheduler wrote
	// so much after each restart (the missed polls fire late) that the SQLite write lock kept executions
	// from committing for over a minute on a loaded machine.
	const pollSeconds = Number(option('poll-seconds', '10'));
	const seed = Number(option('seed', String(Date.now() % 1_000_000)));
	const reportOnly = process.argv.includes('--report-only');
	// sigkill (the test); stop: a clean stop and start instead; none: no restart (diagnosis).
	const killMode = option('kill', 'sigkill');
	const rand = random(seed);
	console.log(
		`crash test: n8n ${version}, ${durable ? 'durable poll cursors' : 'default settings'}, ${cycles} cycles, kill 0–${windowMs} ms after a poll, poll every ${pollSeconds} s, seed ${seed}`,
	);

	// A real dynamic import (ts-node compiles `import()` to require(), which cannot load ESM).
	const importEsm = new Function('specifier', 'return import(specifier)') as (
		s: string,
	) => Promise<unknown>;
	const rt = (await importEsm(
		pathToFileURL(path.join(REPO_ROOT, 'scripts', 'n8n-runtime.mjs')).href,
	)) as Runtime;
	const cleanups: Array<() => Promise<unknown>> = [];
	const cleanup = async () => {
		for (const c of cleanups.splice(0).reverse())
			await c().catch((e: unknown) => console.error(`cleanup: ${String(e)}`));
	};
	process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));

	let n8n: RunningN8n | undefined;
	let failedStarts = 0;
	const killGroup = (pid: number) => {
		try {
			process.kill(-pid, 'SIGKILL');
		} catch {
			// already gone
		}
	};
	cleanups.push(async () => n8n && killGroup(n8n.pid));
	try {
		await rt.ensureBuilt();
		await rt.ensureN8n({ version });
		const work = await mkdtemp(path.join(tmpdir(), 'crash-test-'));
		cleanups.push(() => rm(work, { recursive: true, force: true }));

		// The sandbox: the seed plus copies of movable records, from a state file.
		const seedBox = await startSandbox({ port: 0 });
		const seedState = await (await fetch(`${seedBox.url}/__sandbox/state`)).json();
		await seedBox.close();
		// Enough records that each moves again only after its last change was delivered (a poller cannot
		// see a status that a second move replaced before any poll read it).
		const state = crashState(seedState, {
			fulfillbot: cycles * PER_CYCLE.fulfillbot,
			s2: Math.ceil(cycles / 2) + 2,
			shopline: cycles,
		});
		const stateFile = path.join(work, 'sandbox.json');
		await writeFile(stateFile, JSON.stringify(state));
		const sandbox = await startSandbox({ port: 0, stateFile });
		cleanups.push(() => sandbox.close());
		const proxy = new Proxy(sandbox.url);
		await proxy.start();
		if (process.argv.includes('--log'))
			proxy.onBody = (t, body) => {
				if (t.api !== 'shopline' || !t.path.endsWith('/orders.json')) return;
				const orders =
					(JSON.parse(body) as { orders?: Array<Record<string, unknown>> }).orders ?? [];
				console.log(
					`answer ${new Date(t.at).toISOString()} shopline ${decodeURIComponent(t.query)}: ${orders
						.map((o) => `${String(o.id)} ${String(o.financial_status)} ${String(o.updated_at)}`)
						.join(', ')}`,
				);
			};
		cleanups.push(() => proxy.close());
		const recorder = new Recorder();
		await recorder.start();
		cleanups.push(() => recorder.close());

		const userFolder = await rt.createUserFolder({ prefix: 'n8n-crash-' });
		if (process.argv.includes('--keep')) console.log(`user folder kept: ${userFolder}`);
		else cleanups.push(() => rm(userFolder, { recursive: true, force: true }));
		const env = {
			...(durable ? DURABLE_ENV : {}),
			...(process.argv.includes('--debug') ? { N8N_LOG_LEVEL: 'debug' } : {}),
		};
		await rt.importCredentials({
			userFolder,
			version,
			env,
			credentials: sandboxCredentials(proxy.url),
		});
		await rt.importWorkflows({
			userFolder,
			version,
			env,
			workflows: APIS.map((api) => crashWorkflow(api, recorder.url, pollSeconds)),
		});
		for (const api of APIS)
			await rt.publishWorkflow({ userFolder, version, id: workflowId(api), env });
		const apiOf = (wf: string) => APIS.find((api) => workflowId(api) === wf);
		// n8n 2.40.7 can exit while starting after a crash: its recovery from the event log runs the
		// execution hooks of an execution killed before it started, and the insights hook throws on its null
		// startedAt. n8n marks the recovery as attempted, so the next start skips it ("Skipped recovery
		// process since it previously failed") and comes up. Started again once, as a process manager
		// (systemd, Docker's restart policy) would; each such start is counted and reported.
		const startN8n = async () => {
			const t = Date.now();
			try {
				n8n = await rt.startN8n({ userFolder, version, env });
			} catch (error) {
				failedStarts++;
				console.log(
					`n8n exited while starting (${(error as Error).message.split('\n')[0]}); started again`,
				);
				n8n = await rt.startN8n({ userFolder, version, env });
			}
			return Date.now() - t;
		};

		// First start: every trigger primes its state (a first poll only saves it). On the durable path the
		// activation poll's state is not committed, the first scheduled poll's is: wait until n8n's database
		// holds every trigger's state (poller_state, or the workflow's static data on the default path).
		console.log(`n8n ${version} starting (first start: migrations)…`);
		const firstStartMs = await startN8n();
		const saved = async () => {
			const sql = durable
				? "SELECT workflowId AS id, cursor AS state FROM poller_state WHERE cursor NOT IN ('{}', '')"
				: "SELECT id, staticData AS state FROM workflow_entity WHERE staticData LIKE '%node:Trigger%'";
			const rows = await query<{ id: string }>(
				rt.runtimeNode(version),
				rt.runtimeDir(version),
				userFolder,
				sql,
			);
			return APIS.filter((api) => rows.some((r) => r.id === workflowId(api)));
		};
		const primeUntil = Date.now() + 180_000;
		while ((await saved()).length < APIS.length) {
			if (Date.now() > primeUntil)
				throw new Error(`triggers not primed after 180 s: only ${(await saved()).join(', ')}`);
			await sleep(1000);
		}
		console.log(
			`n8n up in ${Math.round(firstStartMs / 1000)} s; triggers primed (state saved) after ${Math.round((Date.now() - started) / 1000)} s`,
		);

		/** --log: what n8n saved and what the sandbox saw, per trigger, to compare with the account. */
		const dump = async () => {
			const node = rt.runtimeNode(version);
			const dir = rt.runtimeDir(version);
			const sql = durable
				? 'SELECT workflowId AS id, cursor AS state, updatedAt FROM poller_state'
				: 'SELECT id, staticData AS state, updatedAt FROM workflow_entity';
			for (const row of await query<Record<string, unknown>>(node, dir, userFolder, sql))
				console.log(`state ${JSON.stringify(row)}`);
			for (const e of await rt.listExecutions({ userFolder, version }))
				console.log(
					`execution #${e.id} ${e.workflowId} ${e.mode} ${e.status} ${(e as unknown as { startedAt: string }).startedAt}: ${heldItems(
						e,
					)
						.map((i) => itemKey(apiOf(e.workflowId) ?? 'shopline', i))
						.join('; ')}`,
				);
			const journal = (await (await fetch(`${sandbox.url}/__sandbox/journal`)).json()) as Array<{
				at: string;
				api: string;
				method: string;
				path: string;
				query: object;
				status: number | null;
			}>;
			for (const j of journal)
				if (j.path !== '/__sandbox')
					console.log(
						`journal ${j.at} ${j.api} ${j.method} ${j.path} ${JSON.stringify(j.query)} ${j.status}`,
					);
			for (const c of changes) console.log(`change ${c.cycle} ${c.api} ${c.key}`);
		};
		const control = async (body: object) => {
			const res = await fetch(`${sandbox.url}/__sandbox/advance`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify(body),
			});
			if (!res.ok)
				throw new Error(`advance ${JSON.stringify(body)}: ${res.status} ${await res.text()}`);
			return (await res.json()) as Array<{ id: string; from: string; to: string }>;
		};
		const queue = movable(state);
		const next: Record<Api, number> = { fulfillbot: 0, s2: 0, shopline: 0 };
		const changes: Change[] = [];
		/** The last change made to each record, by id. */
		const lastChange = new Map<string, string>();
		const log: Cycle[] = [];
		for (let cycle = 1; cycle <= cycles; cycle++) {
			// Changes in all three APIs; the kill is aimed at one trigger's poll, in turn.
			// When each API's changes began: a poll request after that may have read them.
			const changedAt = {} as Record<Api, number>;
			for (const api of APIS) {
				let made = 0;
				changedAt[api] = Date.now();
				const delivered = deliveredKeys(recorder.deliveries, apiOf);
				for (let tries = 0; made < PER_CYCLE[api] && tries < queue[api].length; tries++) {
					const id = queue[api][next[api]++ % queue[api].length];
					const previous = lastChange.get(id);
					if (previous !== undefined && !delivered.get(previous)) continue;
					for (const move of await control({ api, kind: MOVES[api].kind, id })) {
						const key = moveKey(api, move);
						changes.push({ cycle, api, key });
						lastChange.set(id, key);
						made++;
						if (process.argv.includes('--log'))
							console.log(`change ${new Date().toISOString()} ${key}`);
					}
				}
				if (made < PER_CYCLE[api])
					console.log(
						`cycle ${cycle}: ${api} made ${made} of ${PER_CYCLE[api]} changes (records waiting for delivery)`,
					);
			}
			const target = APIS[(cycle - 1) % APIS.length];
			const delayMs = Math.floor(rand() * windowMs);
			const running = n8n!;
			const timing = await proxy.afterNextPoll(
				target,
				delayMs,
				() => {
					if (killMode !== 'sigkill') return;
					try {
						process.kill(running.pid, 'SIGKILL');
					} catch {
						// already gone
					}
				},
				90_000,
			);
			const moments = Object.fromEntries(
				APIS.map((api) => [api, proxy.moment(api, changedAt[api], timing.firedAt)]),
			) as Cycle['moments'];
			if (killMode === 'stop') await running.stop();
			let restartMs = 0;
			if (killMode !== 'none') {
				await running.exited;
				if (process.argv.includes('--log')) console.log(running.output());
				killGroup(running.pid); // its task runner, if any
				restartMs = await startN8n();
			}
			log.push({ cycle, target, moments, restartMs });
			console.log(
				`cycle ${String(cycle).padStart(2)}: killed ${timing.firedAt - timing.lastAnswerAt} ms after a ${target} poll's last answer (${APIS.filter(
					(a) => a !== target,
				)
					.map(
						(a) =>
							`${a}: ${typeof moments[a] === 'number' ? `${moments[a]} ms after` : moments[a]}`,
					)
					.join(', ')}); restarted in ${(restartMs / 1000).toFixed(1)} s`,
			);
		}

		// Let every trigger catch up: n8n runs until no delivery came for five polls.
		const settle = async () => {
			let seen = -1;
			let quietSince = Date.now();
			const until = Date.now() + 120_000;
			while (Date.now() < until) {
				if (recorder.deliveries.length !== seen) {
					seen = recorder.deliveries.length;
					quietSince = Date.now();
				}
				if (Date.now() - quietSince > 5 * pollSeconds * 1000) return;
				await sleep(500);
			}
		};
		await settle();
		await n8n!.stop();
		if (process.argv.includes('--log')) console.log(n8n!.output());
		n8n = undefined;

		const ids = APIS.map(workflowId);
		const executions = async () =>
			(await rt.listExecutions({ userFolder, version })).filter((e) => ids.includes(e.workflowId));
		const before = await executions();
		const first = account(changes, deliveredKeys(recorder.deliveries, apiOf), before, apiOf);

		// What a user does next: retry each crashed execution that holds an undelivered change.
		const toRetry = [
			...new Set(
				first.outcomes
					.filter((o) => o.fate === 'held')
					.flatMap((o) => o.holders.filter((h) => RETRYABLE.includes(h.status)).map((h) => h.id)),
			),
		];
		const retries: Array<{ id: string; status: number }> = [];
		if (toRetry.length) {
			await startN8n();
			const rest = new N8nRest(n8n!.url);
			await rest.signIn();
			for (const id of toRetry) retries.push({ id, status: (await rest.retry(id)).status });
			await settle();
			await n8n!.stop();
			n8n = undefined;
		}
		const after = account(
			changes,
			deliveredKeys(recorder.deliveries, apiOf),
			await executions(),
			apiOf,
		);

		if (process.argv.includes('--log')) await dump();
		const violations = report({ first, after, before, log, toRetry, retries, durable, version });
		console.log(
			`n8n starts that exited in its crash recovery and were started again: ${failedStarts}`,
		);
		const seconds = Math.round((Date.now() - started) / 1000);
		console.log(`\nrun time ${Math.floor(seconds / 60)} min ${seconds % 60} s (seed ${seed})`);
		if (violations.length) {
			console.log(`\n${violations.length} violation(s):\n  ${violations.join('\n  ')}`);
			if (!reportOnly) process.exitCode = 1;
		} else
			console.log(
				'\nno violation: every change delivered once or held by a retryable execution, and delivered once after retry',
			);
	} finally {
		await cleanup();
	}
}

function report(r: {
	first: { outcomes: Outcome[]; unexplained: string[] };
	after: { outcomes: Outcome[]; unexplained: string[] };
	before: ExecutionRow[];
	log: Cycle[];
	toRetry: string[];
	retries: Array<{ id: string; status: number }>;
	durable: boolean;
	version: string;
}): string[] {
	const { first, after } = r;
	const count = (list: Outcome[], fate: string) => list.filter((o) => o.fate === fate).length;
	const pad = (v: unknown, n: number) => String(v).padStart(n);
	console.log(
		`\nn8n ${r.version}, ${r.durable ? 'durable poll cursors' : 'default settings'}: every change, before any retry`,
	);
	console.log(
		'trigger      changes  delivered once  held (crashed, retryable)  lost  delivered twice  | after retry: once',
	);
	for (const api of [...APIS, 'all'] as const) {
		const mine = first.outcomes.filter((o) => api === 'all' || o.api === api);
		const later = after.outcomes.filter((o) => api === 'all' || o.api === api);
		console.log(
			`${api.padEnd(12)} ${pad(mine.length, 7)}  ${pad(count(mine, 'delivered'), 14)}  ${pad(count(mine, 'held'), 25)}  ${pad(count(mine, 'lost'), 4)}  ${pad(count(mine, 'duplicated'), 15)}  | ${pad(count(later, 'delivered'), 17)}`,
		);
	}
	console.log("\nby where the kill found each trigger (its first poll after the cycle's changes)");
	console.log('kill found it               changes  delivered  held  lost  twice');
	const bucket = (m: ReturnType<Proxy['moment']>) =>
		typeof m !== 'number'
			? m
			: m < 50
				? '0–49 ms after'
				: m < 100
					? '50–99 ms after'
					: m < 200
						? '100–199 ms after'
						: m < 400
							? '200–399 ms after'
							: '400+ ms after';
	const buckets = [
		'no poll yet',
		'during a poll',
		'0–49 ms after',
		'50–99 ms after',
		'100–199 ms after',
		'200–399 ms after',
		'400+ ms after',
	];
	for (const b of buckets) {
		const mine = first.outcomes.filter((o) => {
			const c = r.log.find((x) => x.cycle === o.cycle);
			return c !== undefined && bucket(c.moments[o.api]) === b;
		});
		if (!mine.length) continue;
		console.log(
			`${b.padEnd(26)} ${pad(mine.length, 8)}  ${pad(count(mine, 'delivered'), 9)}  ${pad(count(mine, 'held'), 4)}  ${pad(count(mine, 'lost'), 4)}  ${pad(count(mine, 'duplicated'), 5)}`,
		);
	}
	const restarts = r.log.map((c) => c.restartMs / 1000);
	console.log(
		`\nrestarts: ${restarts.length}, ${Math.min(...restarts).toFixed(1)}–${Math.max(...restarts).toFixed(1)} s each`,
	);
	const statuses = new Map<string, number>();
	for (const e of r.before) statuses.set(e.status, (statuses.get(e.status) ?? 0) + 1);
	console.log(
		`\nexecutions before retry: ${[...statuses].map(([s, n]) => `${n} ${s}`).join(', ')}`,
	);
	console.log(
		`retried through REST: ${r.retries.map((x) => `#${x.id} → HTTP ${x.status}`).join(', ') || 'none needed'}`,
	);

	const violations: string[] = [];
	for (const o of first.outcomes) {
		if (o.fate === 'lost')
			violations.push(
				`lost: ${o.key} (cycle ${o.cycle}; executions holding it: ${o.holders.map((h) => `#${h.id} ${h.status}`).join(', ') || 'none'})`,
			);
		if (o.fate === 'duplicated')
			violations.push(`delivered ${o.deliveries} times: ${o.key} (cycle ${o.cycle})`);
	}
	for (const o of after.outcomes)
		if (first.outcomes.find((f) => f.key === o.key)?.fate === 'held' && o.fate !== 'delivered')
			violations.push(
				`not delivered once after retry: ${o.key} (${o.fate}, ${o.deliveries} deliveries)`,
			);
	for (const key of after.unexplained) violations.push(`delivered but never made: ${key}`);
	for (const x of r.retries)
		if (x.status !== 200) violations.push(`retry of #${x.id} answered HTTP ${x.status}`);
	return violations;
}

void main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
