/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev-only code, never packed (package.json files: ["dist"]) */
/**
 * Real-n8n helper for the e2e tests. It drives scripts/n8n-runtime.mjs (the same code `npm start` uses)
 * through its `call` CLI, because jest cannot import ESM. Every call is an async child process, so an
 * in-process sandbox keeps answering while n8n runs.
 *
 *   const n8n = await RealN8n.create();            // ensures n8n + a built package, fresh user folder, package linked
 *   await n8n.importCredentials([{ id, name, type: 'fulfillbotApi', data: { apiKey, baseUrl } }]);
 *   await n8n.importWorkflows([manualWorkflow('wfId', [node])]);
 *   const res = await n8n.execute('wfId');         // res.ok, res.outputs['Node name'], res.error, res.stdout
 *   await n8n.dispose();
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const RUNTIME_SCRIPT = path.join(REPO_ROOT, 'scripts', 'n8n-runtime.mjs');
export const PACKAGE_NAME = 'n8n-nodes-fulfillment';
export const DEFAULT_N8N_VERSION = '2.8.4';

export type Json = Record<string, unknown>;

export interface CredentialInput {
	id?: string;
	name: string;
	type: string;
	data: Record<string, string | number | boolean>;
}

export interface WorkflowNode {
	id?: string;
	name: string;
	type: string;
	typeVersion: number;
	position?: [number, number];
	parameters?: Json;
	credentials?: Record<string, { id: string; name: string }>;
}

export interface WorkflowInput {
	id?: string;
	name: string;
	nodes: WorkflowNode[];
	connections: Json;
	settings?: Json;
}

export interface ExecuteResult {
	/** exit code 0, output parsed, no workflow error */
	ok: boolean;
	code: number;
	/** the IRun n8n printed (`{ data: { resultData: { runData, error, lastNodeExecuted } }, status, ... }`) */
	run: Json | null;
	/** `{ nodeName: [item.json, ...] }` of each node's first run, first main output */
	outputs: Record<string, Json[]>;
	lastNodeExecuted: string | null;
	error: (Json & { message?: string; description?: string }) | null;
	stdout: string;
	stderr: string;
	durationMs: number;
}

export interface ExecutionRecord {
	id: number;
	workflowId: string;
	mode: string;
	status: string;
	/** As the database holds it. */
	startedAt?: string | null;
	outputs: Record<string, Json[]>;
	error: Json | null;
	run: Json | null;
}

export interface PollingResult {
	executions: ExecutionRecord[];
	staticData: Json | null;
	output: string;
	durationMs: number;
}

/** Call an export of scripts/n8n-runtime.mjs in a child process; resolves its JSON result. */
export function callRuntime<T>(fn: string, options: object = {}): Promise<T> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [RUNTIME_SCRIPT, 'call', fn, JSON.stringify(options)], {
			cwd: REPO_ROOT,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
		child.stderr.on('data', (d: Buffer) => {
			stderr += d.toString();
			// Progress of a first-run install or build, so a long first `npm test` does not look hung.
			process.stderr.write(d);
		});
		child.on('error', reject);
		child.on('close', (code) => {
			if (code !== 0) {
				reject(new Error(`n8n-runtime ${fn} failed (exit ${code}):\n${stderr}`));
				return;
			}
			try {
				resolve(JSON.parse(stdout) as T);
			} catch {
				reject(new Error(`n8n-runtime ${fn} printed no JSON:\n${stdout}\n${stderr}`));
			}
		});
	});
}

/** Build the package when dist/ is missing or older than its sources (cross-process locked). */
export async function ensureBuilt(): Promise<void> {
	await callRuntime('ensureBuilt');
}

/** Install the pinned n8n into runtimes/n8n-<version>/ unless it is already there; returns the binary path. */
export async function ensureN8n(version = DEFAULT_N8N_VERSION): Promise<string> {
	return callRuntime<string>('ensureN8n', { version });
}

