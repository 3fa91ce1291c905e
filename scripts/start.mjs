#!/usr/bin/env node
// `npm start`: the pinned real n8n on http://127.0.0.1:5678 with this package linked, the local API sandbox
// running, one sandbox credential per credential type imported and an owner account ready to log in.
// Ctrl-C stops both. State (workflows, executions, credentials) persists in .n8n-dev/ (gitignored);
// delete that folder for a fresh instance.
//
// Env: N8N_PORT (5678), SANDBOX_PORT (5679), N8N_VERSION (2.8.4), START_FORCE_BUILD=1 (always rebuild),
//      N8N_DEV_OWNER_EMAIL / N8N_DEV_OWNER_PASSWORD (login created on the first run).
// Library: startDev(options) / stopDev() do the same for other scripts (scripts/screenshot.mjs).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	DEFAULT_N8N_VERSION,
	REPO_ROOT,
	ensureBuilt,
	ensureN8n,
	importCredentials,
	importWorkflows,
	linkPackage,
	startN8n,
	waitForHttp,
} from './n8n-runtime.mjs';

const N8N_PORT = Number(process.env.N8N_PORT ?? 5678);
const SANDBOX_PORT = Number(process.env.SANDBOX_PORT ?? 5679);
const VERSION = process.env.N8N_VERSION ?? DEFAULT_N8N_VERSION;
const USER_FOLDER = join(REPO_ROOT, '.n8n-dev');
export const OWNER = {
	email: process.env.N8N_DEV_OWNER_EMAIL ?? 'owner@example.com',
	firstName: 'Sandbox',
	lastName: 'Owner',
	// n8n 2.8.4 rules (api-types passwordSchema): 8-64 chars, at least one digit and one uppercase letter.
	password: process.env.N8N_DEV_OWNER_PASSWORD ?? 'Sandbox-Owner-1',
};
// Seeded secrets of the sandbox (sandbox/src/seed.ts: FULFILLBOT_KEYS.all, S2.token/orgA, SHOPLINE.*).
const SEED = {
	fulfillbotKey: 'sk-sandbox-all-scopes-0001',
	s2Token: 's2-sandbox-token-alpha',
	s2Org: '95d73baf-76ba-4bea-86ac-1534c5e5d4aa',
	shoplineHandle: 'sandbox-store',
	shoplineToken: 'shopline-sandbox-token-0001',
	shoplineVersion: 'v20260301',
	// Webhook signing secrets (sandbox/src/seed.ts): the webhook triggers check signatures with them.
	shoplineAppSecret: 'shopline-sandbox-app-secret-0001',
	fulfillbotWebhookSecret: 'whsec-sandbox-fulfillbot-0001',
};

const say = (msg) => process.stdout.write(`[start] ${msg}\n`);

function portFree(port) {
	return new Promise((res) => {
		const srv = createServer();
		srv.once('error', () => res(false));
		srv.listen(port, '127.0.0.1', () => srv.close(() => res(true)));
	});
}

function sandboxCredentials(sandboxUrl) {
	// Fixed ids: re-importing on every start updates them in place (upsert) with the current sandbox URL.
	return [
		{
			id: 'sbxFulfillbot001',
			name: 'Sandbox Fulfillbot',
			type: 'fulfillbotApi',
			data: {
				apiKey: SEED.fulfillbotKey,
				baseUrl: `${sandboxUrl}/fulfillbot/api/v1/open`,
				webhookSecret: SEED.fulfillbotWebhookSecret,
			},
		},
		{
			id: 'sbxS2Api00000001',
			name: 'Sandbox S2',
			type: 's2Api',
			data: { accessToken: SEED.s2Token, organizationId: SEED.s2Org, baseUrl: `${sandboxUrl}/s2` },
		},
		{
			id: 'sbxShopline00001',
			name: 'Sandbox SHOPLINE',
			type: 'shoplineApi',
			data: {
				handle: SEED.shoplineHandle,
				accessToken: SEED.shoplineToken,
				apiVersion: SEED.shoplineVersion,
				appSecret: SEED.shoplineAppSecret,
				baseUrlOverride: `${sandboxUrl}/shopline/${SEED.shoplineHandle}`,
			},
		},
	];
}

/**
 * The workflows of examples/ not imported into this n8n yet. Each is imported once (remembered in
 * the user folder), so edits made to an example in the editor survive later starts.
 */
