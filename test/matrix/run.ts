/* eslint-disable @n8n/community-nodes/no-restricted-imports, @typescript-eslint/no-require-imports, @n8n/community-nodes/no-restricted-globals, no-console -- dev-only code (loads the built CommonJS classes by path, as n8n does), never packed (package.json files: ["dist"]) */
/**
 * The n8n version matrix (`npm run test:matrix`): the package in every n8n of runtimes/n8n-* (or the versions
 * given: `npm run test:matrix -- 1.123.81 2.40.7`), each against a fresh in-process sandbox:
 *
 *   1. nodes    ONE workflow (Manual Trigger fanned out to one operation per resource of each node), run once
 *               with `n8n execute`; each node's output must equal the sandbox's own answer to the request
 *               the node sent, and the journal must show exactly that one request.
 *   2. start    ONE `n8n start` with the three trigger workflows published (polling every minute):
 *               - load check: every node and credential type of package.json `n8n` is in the running
 *                 instance's /types/nodes.json and /types/credentials.json;
 *               - first poll (at activation) primes: it reads the list and emits nothing;
 *               - the sandbox moves one record per API; the next scheduled poll emits that change once.
 *
 * Writes test/matrix/results.json and docs/n8n-versions.md, refreshes README's table between the
 * `<!-- n8n-versions:start -->` / `<!-- n8n-versions:end -->` markers, prints `N passed, N failed` and
 * exits non-zero when anything failed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

import {
	FULFILLBOT_KEYS,
	S2,
	SHOPLINE,
	startSandbox,
	type JournalEntry,
	type RunningSandbox,
} from '../../sandbox/src';
import { shoplineCredentialData } from '../e2e/support/credentialData';
import { OP_CASES, PACKAGE_NAME, TRIGGER_CASES, type Api, type Json, type OpCase } from './cases';
import {
	extraColumns,
	servicePackageChecks,
	toolVariantChecks,
	type ServicePackages,
	type ToolVariants,
} from './packages';
import {
	WEBHOOK_CASES,
	webhookChecks,
	webhookCredentials,
	webhookStartOptions,
	webhookWorkflows,
} from './webhooks';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const RESULTS_FILE = path.join(REPO_ROOT, 'test', 'matrix', 'results.json');
const DOC_FILE = path.join(REPO_ROOT, 'docs', 'n8n-versions.md');
const README_FILE = path.join(REPO_ROOT, 'README.md');
const MARK_START = '<!-- n8n-versions:start -->';
const MARK_END = '<!-- n8n-versions:end -->';
const OPS_WORKFLOW = 'matrixNodeOps0001';
/** Polling every minute (n8n's shortest interval): the second poll comes at most ~60 s after activation. */
const SECOND_POLL_TIMEOUT_MS = 100_000;

// ------------------------------------------------------------------------------ scripts/n8n-runtime.mjs

interface ExecutionRecord {
	id: number;
	workflowId: string;
	status: string;
	outputs: Record<string, Json[]>;
	error: Json | null;
}
interface ExecuteResult {
	ok: boolean;
	code: number;
	outputs: Record<string, Json[]>;
	error: Json | null;
	stdout: string;
	stderr: string;
	durationMs: number;
}
interface RunningN8n {
	url: string;
	output(): string;
	stop(): Promise<number>;
}
interface Runtime {
	ensureN8n(o: { version: string }): Promise<string>;
	ensureBuilt(): Promise<{ built: boolean }>;
	installedN8nVersion(version: string): string | null;
	runtimeNode(version: string): string;
	createUserFolder(o: { prefix: string }): Promise<string>;
	importCredentials(o: {
		userFolder: string;
		version: string;
		credentials: Json[];
	}): Promise<unknown>;
	importWorkflows(o: { userFolder: string; version: string; workflows: Json[] }): Promise<unknown>;
	executeWorkflow(o: {
		userFolder: string;
		version: string;
		id: string;
		timeoutMs?: number;
	}): Promise<ExecuteResult>;
	publishWorkflow(o: { userFolder: string; version: string; id: string }): Promise<unknown>;
	startN8n(o: {
		userFolder: string;
		version: string;
		port?: number;
		env?: Record<string, string>;
	}): Promise<RunningN8n>;
	listExecutions(o: {
		userFolder: string;
		version: string;
		workflowId?: string;
	}): Promise<ExecutionRecord[]>;
	runN8n(
		args: string[],
		o: { userFolder: string; version: string },
	): Promise<{ code: number; stdout: string; stderr: string }>;
}

