#!/usr/bin/env node
// `npm start`: the pinned real n8n on http://127.0.0.1:5678 with this package linked, the local API sandbox
// running, one sandbox credential per credential type imported and an owner account ready to log in.
// Ctrl-C stops both. State (workflows, executions, credentials) persists in .n8n-dev/ (gitignored);
// delete that folder for a fresh instance.
//
// Env: N8N_PORT (5678), SANDBOX_PORT (5679), N8N_VERSION (2.8.4), START_FORCE_BUILD=1 (always rebuild),
//      N8N_DEV_OWNER_EMAIL / N8N_DEV_OWNER_PASSWORD (login created on the first run).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import {
	DEFAULT_N8N_VERSION,
	REPO_ROOT,
	ensureBuilt,
	ensureN8n,
	importCredentials,
	linkPackage,
	startN8n,
	waitForHttp,
} from './n8n-runtime.mjs';

const N8N_PORT = Number(process.env.N8N_PORT ?? 5678);
const SANDBOX_PORT = Number(process.env.SANDBOX_PORT ?? 5679);
const VERSION = process.env.N8N_VERSION ?? DEFAULT_N8N_VERSION;
const USER_FOLDER = join(REPO_ROOT, '.n8n-dev');
const SANDBOX_STATE = join(USER_FOLDER, 'sandbox-state.json'); // sandbox data persists next to n8n's
const OWNER = {
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
};

const t0 = Date.now();
const say = (msg) => process.stdout.write(`[start] ${msg}\n`);
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

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
			data: { apiKey: SEED.fulfillbotKey, baseUrl: `${sandboxUrl}/fulfillbot/api/v1/open` },
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
				baseUrlOverride: `${sandboxUrl}/shopline/${SEED.shoplineHandle}`,
			},
		},
	];
}

/** The sandbox CLI in its own process group (so shutdown also reaches ts-node's children). */
function startSandbox() {
	const tsNode = join(REPO_ROOT, 'node_modules', '.bin', 'ts-node');
	const args = ['--transpile-only', 'sandbox/src/cli.ts', '--port', String(SANDBOX_PORT), '--state', SANDBOX_STATE];
	const child = spawn(tsNode, args, {
		cwd: REPO_ROOT,
		stdio: ['ignore', 'inherit', 'inherit'],
		detached: true,
	});
	let exited = false;
	const exit = new Promise((res) =>
		child.on('exit', (code) => {
			exited = true;
			res(code ?? 0);
		}),
	);
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
	const url = `http://127.0.0.1:${SANDBOX_PORT}`;
	const ready = waitForHttp(`${url}/__sandbox/journal`, { timeoutMs: 60_000, isAlive: () => !exited });
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

let sandbox;
let n8n;
let stopping = false;

async function shutdown(code = 0, why) {
	if (stopping) return;
	stopping = true;
	if (why) say(why);
	say('stopping n8n and the sandbox ...');
	await Promise.allSettled([n8n?.stop(), sandbox?.stop()]);
	say('stopped.');
	process.exit(code);
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => void shutdown(0));

async function main() {
	for (const [port, what, env] of [
		[N8N_PORT, 'n8n', 'N8N_PORT'],
		[SANDBOX_PORT, 'the sandbox', 'SANDBOX_PORT'],
	]) {
		if (!(await portFree(port))) {
			throw new Error(`port ${port} (for ${what}) is in use; stop what runs there or set ${env}=<port>`);
		}
	}

	if (!existsSync(join(REPO_ROOT, 'runtimes', `n8n-${VERSION}`, 'node_modules', 'n8n'))) {
		say(`first run: installing n8n ${VERSION} (several minutes; later runs start in seconds) ...`);
	}
	await ensureN8n({ version: VERSION });
	await mkdir(USER_FOLDER, { recursive: true });

	sandbox = startSandbox();
	sandbox.exit.then((c) => void shutdown(1, `the sandbox exited unexpectedly (code ${c})`));
	const credentials = sandboxCredentials(sandbox.url);
	await Promise.all([
		(async () => {
			const built = await ensureBuilt({ force: process.env.START_FORCE_BUILD === '1' });
			say(built.built ? `package built (${elapsed()})` : 'package dist/ is up to date');
			await linkPackage(USER_FOLDER);
		})(),
		sandbox.ready.then(() => say(`sandbox ready on ${sandbox.url} (${elapsed()})`)),
		importCredentials({ userFolder: USER_FOLDER, credentials, version: VERSION }).then(() =>
			say(`sandbox credentials imported (${elapsed()})`),
		),
	]);

	say(`starting n8n ${VERSION} ...`);
	n8n = await startN8n({
		userFolder: USER_FOLDER,
		version: VERSION,
		port: N8N_PORT,
		stdio: 'inherit',
		env: { N8N_SECURE_COOKIE: 'false', N8N_EDITOR_BASE_URL: `http://127.0.0.1:${N8N_PORT}` },
	});
	n8n.exited.then((c) => void shutdown(c === 0 ? 0 : 1, `n8n exited (code ${c})`));
	const owner = await ensureOwner(n8n.url);

	const line = '-'.repeat(72);
	process.stdout.write(
		[
			'',
			line,
			`  n8n ${VERSION} is ready (${elapsed()}): ${n8n.url}`,
			`  Login: ${OWNER.email} / ${OWNER.password}${owner === 'existing' ? '  (set up earlier; yours if you changed it)' : ''}`,
			`  Sandbox APIs: ${sandbox.url}  (journal: ${sandbox.url}/__sandbox/journal, reset: POST ${sandbox.url}/__sandbox/reset)`,
			`  Credentials: ${credentials.map((c) => `"${c.name}"`).join(', ')}`,
			`  Nodes: search "Fulfillbot" in the node panel. Data persists in .n8n-dev/.`,
			'  Press Ctrl-C to stop n8n and the sandbox.',
			line,
			'',
		].join('\n'),
	);
}

main().catch((e) => void shutdown(1, `failed: ${e.message}`));
