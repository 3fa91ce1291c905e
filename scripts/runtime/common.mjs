// What every job shares: the repository root, the default version, logging, a cross-process lock, child processes.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const DEFAULT_N8N_VERSION = '2.8.4';

export const log = (msg) => process.stderr.write(`[n8n-runtime] ${msg}\n`);

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Environment for nested npm calls: drop what `npm run`/`npm test` exported about the outer project. */
export function cleanNpmEnv(env = process.env) {
	const out = {};
	for (const [k, v] of Object.entries(env)) {
		if (/^npm_(package_|lifecycle_|command$|config_local_prefix$)/i.test(k)) continue;
		out[k] = v;
	}
	return out;
}

/** A cross-process lock (mkdir is atomic); waits for a holder, breaks locks of dead processes. */
export async function withLock(lockDir, what, fn) {
	await mkdir(dirname(lockDir), { recursive: true });
	let announced = false;
	for (;;) {
		try {
			await mkdir(lockDir);
			await writeFile(join(lockDir, 'pid'), String(process.pid));
			break;
		} catch (e) {
			if (e.code !== 'EEXIST') throw e;
			const pid = Number(await readFile(join(lockDir, 'pid'), 'utf8').catch(() => '0'));
			let alive = false;
			if (pid) {
				try {
					process.kill(pid, 0);
					alive = true;
				} catch {}
			}
			const age = Date.now() - (await stat(lockDir).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
			if (!alive && (pid || age > 10_000)) {
				await rm(lockDir, { recursive: true, force: true });
				continue;
			}
			if (!announced) log(`waiting for another process to finish ${what} (lock ${lockDir})`);
			announced = true;
			await sleep(1000);
		}
	}
	try {
		return await fn();
	} finally {
		await rm(lockDir, { recursive: true, force: true });
	}
}

export function run(
	cmd,
	args,
	{ cwd = REPO_ROOT, env = process.env, stdio = ['ignore', 2, 2] } = {},
) {
	return new Promise((res, rej) => {
		const child = spawn(cmd, args, { cwd, env, stdio });
		child.on('error', rej);
		child.on('exit', (code, signal) => res(code ?? (signal ? 1 : 0)));
	});
}

export function readPackageJson(dir = REPO_ROOT) {
	return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
}

/** 1 for '1.123.81', 2 for '2.8.4'. */
export function majorVersion(version = DEFAULT_N8N_VERSION) {
	return Number(String(version).split('.')[0]);
}