/** A real ESM import from this CommonJS (ts-node) module: the runtime helpers are plain Node ESM. */
const importEsm = new Function('specifier', 'return import(specifier)') as (
	specifier: string,
) => Promise<unknown>;
const loadRuntime = async () =>
	(await importEsm(
		pathToFileURL(path.join(REPO_ROOT, 'scripts', 'n8n-runtime.mjs')).href,
	)) as Runtime;

// --------------------------------------------------------------------------------------------- results

interface Check {
	name: string;
	ok: boolean;
	detail?: string;
}
export interface VersionResult {
	n8nVersion: string;
	nodeVersion: string;
	date: string;
	installSeconds: number | null;
	matrixSeconds: number;
	loadCheck: { ok: boolean; detail: string };
	nodeOps: { passed: number; total: number };
	triggers: { passed: number; total: number };
	status: 'supported' | 'failing';
	checks: Check[];
	/** test/matrix/packages.ts: the action nodes' tool variants, the three per-service tarballs. */
	toolVariants?: ToolVariants;
	servicePackages?: ServicePackages;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const stable = (v: unknown): string =>
	JSON.stringify(v, (_k, x: unknown) =>
		x && typeof x === 'object' && !Array.isArray(x)
			? Object.fromEntries(Object.entries(x as Json).sort(([a], [b]) => a.localeCompare(b)))
			: x,
	);

function compareVersions(a: string, b: string): number {
	const pa = a.split('.').map(Number);
	const pb = b.split('.').map(Number);
	for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
	return 0;
}

/** Every runtimes/n8n-<version>/ with a package.json, oldest first. */
export function matrixVersions(): string[] {
	return readdirSync(path.join(REPO_ROOT, 'runtimes'))
		.map((d) => /^n8n-(\d+\.\d+\.\d+)$/.exec(d)?.[1])
		.filter(
			(v): v is string =>
				!!v && existsSync(path.join(REPO_ROOT, 'runtimes', `n8n-${v}`, 'package.json')),
		)
		.sort(compareVersions);
}

// --------------------------------------------------------------------------------------------- sandbox

function credentials(url: string): Json[] {
	return [
		{
			id: 'matrixFulfillbot1',
			name: 'Sandbox Fulfillbot',
			type: 'fulfillbotApi',
			data: { apiKey: FULFILLBOT_KEYS.all, baseUrl: `${url}/fulfillbot/api/v1/open` },
		},
		{
			id: 'matrixS2Credentl',
			name: 'Sandbox S2',
			type: 's2Api',
			data: { accessToken: S2.token, organizationId: S2.orgA, baseUrl: `${url}/s2` },
		},
		{
			id: 'matrixShoplineCr',
			name: 'Sandbox SHOPLINE',
			type: 'shoplineApi',
			data: shoplineCredentialData(url),
		},
	];
}

const CREDENTIAL_REF: Record<Api, Json> = {
	fulfillbot: { fulfillbotApi: { id: 'matrixFulfillbot1', name: 'Sandbox Fulfillbot' } },
	s2: { s2Api: { id: 'matrixS2Credentl', name: 'Sandbox S2' } },
	shopline: { shoplineApi: { id: 'matrixShoplineCr', name: 'Sandbox SHOPLINE' } },
};

/** The same request, sent straight to the sandbox with the same credentials: what the node should output. */
async function direct(sandbox: RunningSandbox, api: Api, entry: JournalEntry): Promise<unknown> {
	const base = {
		fulfillbot: '/fulfillbot/api/v1/open',
		s2: '/s2',
		shopline: `/shopline/${SHOPLINE.handle}/admin/openapi/${SHOPLINE.version}`,
	}[api];
	const headers: Record<string, string> = {
		fulfillbot: { authorization: `Bearer ${FULFILLBOT_KEYS.all}` },
		s2: { authorization: `Bearer ${S2.token}`, 'x-s2-organization': S2.orgA },
		shopline: { authorization: `Bearer ${SHOPLINE.token}` },
	}[api];
	const query = new URLSearchParams();
	for (const [k, v] of Object.entries(entry.query ?? {}))
		for (const one of Array.isArray(v) ? v : [v]) query.append(k, String(one));
	const qs = query.toString();
	const res = await fetch(`${sandbox.url}${base}${entry.path}${qs ? `?${qs}` : ''}`, { headers });
	if (!res.ok) throw new Error(`direct ${entry.path}: HTTP ${res.status}`);
	return res.json();
}

/** The ways the nodes turn an answer into items: the envelope's record, its list, or the answer itself. */
function itemCandidates(body: unknown): unknown[][] {
	const out: unknown[][] = [];
	const add = (v: unknown) => {
		if (Array.isArray(v)) out.push(v);
		else if (v && typeof v === 'object') out.push([v]);
	};
	const visit = (v: unknown, depth: number) => {
		add(v);
		if (depth === 0 || !v || typeof v !== 'object' || Array.isArray(v)) return;
		for (const inner of Object.values(v as Json))
			if (inner && typeof inner === 'object') visit(inner, depth - 1);
	};
	visit(body, 2);
	return out;
}

// --------------------------------------------------------------------------------------------- workflows

function opsWorkflow(): Json {
	const trigger = {
		id: 'matrixManual0001',
		name: 'Manual Trigger',
		type: 'n8n-nodes-base.manualTrigger',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const nodes = OP_CASES.map((c, i) => ({
		id: `matrixOp${String(i).padStart(8, '0')}`,
		name: c.node,
		type: `${PACKAGE_NAME}.${c.api}`,
		typeVersion: 1,
		position: [300, i * 120],
		// Each node's failure is its own: it becomes an error item instead of stopping the other branches.
		onError: 'continueRegularOutput',
		parameters: { resource: c.resource, operation: c.operation, ...(c.params ?? {}) },
		credentials: CREDENTIAL_REF[c.api],
	}));
	return {
		id: OPS_WORKFLOW,
		name: 'matrix: one operation per resource',
		nodes: [trigger, ...nodes],
		connections: {
			'Manual Trigger': { main: [nodes.map((n) => ({ node: n.name, type: 'main', index: 0 }))] },
		},
		settings: { executionOrder: 'v1' },
	};
}

function triggerWorkflows(): Json[] {
	return TRIGGER_CASES.map((t) => ({
		id: t.workflowId,
		name: `matrix: ${t.node}`,
		nodes: [
			{
				id: `${t.workflowId}N`,
				name: t.node,
				type: `${PACKAGE_NAME}.${t.type}`,
				typeVersion: 1,
				position: [0, 0],
				parameters: { events: t.events, pollTimes: { item: [{ mode: 'everyMinute' }] } },
				credentials: CREDENTIAL_REF[t.api],
			},
		],
		connections: {},
		settings: { executionOrder: 'v1' },
	}));
}

/** The node and credential type names package.json's `n8n` section declares, read from the built classes. */
function declaredTypes(): { nodes: string[]; credentials: string[] } {
	const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
		n8n: { nodes: string[]; credentials: string[] };
	};
	const instances = (files: string[]) =>
		files.flatMap((f) =>
			Object.values(require(path.join(REPO_ROOT, f)) as Record<string, new () => Json>).map(
				(C) => new C(),
			),
		);
	return {
		nodes: instances(pkg.n8n.nodes).map(
			(n) => `${PACKAGE_NAME}.${(n.description as Json).name as string}`,
		),
		credentials: instances(pkg.n8n.credentials).map((c) => c.name as string),
	};
}

// ------------------------------------------------------------------------------------------ one version

async function runVersion(rt: Runtime, version: string): Promise<VersionResult> {
	const started = Date.now();
	const checks: Check[] = [];
	const check = (name: string, ok: boolean, detail?: string) => {
		checks.push({ name, ok, ...(detail ? { detail } : {}) });
		console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name}${detail && !ok ? `: ${detail}` : ''}`);
		return ok;
	};
	const log = (msg: string) =>
		console.log(`  [${Math.round((Date.now() - started) / 1000)} s] ${msg}`);

	let installSeconds: number | null = null;
	if (rt.installedN8nVersion(version) !== version) {
		const t = Date.now();
		await rt.ensureN8n({ version });
		installSeconds = Math.round((Date.now() - t) / 1000);
	}
	const matrixStarted = Date.now();
	const node = rt.runtimeNode(version);
	const nodeVersion = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
	const bin = await rt.ensureN8n({ version });
	const reported =
		execFileSync(node, [bin, '--version'], {
			encoding: 'utf8',
			env: { ...process.env, N8N_DIAGNOSTICS_ENABLED: 'false' },
		})
			.trim()
			.split('\n')
			.pop() ?? '';
	check('n8n --version', reported.trim() === version, `reported ${reported}`);
	log(`n8n ${version} on Node ${nodeVersion} (${node})`);

	const sandbox = await startSandbox({ port: 0 });
	const userFolder = await rt.createUserFolder({ prefix: `n8n-matrix-${version}-` });
	const journal = async (): Promise<JournalEntry[]> =>
		(await fetch(`${sandbox.url}/__sandbox/journal`)).json() as Promise<JournalEntry[]>;
	const lastSeq = async () => Math.max(0, ...(await journal()).map((e) => e.seq));
	let loadCheck = { ok: false, detail: 'not reached' };
	const extra: { toolVariants?: ToolVariants; servicePackages?: ServicePackages } = {};
	try {
		await rt.importCredentials({
			userFolder,
			version,
			credentials: [...credentials(sandbox.url), ...webhookCredentials(sandbox.url)],
		});
		await rt.importWorkflows({
			userFolder,
			version,
			workflows: [opsWorkflow(), ...triggerWorkflows(), ...webhookWorkflows()],
		});
		log('credentials and workflows imported');

		// 1. One operation per resource, one workflow, one `n8n execute`.
		const since = await lastSeq();
		const res = await rt.executeWorkflow({
			userFolder,
			version,
			id: OPS_WORKFLOW,
			timeoutMs: 300_000,
		});
		const sent = (await journal()).filter((e) => e.seq > since);
		log(`nodes workflow executed in ${Math.round(res.durationMs / 1000)} s (exit ${res.code})`);
		if (!res.ok && Object.keys(res.outputs).length === 0) {
			console.log(`${res.stdout}\n${res.stderr}`.slice(-4000));
		}
		for (const c of OP_CASES) await checkOp(c, res, sent, sandbox, check);

		// 2. One `n8n start`: load check, first polls, one change per trigger.
		for (const t of [...TRIGGER_CASES, ...WEBHOOK_CASES])
			await rt.publishWorkflow({ userFolder, version, id: t.workflowId });
		const beforeStart = await lastSeq();
		const n8n = await rt.startN8n({ userFolder, version, ...(await webhookStartOptions()) });
		log(`n8n start ready at ${n8n.url}`);
		try {
			loadCheck = await checkTypes(n8n.url);
			check(
				'load check: every node and credential type listed by the running n8n',
				loadCheck.ok,
				loadCheck.detail,
			);
			extra.toolVariants = await toolVariantChecks(n8n.url, check);
			await triggerChecks(rt, { version, userFolder, sandbox, journal, beforeStart, check, log });
			await webhookChecks({
				url: n8n.url,
				sandbox,
				executions: (id) => rt.listExecutions({ userFolder, version, workflowId: id }),
				check,
				log,
			});
		} catch (e) {
			check('n8n start', false, (e as Error).message);
			console.log(n8n.output().slice(-4000));
		} finally {
			await n8n.stop();
		}
		// 3. One more `n8n start` with the three per-service tarballs installed instead of this package.
		extra.servicePackages = await servicePackageChecks(rt, { version, check, log });
	} catch (e) {
		check('run', false, (e as Error).stack ?? String(e));
	} finally {
		await sandbox.close();
		execFileSync('rm', ['-rf', userFolder]);
	}

	const opNames = new Set(OP_CASES.map((c) => `node ${c.node}`));
	const trgNames = new Set(TRIGGER_CASES.map((t) => `trigger ${t.node}`));
	const passedOf = (names: Set<string>) =>
		[...names].filter(
			(n) =>
				checks.filter((c) => c.name.startsWith(n)).length > 0 &&
				checks.filter((c) => c.name.startsWith(n)).every((c) => c.ok),
		).length;
	const result: VersionResult = {
		n8nVersion: version,
		nodeVersion,
		date: new Date().toISOString().slice(0, 10),
		installSeconds,
		matrixSeconds: Math.round((Date.now() - matrixStarted) / 1000),
		loadCheck,
		nodeOps: { passed: passedOf(opNames), total: opNames.size },
		triggers: { passed: passedOf(trgNames), total: trgNames.size },
		status: checks.every((c) => c.ok) ? 'supported' : 'failing',
		checks,
		...extra,
	};
	log(`n8n ${version}: ${result.status} (${result.matrixSeconds} s)`);
	return result;
}

async function checkOp(
	c: OpCase,
	res: ExecuteResult,
	sent: JournalEntry[],
	sandbox: RunningSandbox,
	check: (n: string, ok: boolean, d?: string) => boolean,
) {
	const name = `node ${c.node} (${c.resource} → ${c.operation})`;
	const items = res.outputs[c.node];
	if (!items)
		return check(
			name,
			false,
			`no output (workflow error: ${JSON.stringify(res.error)?.slice(0, 300)})`,
		);
	const failed = items.find((i) => i.error);
	if (failed)
		return check(name, false, `error item: ${JSON.stringify(failed.error).slice(0, 300)}`);
	const mine = sent.filter((e) => e.api === c.api && e.method === c.method && e.path === c.path);
	if (mine.length !== 1)
		return check(name, false, `expected one ${c.method} ${c.path}, the sandbox saw ${mine.length}`);
	if (!mine[0].status || mine[0].status >= 300)
		return check(name, false, `${c.path} answered ${mine[0].status}`);
	if (mine[0].principal === null) return check(name, false, `${c.path} was not authenticated`);
	const answer = await direct(sandbox, c.api, mine[0]);
	const want = stable(items);
	const ok = itemCandidates(answer).some((cand) => stable(cand) === want);
	return check(
		name,
		ok && items.length > 0,
		`output ${want.slice(0, 200)} is not the sandbox's answer ${JSON.stringify(answer).slice(0, 200)}`,
	);
}

