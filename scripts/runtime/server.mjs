// `n8n start`, kept up until stop().
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { DEFAULT_N8N_VERSION, sleep } from './common.mjs';
import { runtimeNode } from './runtimes.mjs';
import { ensureN8n } from './install.mjs';
import { freePort, n8nEnv } from './userFolder.mjs';

export async function waitForHttp(
	url,
	{ timeoutMs = 120_000, intervalMs = 250, isAlive = () => true } = {},
) {
	const until = Date.now() + timeoutMs;
	for (;;) {
		try {
			const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
			if (res.ok) return;
		} catch {}
		if (!isAlive()) throw new Error(`process exited before ${url} answered`);
		if (Date.now() > until) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
		await sleep(intervalMs);
	}
}

/**
 * Start `n8n start` on 127.0.0.1:<port> (a free one by default). The child gets its own process group so
 * stop() can sweep its task-runner child too. Resolves once /healthz, readiness and the REST API answer:
 * { url, port, pid, child, output() (stdout+stderr so far), stop() -> exit code }.
 * `stdio: 'inherit'` shows n8n's log in the terminal (npm start); by default it is captured.
 */
export async function startN8n({
	userFolder,
	version = DEFAULT_N8N_VERSION,
	port,
	env = {},
	stdio = 'pipe',
	readyTimeoutMs = 180_000,
} = {}) {
	const bin = await ensureN8n({ version });
	port = port ?? (await freePort());
	const brokerPort = env.brokerPort ?? (await freePort());
	const child = spawn(runtimeNode(version), [bin, 'start'], {
		cwd: resolve(userFolder),
		env: n8nEnv(userFolder, { ...env, port, brokerPort }),
		stdio: stdio === 'inherit' ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	let output = '';
	child.stdout?.on('data', (d) => (output += d));
	child.stderr?.on('data', (d) => (output += d));
	let exited = false;
	const exitPromise = new Promise((res) =>
		child.on('exit', (code, signal) => {
			exited = true;
			res(code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1));
		}),
	);
	const url = `http://127.0.0.1:${port}`;
	const stop = async ({ graceMs = 20_000 } = {}) => {
		if (!exited) {
			try {
				process.kill(child.pid, 'SIGINT');
			} catch {}
			const t = setTimeout(() => {
				try {
					process.kill(-child.pid, 'SIGKILL');
				} catch {}
			}, graceMs);
			await exitPromise;
			clearTimeout(t);
		}
		// Sweep anything left in n8n's process group (its task runner) once n8n itself is gone.
		await sleep(200);
		try {
			process.kill(-child.pid, 'SIGKILL');
		} catch {}
		return exitPromise;
	};
	// If this process dies first, take n8n down with it (a child writing to a dead pipe spins at 100% CPU).
	const onExit = () => {
		try {
			process.kill(-child.pid, 'SIGKILL');
		} catch {}
	};
	process.on('exit', onExit);
	exitPromise.then(() => process.off('exit', onExit));
	try {
		// /healthz answers as soon as the HTTP server listens; the REST API (and "n8n is starting up" page
		// until migrations finish) comes later, so wait for /healthz/readiness and then /rest/settings.
		const ready = { timeoutMs: readyTimeoutMs, isAlive: () => !exited };
		await waitForHttp(`${url}/healthz/readiness`, ready);
		await waitForHttp(`${url}/rest/settings`, ready);
	} catch (e) {
		await stop();
		throw new Error(`${e.message}\n${output}`);
	}
	return { url, port, pid: child.pid, child, output: () => output, stop, exited: exitPromise };
}
