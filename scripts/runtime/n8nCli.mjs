// The n8n CLI: import credentials and workflows, execute, publish.
import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DEFAULT_N8N_VERSION, majorVersion } from './common.mjs';
import { runtimeNode } from './runtimes.mjs';
import { ensureN8n } from './install.mjs';
import { freePort, n8nEnv } from './userFolder.mjs';

/**
 * Run the n8n CLI (`args`, e.g. ['import:workflow', '--input', f]) with the quiet env and a free broker port.
 * Resolves { code, stdout, stderr, durationMs }; never rejects on a non-zero exit.
 */
export async function runN8n(
	args,
	{ userFolder, version = DEFAULT_N8N_VERSION, env = {}, timeoutMs = 180_000 } = {},
) {
	if (!userFolder) throw new Error('runN8n: userFolder is required');
	const bin = await ensureN8n({ version });
	const brokerPort = env.brokerPort ?? (await freePort());
	const started = Date.now();
	return new Promise((res, rej) => {
		const child = spawn(runtimeNode(version), [bin, ...args], {
			cwd: resolve(userFolder),
			env: n8nEnv(userFolder, { ...env, brokerPort }),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		const timer = setTimeout(() => {
			stderr += `\n[n8n-runtime] timed out after ${timeoutMs} ms; killing n8n ${args[0]}\n`;
			child.kill('SIGKILL');
		}, timeoutMs);
		// If this process exits first (Ctrl-C in npm start), don't leave the CLI spinning on its dead pipes.
		const onExit = () => child.kill('SIGKILL');
		process.on('exit', onExit);
		child.on('error', (e) => {
			clearTimeout(timer);
			process.off('exit', onExit);
			rej(e);
		});
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			process.off('exit', onExit);
			res({ code: code ?? (signal ? 1 : 0), stdout, stderr, durationMs: Date.now() - started });
		});
	});
}

export function n8nId() {
	const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
	let id = '';
	for (let i = 0; i < 16; i++) id += chars[Math.floor(Math.random() * chars.length)];
	return id;
}

export async function writeJsonTemp(userFolder, name, data) {
	const dir = join(resolve(userFolder), 'import');
	await mkdir(dir, { recursive: true });
	const file = join(dir, `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}.json`);
	await writeFile(file, JSON.stringify(data, null, 2));
	return file;
}

export function assertOk(what, result) {
	const text = `${result.stdout}\n${result.stderr}`;
	if (
		result.code !== 0 ||
		/An error occurred|Error importing|Error updating database|does not exist/i.test(text)
	) {
		const e = new Error(
			`n8n ${what} failed (exit ${result.code}):\n${result.stdout}\n${result.stderr}`.trim(),
		);
		e.result = result;
		throw e;
	}
	return result;
}

/**
 * Import credentials: [{ id?, name, type, data: {...} }] (plain data; n8n encrypts it with the folder's key).
 * Existing ids are updated (upsert). Returns the credentials with their ids.
 */
export async function importCredentials({ userFolder, credentials, version, env }) {
	const list = credentials.map((c) => ({ id: c.id ?? n8nId(), ...c }));
	const file = await writeJsonTemp(userFolder, 'credentials', list);
	const result = assertOk(
		'import:credentials',
		await runN8n(['import:credentials', `--input=${file}`], { userFolder, version, env }),
	);
	await rm(file, { force: true });
	return {
		credentials: list.map(({ id, name, type }) => ({ id, name, type })),
		durationMs: result.durationMs,
	};
}

/** Import workflows: [{ id?, name, nodes, connections, settings? }]. Returns their ids. */
export async function importWorkflows({ userFolder, workflows, version, env }) {
	const list = workflows.map((w) => ({
		id: w.id ?? n8nId(),
		active: false,
		settings: {},
		...w,
		nodes: w.nodes.map((n) => ({ id: n.id ?? n8nId(), position: [0, 0], parameters: {}, ...n })),
	}));
	const file = await writeJsonTemp(userFolder, 'workflows', list);
	const result = assertOk(
		'import:workflow',
		await runN8n(['import:workflow', `--input=${file}`], { userFolder, version, env }),
	);
	await rm(file, { force: true });
	return { ids: list.map((w) => w.id), durationMs: result.durationMs };
}

/** Extract the first pretty-printed JSON object from mixed log output ("parse from the first `{`"). */
export function extractJson(text) {
	const starts = [];
	if (text.startsWith('{')) starts.push(0);
	for (let i = text.indexOf('\n{'); i !== -1; i = text.indexOf('\n{', i + 1)) starts.push(i + 1);
	for (const start of starts) {
		let depth = 0;
		let inString = false;
		for (let i = start; i < text.length; i++) {
			const ch = text[i];
			if (inString) {
				if (ch === '\\') i++;
				else if (ch === '"') inString = false;
			} else if (ch === '"') inString = true;
			else if (ch === '{' || ch === '[') depth++;
			else if (ch === '}' || ch === ']') {
				depth--;
				if (depth === 0) {
					try {
						return JSON.parse(text.slice(start, i + 1));
					} catch {
						break;
					}
				}
			}
		}
	}
	return null;
}

/** `{ nodeName: [item.json, ...] }` of the first run / first main output of every node in an n8n IRun. */
export function nodeOutputs(run) {
	const out = {};
	for (const [name, runs] of Object.entries(run?.data?.resultData?.runData ?? {})) {
		out[name] = (runs?.[0]?.data?.main?.[0] ?? []).map((item) => item.json);
	}
	return out;
}

/**
 * `n8n execute --id <id> --rawOutput` (the workflow must start with a Manual Trigger). Resolves
 * { ok, code, run (the IRun JSON or null), outputs ({node: json[]}), lastNodeExecuted, error, stdout, stderr, durationMs }.
 */
export async function executeWorkflow({ userFolder, id, version, env, timeoutMs }) {
	const result = await runN8n(['execute', `--id=${id}`, '--rawOutput'], {
		userFolder,
		version,
		env,
		timeoutMs,
	});
	const run = extractJson(result.stdout);
	const error = run?.data?.resultData?.error ?? null;
	return {
		ok: result.code === 0 && run !== null && !error,
		...result,
		run,
		outputs: nodeOutputs(run),
		lastNodeExecuted: run?.data?.resultData?.lastNodeExecuted ?? null,
		error,
	};
}

/**
 * `n8n publish:workflow --id <id>`: the workflow becomes active at the next `n8n start`. n8n 1.x has no
 * publishing: there it is `n8n update:workflow --id <id> --active=true`, with the same effect.
 */
export async function publishWorkflow({ userFolder, id, version = DEFAULT_N8N_VERSION, env }) {
	const args =
		majorVersion(version) < 2
			? ['update:workflow', `--id=${id}`, '--active=true']
			: ['publish:workflow', `--id=${id}`];
	const result = assertOk(args[0], await runN8n(args, { userFolder, version, env }));
	return { durationMs: result.durationMs };
}