async function checkTypes(url: string): Promise<{ ok: boolean; detail: string }> {
	const want = declaredTypes();
	// The type lists need a signed-in user: set up the fresh instance's owner (as its first visitor would).
	const headers = { 'Content-Type': 'application/json', 'browser-id': 'n8n-matrix' };
	const setup = await fetch(`${url}/rest/owner/setup`, {
		method: 'POST',
		headers,
		body: JSON.stringify({
			email: 'matrix@example.com',
			firstName: 'Matrix',
			lastName: 'Runner',
			password: 'Matrix-Runner-1',
		}),
	});
	if (!setup.ok)
		throw new Error(
			`/rest/owner/setup: HTTP ${setup.status} ${(await setup.text()).slice(0, 300)}`,
		);
	const cookie = setup.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.join('; ');
	const list = async (what: string) => {
		const res = await fetch(`${url}/types/${what}.json`, { headers: { ...headers, cookie } });
		if (!res.ok) throw new Error(`/types/${what}.json: HTTP ${res.status}`);
		return ((await res.json()) as Json[]).map((t) => t.name as string);
	};
	const nodes = new Set(await list('nodes'));
	const creds = new Set(await list('credentials'));
	const missing = [
		...want.nodes.filter((n) => !nodes.has(n)),
		...want.credentials.filter((c) => !creds.has(c)),
	];
	return {
		ok: missing.length === 0 && want.nodes.length === 8 && want.credentials.length === 3,
		detail: missing.length
			? `missing: ${missing.join(', ')}`
			: `${want.nodes.length} node + ${want.credentials.length} credential types listed`,
	};
}

