/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev-only code, never packed (package.json files: ["dist"]) */
/**
 * A running `n8n start` for webhook tests, driven through scripts/n8n-serve.mjs over stdio: the test keeps
 * moving the sandbox while n8n receives its webhooks.
 *
 *   const served = await ServedN8n.start(n8n.userFolder, ['wfId']);   // publishes, starts, logs in as owner
 *   await ServedN8n.start(n8n.userFolder, ['wfId'], version, port);  // a restart on the same port (same URLs)
 *   served.url                                                       // http://127.0.0.1:<port>
 *   await served.deactivate('wfId');                                 // as the editor's toggle does
 *   const { output } = await served.stop();
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import { createInterface } from 'node:readline';

import { DEFAULT_N8N_VERSION, REPO_ROOT } from './n8n';

const SERVE_SCRIPT = path.join(REPO_ROOT, 'scripts', 'n8n-serve.mjs');

export class ServedN8n {
	private readonly answers: Array<(value: Record<string, unknown>) => void> = [];
	private stderr = '';

	private constructor(
		private readonly child: ChildProcessWithoutNullStreams,
		readonly url: string,
		readonly port: number,
	) {}

	static async start(
		userFolder: string,
		publish: string[],
		version = DEFAULT_N8N_VERSION,
		port?: number,
		env: Record<string, string> = {},
	): Promise<ServedN8n> {
		const child = spawn(
			process.execPath,
			[SERVE_SCRIPT, JSON.stringify({ userFolder, version, publish, port, env })],
			{ cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] },
		);
		let stderr = '';
		child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
		const lines = createInterface({ input: child.stdout });
		const first = await new Promise<Record<string, unknown>>((resolve, reject) => {
			lines.once('line', (line) => resolve(JSON.parse(line) as Record<string, unknown>));
			child.once('exit', (code) =>
				reject(new Error(`n8n-serve exited (${code}) before n8n was up:\n${stderr}`)),
			);
		});
		const served = new ServedN8n(child, String(first.url), Number(first.port));
		served.stderr = stderr;
		child.stderr.on('data', (d: Buffer) => (served.stderr += d.toString()));
		lines.on('line', (line) =>
			served.answers.shift()?.(JSON.parse(line) as Record<string, unknown>),
		);
		return served;
	}

	private command(cmd: Record<string, unknown>): Promise<Record<string, unknown>> {
		return new Promise((resolve) => {
			this.answers.push(resolve);
			this.child.stdin.write(`${JSON.stringify(cmd)}\n`);
		});
	}

	/** POST /rest/workflows/<id>/deactivate as the owner: n8n runs the trigger's webhook `delete`. */
	async deactivate(id: string): Promise<{ status: number; active: boolean | null; text?: string }> {
		return (await this.command({ cmd: 'deactivate', id })) as {
			status: number;
			active: boolean | null;
			text?: string;
		};
	}

	/** Any REST call as the owner, e.g. `POST /rest/executions/:id/retry` as the editor's Retry button. */
	async rest(
		method: string,
		path: string,
		body?: unknown,
	): Promise<{ status: number; json: Record<string, unknown> | null; text?: string }> {
		return (await this.command({ cmd: 'rest', method, path, body })) as {
			status: number;
			json: Record<string, unknown> | null;
			text?: string;
		};
	}

	async stop(): Promise<{ code: number | null; output: string }> {
		if (this.child.exitCode !== null) return { code: this.child.exitCode, output: this.stderr };
		const answer = (await this.command({ cmd: 'stop' })) as { code: number | null; output: string };
		return answer;
	}

	/** For afterAll: never throws, kills the helper (it stops n8n on stdin close). */
	async dispose(): Promise<void> {
		if (this.child.exitCode !== null) return;
		this.child.stdin.end();
		await new Promise<void>((resolve) => {
			const timer = setTimeout(() => {
				this.child.kill('SIGKILL');
				resolve();
			}, 30_000);
			this.child.once('exit', () => {
				clearTimeout(timer);
				resolve();
			});
		});
	}
}
