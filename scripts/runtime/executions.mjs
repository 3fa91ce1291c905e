// Reading n8n's sqlite database: the executions and a workflow's static data.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { REPO_ROOT, DEFAULT_N8N_VERSION, cleanNpmEnv } from './common.mjs';
import { runtimeDir, runtimeNode, foreignNode } from './runtimes.mjs';
import { nodeOutputs } from './n8nCli.mjs';

/** `<runtime node> n8n-runtime.mjs call <fn> <json>` (for code that must run on the runtime's own node). */
export function callInRuntimeNode(version, fn, options) {
	return new Promise((res, rej) => {
		const child = spawn(
			runtimeNode(version),
			[join(REPO_ROOT, 'scripts', 'n8n-runtime.mjs'), 'call', fn, JSON.stringify(options)],
			{
				cwd: REPO_ROOT,
				env: cleanNpmEnv(),
				stdio: ['ignore', 'pipe', 'pipe'],
			},
		);
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		child.on('error', rej);
		child.on('close', (code) => {
			if (code !== 0)
				return rej(new Error(`${fn} on ${runtimeNode(version)} failed (exit ${code}):\n${stderr}`));
			try {
				res(JSON.parse(stdout));
			} catch {
				rej(new Error(`${fn} on ${runtimeNode(version)} printed no JSON:\n${stdout}\n${stderr}`));
			}
		});
	});
}

/**
 * Executions recorded in the folder's sqlite DB (newest last), read with the runtime's own sqlite3 + flatted:
 * [{ id, workflowId, mode, status, finished, startedAt, stoppedAt, run (IRun-like {data}), outputs }].
 */
export async function listExecutions({ userFolder, workflowId, version = DEFAULT_N8N_VERSION }) {
	// The runtime's sqlite3 is built for the runtime's node: read the DB in a process of that node.
	if (foreignNode(version))
		return callInRuntimeNode(version, 'listExecutions', { userFolder, workflowId, version });
	const req = createRequire(join(runtimeDir(version), 'package.json'));
	const sqlite3 = req('sqlite3');
	const flatted = req('flatted');
	const dbFile = join(resolve(userFolder), '.n8n', 'database.sqlite');
	const db = new sqlite3.Database(dbFile, sqlite3.OPEN_READONLY);
	try {
		const rows = await new Promise((res, rej) =>
			db.all(
				`SELECT e.id, e.workflowId, e.mode, e.status, e.finished, e.startedAt, e.stoppedAt, d.data
				 FROM execution_entity e LEFT JOIN execution_data d ON d.executionId = e.id
				 ${workflowId ? 'WHERE e.workflowId = ?' : ''} ORDER BY e.id`,
				workflowId ? [workflowId] : [],
				(err, r) => (err ? rej(err) : res(r)),
			),
		);
		return rows.map(({ data, ...row }) => {
			let parsed = null;
			try {
				parsed = data ? flatted.parse(data) : null;
			} catch {}
			const run = parsed ? { data: parsed } : null;
			return { ...row, run, outputs: nodeOutputs(run), error: parsed?.resultData?.error ?? null };
		});
	} finally {
		db.close();
	}
}

/** The workflow's static data as stored (polling triggers keep their cursor under `node:<name>`). */
export async function workflowStaticData({ userFolder, id, version = DEFAULT_N8N_VERSION }) {
	if (foreignNode(version))
		return callInRuntimeNode(version, 'workflowStaticData', { userFolder, id, version });
	const req = createRequire(join(runtimeDir(version), 'package.json'));
	const sqlite3 = req('sqlite3');
	const db = new sqlite3.Database(
		join(resolve(userFolder), '.n8n', 'database.sqlite'),
		sqlite3.OPEN_READONLY,
	);
	try {
		const row = await new Promise((res, rej) =>
			db.get('SELECT staticData FROM workflow_entity WHERE id = ?', [id], (err, r) =>
				err ? rej(err) : res(r),
			),
		);
		return row?.staticData ? JSON.parse(row.staticData) : null;
	} finally {
		db.close();
	}
}