async function triggerChecks(
	rt: Runtime,
	ctx: {
		version: string;
		userFolder: string;
		sandbox: RunningSandbox;
		journal: () => Promise<JournalEntry[]>;
		beforeStart: number;
		check: (n: string, ok: boolean, d?: string) => boolean;
		log: (m: string) => void;
	},
) {
	const { version, userFolder, sandbox, journal, beforeStart, check, log } = ctx;
	const polls = async (api: Api, p: string) =>
		(await journal()).filter(
			(e) => e.seq > beforeStart && e.api === api && e.method === 'GET' && e.path === p,
		);
	const executions = async (id: string) =>
		(await rt.listExecutions({ userFolder, version, workflowId: id })).filter(
			(e) => !['new', 'running', 'waiting'].includes(e.status),
		);

	// First polls (activation): every trigger read its list; give them a moment to finish, nothing is emitted.
	const until = Date.now() + 30_000;
	while (Date.now() < until) {
		const seen = await Promise.all(
			TRIGGER_CASES.map(async (t) => (await polls(t.api, t.pollPath)).length > 0),
		);
		if (seen.every(Boolean)) break;
		await sleep(250);
	}
	await sleep(3_000);
	const primed: Record<string, number> = {};
	for (const t of TRIGGER_CASES) {
		const first = await polls(t.api, t.pollPath);
		primed[t.workflowId] = first.length;
		const execs = await executions(t.workflowId);
		check(
			`trigger ${t.node}: first poll reads ${t.pollPath} and emits nothing`,
			first.length >= 1 && first.every((e) => e.status === 200) && execs.length === 0,
			`polls ${first.map((e) => e.status).join(',') || 'none'}, executions ${execs.length}`,
		);
	}
	log('first polls done; moving one record per API in the sandbox');

	for (const t of TRIGGER_CASES) {
		const res = await fetch(`${sandbox.url}/__sandbox/advance`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ api: t.api, kind: t.advance.kind, id: t.advance.id }),
		});
		const moved = (await res.json()) as Array<{ from: string; to: string }>;
		check(
			`trigger ${t.node}: sandbox moved ${t.advance.kind} ${t.advance.id}`,
			moved.length === 1 && moved[0].from === t.advance.from && moved[0].to === t.advance.to,
			JSON.stringify(moved),
		);
	}

	// The next scheduled poll (every minute) reports each change once.
	const deadline = Date.now() + SECOND_POLL_TIMEOUT_MS;
	let byId: Record<string, ExecutionRecord[]> = {};
	for (;;) {
		byId = Object.fromEntries(
			await Promise.all(
				TRIGGER_CASES.map(async (t) => [t.workflowId, await executions(t.workflowId)] as const),
			),
		);
		if (TRIGGER_CASES.every((t) => byId[t.workflowId].length > 0) || Date.now() > deadline) break;
		await sleep(1000);
	}
	log('second polls done');
	for (const t of TRIGGER_CASES) {
		const execs = byId[t.workflowId];
		const later = (await polls(t.api, t.pollPath)).length - primed[t.workflowId];
		const items = execs[0]?.outputs?.[t.node] ?? [];
		const matches =
			items.length === 1 && Object.entries(t.emitted).every(([k, v]) => items[0][k] === v);
		check(
			`trigger ${t.node}: the next poll emits the change once`,
			later >= 1 && execs.length === 1 && execs[0].status === 'success' && matches,
			`later polls ${later}, executions ${execs.map((e) => e.status).join(',') || 'none'}, items ${JSON.stringify(items).slice(0, 300)}${execs[0]?.error ? `, error ${JSON.stringify(execs[0].error).slice(0, 300)}` : ''}`,
		);
	}
}