/** A workflow `Manual Trigger → ...nodes` chained in order (what `n8n execute` needs). */
export function manualWorkflow(
	id: string,
	nodes: WorkflowNode[],
	name = `e2e ${id}`,
): WorkflowInput {
	const trigger: WorkflowNode = {
		name: 'Manual Trigger',
		type: 'n8n-nodes-base.manualTrigger',
		typeVersion: 1,
		parameters: {},
	};
	const chain = [trigger, ...nodes].map((n, i) => ({
		position: [i * 220, 0] as [number, number],
		...n,
	}));
	const connections: Json = {};
	for (let i = 0; i < chain.length - 1; i++) {
		connections[chain[i].name] = { main: [[{ node: chain[i + 1].name, type: 'main', index: 0 }]] };
	}
	return { id, name, nodes: chain, connections };
}

/** One isolated n8n (its own temporary N8N_USER_FOLDER with the built package linked). */
export class RealN8n {
	private constructor(
		readonly userFolder: string,
		readonly version: string,
	) {}

	static async create({ version = DEFAULT_N8N_VERSION, build = true } = {}): Promise<RealN8n> {
		await ensureN8n(version);
		if (build) await ensureBuilt();
		const userFolder = await callRuntime<string>('createUserFolder', {
			prefix: 'n8n-e2e-',
			link: true,
		});
		return new RealN8n(userFolder, version);
	}

	async importCredentials(credentials: CredentialInput[]): Promise<{
		credentials: Array<{ id: string; name: string; type: string }>;
		durationMs: number;
	}> {
		return callRuntime('importCredentials', {
			userFolder: this.userFolder,
			version: this.version,
			credentials,
		});
	}

	async importWorkflows(
		workflows: WorkflowInput[],
	): Promise<{ ids: string[]; durationMs: number }> {
		return callRuntime('importWorkflows', {
			userFolder: this.userFolder,
			version: this.version,
			workflows,
		});
	}

	/** `n8n execute --id <id> --rawOutput`; never throws for a failed workflow (inspect `ok`/`error`). */
	async execute(id: string): Promise<ExecuteResult> {
		return callRuntime('executeWorkflow', {
			userFolder: this.userFolder,
			version: this.version,
			id,
		});
	}

	/**
	 * Run a polling-trigger workflow for real: `publish:workflow`, `n8n start` (activation polls once at once),
	 * wait for `minExecutions` finished executions (a poll that returns nothing records none) or `timeoutMs`,
	 * stop n8n. Call again to simulate a restart; the trigger's cursor (staticData) persists in the folder.
	 */
	async runPolling(
		id: string,
		{ minExecutions = 1, timeoutMs = 60_000 } = {},
	): Promise<PollingResult> {
		return callRuntime('runPollingWorkflow', {
			userFolder: this.userFolder,
			version: this.version,
			id,
			minExecutions,
			timeoutMs,
		});
	}

	/** Several polling workflows in one n8n start (see scripts/n8n-runtime.mjs runPollingWorkflows). */
	async runPollingMany(
		ids: string[],
		{
			minExecutions = {},
			timeoutMs = 60_000,
		}: { minExecutions?: Record<string, number>; timeoutMs?: number } = {},
	): Promise<{
		byId: Record<string, { executions: ExecutionRecord[]; staticData: Json | null }>;
		output: string;
		durationMs: number;
	}> {
		return callRuntime('runPollingWorkflows', {
			userFolder: this.userFolder,
			ids,
			version: this.version,
			minExecutions,
			timeoutMs,
		});
	}

	async executions(workflowId?: string): Promise<ExecutionRecord[]> {
		return callRuntime('listExecutions', {
			userFolder: this.userFolder,
			version: this.version,
			workflowId,
		});
	}

	async dispose(): Promise<void> {
		await callRuntime('removeUserFolder', { userFolder: this.userFolder });
	}
}