async function importNewExamples({ userFolder, version }) {
	const dir = join(REPO_ROOT, 'examples');
	const marker = join(userFolder, 'examples-imported.json');
	const done = existsSync(marker) ? JSON.parse(await readFile(marker, 'utf8')) : [];
	const files = existsSync(dir)
		? (await readdir(dir)).filter((f) => f.endsWith('.json') && !done.includes(f)).sort()
		: [];
	if (!files.length) return [];
	const workflows = await Promise.all(
		files.map(async (f) => JSON.parse(await readFile(join(dir, f), 'utf8'))),
	);
	await importWorkflows({ userFolder, workflows, version });
	await writeFile(marker, JSON.stringify([...done, ...files], null, 2));
	return files;
}

/** The sandbox CLI in its own process group (so shutdown also reaches ts-node's children). */
function startSandbox({ port, stateFile, quiet }) {
	const tsNode = join(REPO_ROOT, 'node_modules', '.bin', 'ts-node');
	const args = [
		'--transpile-only',
		'sandbox/src/cli.ts',
		'--port',
		String(port),
		'--state',
		stateFile,
	];
	const child = spawn(tsNode, args, {
		cwd: REPO_ROOT,
		stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
		detached: true,
	});
	let exited = false;
	const exit = new Promise((res) =>
		child.on('exit', (code) => {
			exited = true;
			res(code ?? 0);
		}),
	);
	// Like startN8n: if this process dies without stopping us, the detached sandbox must not outlive it.
	const onExit = () => {
		try {
			process.kill(-child.pid, 'SIGKILL');
		} catch {}
	};
	process.on('exit', onExit);
	exit.then(() => process.off('exit', onExit));
	const stop = async () => {
		if (!exited) {
			try {
				process.kill(-child.pid, 'SIGTERM');
			} catch {}
			const t = setTimeout(() => {
				try {
					process.kill(-child.pid, 'SIGKILL');
				} catch {}
			}, 5000);
			await exit;
			clearTimeout(t);
		}
		try {
			process.kill(-child.pid, 'SIGKILL');
		} catch {}
	};
	const url = `http://127.0.0.1:${port}`;
	const ready = waitForHttp(`${url}/__sandbox/journal`, {
		timeoutMs: 60_000,
		isAlive: () => !exited,
	});
	return { url, ready, stop, exit, child };
}

async function rest(base, path, { method = 'GET', body, cookie } = {}) {
	const res = await fetch(`${base}${path}`, {
		method,
		headers: {
			'content-type': 'application/json',
			'browser-id': 'n8n-nodes-fulfillment-start',
			...(cookie ? { cookie } : {}),
		},
		body: body ? JSON.stringify(body) : undefined,
	});
	const text = await res.text();
	let json = null;
	try {
		json = JSON.parse(text);
	} catch {}
	return { status: res.status, json, text, setCookie: res.headers.get('set-cookie') };
}

async function ensureOwner(base) {
	const settings = await rest(base, '/rest/settings');
	const needsSetup = settings.json?.data?.userManagement?.showSetupOnFirstLoad;
	if (needsSetup === false) return 'existing';
	const res = await rest(base, '/rest/owner/setup', { method: 'POST', body: OWNER });
	if (res.status === 200) return 'created';
	if (res.status === 400 && /already setup/i.test(res.text)) return 'existing';
	throw new Error(`owner setup failed: HTTP ${res.status} ${res.text}`);
}

// What startDev() has started, so stopDev() (and Ctrl-C) can stop it even halfway through starting.
const running = new Set();
let stopping = false;

/** Stop n8n and the sandbox, whichever of them runs. Safe to call more than once. */
export async function stopDev() {
	stopping = true;
	await Promise.allSettled([...running].map((stop) => stop()));
	running.clear();
}

/**
 * Everything `npm start` does, as a function. The defaults are `npm start`'s; `quiet` keeps n8n's and the
 * sandbox's logs out of the terminal (n8n's is still in a startup error). On a startup error it stops what
 * it started and rethrows. Resolves { url, sandboxUrl, owner, ownerState ('created' | 'existing'),
 * credentials, version, died }; `died` resolves to { code, why } if n8n or the sandbox exits before stopDev().
 */