// --------------------------------------------------------------------------------------------- reports

export function markdownTable(results: VersionResult[]): string {
	const rows = results.map((r) => {
		const failed = r.checks.filter((c) => !c.ok).map((c) => c.name);
		const status = r.status === 'supported' ? '✅ supported' : `❌ failing (${failed.join('; ')})`;
		return `| ${r.n8nVersion} | ${r.nodeVersion.replace(/^v/, '')} | ${r.loadCheck.ok ? '✅' : '❌'} | ${r.nodeOps.passed}/${r.nodeOps.total} | ${r.triggers.passed}/${r.triggers.total} | ${extraColumns(r).cells.join(' | ')} | ${status} | ${r.date} |`;
	});
	const extraHeader = extraColumns({}).header;
	return [
		`| n8n | Node.js | Load check | Node operations | Triggers | ${extraHeader.join(' | ')} | Status | Tested |`,
		`|---|---|---|---|---|${extraHeader.map(() => '---|').join('')}---|---|`,
		...rows,
	].join('\n');
}

function writeReports(results: VersionResult[]) {
	writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
	const table = markdownTable(results);
	writeFileSync(
		DOC_FILE,
		[
			'# Supported n8n versions',
			'',
			'Produced by `npm run test:matrix` (test/matrix/run.ts; raw results in test/matrix/results.json). Each n8n',
			'runs from its own folder, runtimes/n8n-<version>/, with its own Node.js where it needs a newer one. Per version:',
			'the **load check** (every node and credential type of the package is listed by the running n8n), one',
			"**node operation** per resource of each node in one workflow (output equal to the sandbox's answer, exactly one",
			"request seen by the sandbox), and each **trigger**'s first poll (primes, emits nothing) and next poll (emits",
			'the change the sandbox made, once). **Tool variants**: the `<node>Tool` types n8n registers for the action nodes',
			'(`usableAsTool`), listed in every version that lists tool variants of its own nodes. **Per-service packages**: the',
			'three tarballs of `npm run pack:services` installed as n8n installs a community package, in one more `n8n start`;',
			"each package's nodes, credential and tool variants must be listed.",
			'',
			table,
			'',
		].join('\n'),
	);
	// Only the block between the markers changes; read and write back at once (README is edited by others too).
	const readme = readFileSync(README_FILE, 'utf8');
	const a = readme.indexOf(MARK_START);
	const b = readme.indexOf(MARK_END);
	if (a !== -1 && b > a)
		writeFileSync(
			README_FILE,
			`${readme.slice(0, a + MARK_START.length)}\n${table}\n${readme.slice(b)}`,
		);
}

