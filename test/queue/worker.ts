/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev-only code, never packed (package.json files: ["dist"]) */
/**
 * `n8n worker` for the queue-mode test: the same quiet, isolated env as scripts/n8n-runtime.mjs gives `n8n start`
 * (its own N8N_USER_FOLDER, its own task-runner broker port), plus its health server on a free loopback port,
 * which answers /healthz once the worker is up.
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';

type Json = Record<string, unknown>;

export interface Instance {
	output(): string;
	stop(): Promise<unknown>;
}
export interface Worker extends Instance {
	name: string;
	pid: number;
}
interface WorkerRuntime {
	ensureN8n(o: { version: string }): Promise<string>;
	runtimeNode(version: string): string;
	n8nEnv(userFolder: string, extra: Json): NodeJS.ProcessEnv;
	freePort(): Promise<number>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startWorker({
	rt,
	name,
	userFolder,
	version,
	env,
	concurrency = 5,
	readyTimeoutMs = 180_000,
}: {
	rt: unknown;
	name: string;
	userFolder: string;
	version: string;
	env: Json;
	concurrency?: number;
	readyTimeoutMs?: number;
}): Promise<Worker> {
	const runtime = rt as WorkerRuntime;
	const bin = await runtime.ensureN8n({ version });
	const healthPort = await runtime.freePort();
	const child = spawn(
		runtime.runtimeNode(version),
		[bin, 'worker', `--concurrency=${concurrency}`],
		{
			cwd: path.resolve(userFolder),
			env: runtime.n8nEnv(userFolder, {
				...env,
				brokerPort: await runtime.freePort(),
				QUEUE_HEALTH_CHECK_ACTIVE: 'true',
				QUEUE_HEALTH_CHECK_PORT: healthPort,
				N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
			}),
			stdio: ['ignore', 'pipe', 'pipe'],
			detached: true,
		},
	);
	let output = '';
	child.stdout?.on('data', (d) => (output += d));
	child.stderr?.on('data', (d) => (output += d));
	let exited = false;
	const exit = new Promise<number | null>((res) =>
		child.on('exit', (code) => ((exited = true), res(code))),
	);
	const killGroup = (sig: NodeJS.Signals) => {
		try {
			process.kill(-(child.pid as number), sig);
		} catch {
			/* already gone */
		}
	};
	const onExit = () => killGroup('SIGKILL');
	process.on('exit', onExit);
	const stop = async () => {
		if (!exited) {
			killGroup('SIGTERM');
			const t = setTimeout(() => killGroup('SIGKILL'), 20_000);
			await exit;
			clearTimeout(t);
		}
		await sleep(200);
		killGroup('SIGKILL'); // its task runner
		process.off('exit', onExit);
		return exit;
	};
	const until = Date.now() + readyTimeoutMs;
	for (;;) {
		try {
			const res = await fetch(`http://127.0.0.1:${healthPort}/healthz`, {
				signal: AbortSignal.timeout(2000),
			});
			if (res.ok) break;
		} catch {
			/* not listening yet */
		}
		if (exited || Date.now() > until) {
			await stop();
			throw new Error(
				`${name} (n8n worker) ${exited ? 'exited' : `was not healthy within ${readyTimeoutMs} ms`}:\n${output.slice(-3000)}`,
			);
		}
		await sleep(500);
	}
	return { name, pid: child.pid as number, output: () => output, stop };
}