export async function startDev({
	userFolder = USER_FOLDER,
	n8nPort = N8N_PORT,
	sandboxPort = SANDBOX_PORT,
	version = VERSION,
	quiet = false,
	log = say,
} = {}) {
	const t0 = Date.now();
	const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
	stopping = false;
	try {
		for (const [port, what, env] of [
			[n8nPort, 'n8n', 'N8N_PORT'],
			[sandboxPort, 'the sandbox', 'SANDBOX_PORT'],
		]) {
			if (!(await portFree(port))) {
				throw new Error(
					`port ${port} (for ${what}) is in use; stop what runs there or set ${env}=<port>`,
				);
			}
		}

		if (!existsSync(join(REPO_ROOT, 'runtimes', `n8n-${version}`, 'node_modules', 'n8n'))) {
			log(
				`first run: installing n8n ${version} (several minutes; later runs start in seconds) ...`,
			);
		}
		await ensureN8n({ version });
		await mkdir(userFolder, { recursive: true });

		// Sandbox data persists next to n8n's.
		const sandbox = startSandbox({
			port: sandboxPort,
			stateFile: join(userFolder, 'sandbox-state.json'),
			quiet,
		});
		running.add(sandbox.stop);
		const credentials = sandboxCredentials(sandbox.url);
		// allSettled: on a failure, let the other steps finish first, so no n8n CLI run outlives the cleanup.
		const steps = await Promise.allSettled([
			(async () => {
				const built = await ensureBuilt({ force: process.env.START_FORCE_BUILD === '1' });
				log(built.built ? `package built (${elapsed()})` : 'package dist/ is up to date');
				await linkPackage(userFolder);
			})(),
			sandbox.ready.then(() => log(`sandbox ready on ${sandbox.url} (${elapsed()})`)),
			// One n8n CLI at a time on the database: credentials first, then the examples that use them.
			importCredentials({ userFolder, credentials, version })
				.then(() => log(`sandbox credentials imported (${elapsed()})`))
				.then(() => importNewExamples({ userFolder, version }))
				.then(
					(names) =>
						names.length && log(`example workflows imported: ${names.join(', ')} (${elapsed()})`),
				),
		]);
		const failed = steps.find((s) => s.status === 'rejected');
		if (failed) throw failed.reason;

		log(`starting n8n ${version} ...`);
		const n8n = await startN8n({
			userFolder,
			version,
			port: n8nPort,
			stdio: quiet ? 'pipe' : 'inherit',
			env: { N8N_SECURE_COOKIE: 'false', N8N_EDITOR_BASE_URL: `http://127.0.0.1:${n8nPort}` },
		});
		running.add(n8n.stop);
		const ownerState = await ensureOwner(n8n.url);

		const died = new Promise((res) => {
			sandbox.exit.then(
				(c) => !stopping && res({ code: 1, why: `the sandbox exited unexpectedly (code ${c})` }),
			);
			n8n.exited.then(
				(c) => !stopping && res({ code: c === 0 ? 0 : 1, why: `n8n exited (code ${c})` }),
			);
		});
		return {
			url: n8n.url,
			sandboxUrl: sandbox.url,
			owner: OWNER,
			ownerState,
			credentials,
			version,
			died,
			elapsed,
		};
	} catch (e) {
		await stopDev();
		throw e;
	}
}

async function main() {
	let done = false;
	const shutdown = async (code, why) => {
		if (done) return;
		done = true;
		if (why) say(why);
		say('stopping n8n and the sandbox ...');
		await stopDev();
		say('stopped.');
		process.exit(code);
	};
	for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => void shutdown(0));

	let dev;
	try {
		dev = await startDev();
	} catch (e) {
		return shutdown(1, `failed: ${e.message}`);
	}
	dev.died.then(({ code, why }) => void shutdown(code, why));

	const line = '-'.repeat(72);
	process.stdout.write(
		[
			'',
			line,
			`  n8n ${dev.version} is ready (${dev.elapsed()}): ${dev.url}`,
			`  Login: ${OWNER.email} / ${OWNER.password}${dev.ownerState === 'existing' ? '  (set up earlier; yours if you changed it)' : ''}`,
			`  Sandbox APIs: ${dev.sandboxUrl}  (journal: ${dev.sandboxUrl}/__sandbox/journal, reset: POST ${dev.sandboxUrl}/__sandbox/reset)`,
			`  Credentials: ${dev.credentials.map((c) => `"${c.name}"`).join(', ')}`,
			`  Nodes: search "Fulfillbot", "S2" or "SHOPLINE" in the node panel; example workflows are under Overview.`,
			'  Data persists in .n8n-dev/.',
			'  Press Ctrl-C to stop n8n and the sandbox.',
			line,
			'',
		].join('\n'),
	);
}

// Run only as `node scripts/start.mjs`, not when imported.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