async function main() {
	const args = process.argv.slice(2).filter((a) => /^\d+\.\d+\.\d+$/.test(a));
	const all = matrixVersions();
	const versions = args.length ? args : all;
	const rt = await loadRuntime();
	await rt.ensureBuilt();
	const previous: VersionResult[] = existsSync(RESULTS_FILE)
		? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as VersionResult[])
		: [];
	const results: VersionResult[] = [];
	for (const version of versions) {
		console.log(`\n=== n8n ${version}`);
		results.push(await runVersion(rt, version));
	}
	// A partial run (some versions named) keeps the other versions' last results in the report.
	const merged = [
		...previous.filter((p) => !versions.includes(p.n8nVersion) && all.includes(p.n8nVersion)),
		...results,
	].sort((x, y) => compareVersions(x.n8nVersion, y.n8nVersion));
	writeReports(merged);

	console.log(`\n${markdownTable(results)}\n`);
	for (const r of results)
		console.log(
			`n8n ${r.n8nVersion}: install ${r.installSeconds ?? 'skipped (present)'} s, matrix ${r.matrixSeconds} s`,
		);
	const passed = results.flatMap((r) => r.checks).filter((c) => c.ok).length;
	const failed = results.flatMap((r) => r.checks).filter((c) => !c.ok).length;
	console.log(`\n${passed} passed, ${failed} failed`);
	process.exitCode = failed ? 1 : 0;
}

if (require.main === module) {
	main().catch((e: unknown) => {
		console.error(e);
		process.exitCode = 1;
	});
}
