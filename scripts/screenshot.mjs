#!/usr/bin/env node
// `npm run screenshot -- [workflow.json] [out.png]`: a 1600x1000 PNG of the n8n editor with a workflow open.
//
// Starts what `npm start` starts (startDev() from scripts/start.mjs), but in a throw-away user folder on free
// ports, so the picture never depends on (or changes) your .n8n-dev/ and works while `npm start` runs.
// Imports the workflow over n8n's REST API as the owner, opens it in Debian's headless Chromium (driven by
// playwright-core), waits for the canvas to show its nodes and saves the screenshot. Everything it started
// is stopped and its temp folders removed, also on errors and Ctrl-C.
//
// Workflow: the argument, else the first examples/*.json, else a Manual Trigger -> Fulfillbot "Profile: Get".
// Output: the second argument, default docs/editor.png.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { REPO_ROOT, freePort } from './n8n-runtime.mjs';
import { startDev, stopDev } from './start.mjs';

const CHROMIUM = '/usr/bin/chromium';
// The machine's network is closed: without these Chromium waits on DNS/updates/sync lookups and hangs.
const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];
const VIEWPORT = { width: 1600, height: 1000 };

const t0 = Date.now();
const say = (msg) => process.stdout.write(`[screenshot] ${msg}\n`);
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

const TRIGGER = "When clicking 'Execute workflow'";
const BUILT_IN_WORKFLOW = {
	name: 'Fulfillbot: get profile',
	nodes: [
		{
			name: TRIGGER,
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		{
			name: 'Fulfillbot',
			type: 'n8n-nodes-fulfillment.fulfillbot',
			typeVersion: 1,
			position: [260, 0],
			parameters: { resource: 'profile', operation: 'get' },
			// The id start.mjs imports "Sandbox Fulfillbot" under.
			credentials: { fulfillbotApi: { id: 'sbxFulfillbot001', name: 'Sandbox Fulfillbot' } },
		},
	],
	connections: { [TRIGGER]: { main: [[{ node: 'Fulfillbot', type: 'main', index: 0 }]] } },
	settings: { executionOrder: 'v1' },
};

async function loadWorkflow(file) {
	if (!file) {
		const dir = join(REPO_ROOT, 'examples');
		const first = existsSync(dir)
			? (await readdir(dir)).filter((f) => f.endsWith('.json')).sort()[0]
			: undefined;
		if (!first) return { workflow: BUILT_IN_WORKFLOW, source: 'built-in workflow' };
		file = join(dir, first);
	}
	const workflow = JSON.parse(await readFile(file, 'utf8'));
	return { workflow, source: relative(process.cwd(), resolve(file)) };
}

async function rest(base, path, { method = 'GET', body, cookie } = {}) {
	const res = await fetch(`${base}${path}`, {
		method,
		headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
		body: body ? JSON.stringify(body) : undefined,
	});
	const text = await res.text();
	if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${text.slice(0, 500)}`);
	return { json: JSON.parse(text), setCookie: res.headers.getSetCookie() };
}

/**
 * Log in over REST and return the n8n-auth cookie value. No `browser-id` header on purpose: n8n then issues
 * a token not bound to a browser id, so the same cookie works in Chromium, whose editor makes up its own id.
 */
async function login(base, owner) {
	const { setCookie } = await rest(base, '/rest/login', {
		method: 'POST',
		body: { emailOrLdapLoginId: owner.email, password: owner.password },
	});
	const auth = setCookie.map((c) => c.split(';')[0]).find((c) => c.startsWith('n8n-auth='));
	if (!auth) throw new Error('POST /rest/login set no n8n-auth cookie');
	return auth.slice('n8n-auth='.length);
}

/** Close whatever n8n puts over the canvas on a first visit (modals, toasts, banners). */
async function dismissOverlays(page) {
	await page.keyboard.press('Escape');
	for (const sel of [
		'.el-dialog__headerbtn',
		'.el-notification__closeBtn',
		'[data-test-id="banner-close-button"]',
		'[data-test-id="banners-close"]',
	]) {
		for (const el of await page.locator(sel).all()) {
			if (await el.isVisible()) await el.click({ timeout: 2000 }).catch(() => {});
		}
	}
}

async function main() {
	const [wfArg, outArg] = process.argv.slice(2);
	const out = resolve(outArg ?? join(REPO_ROOT, 'docs', 'editor.png'));
	if (!existsSync(CHROMIUM)) {
		process.stderr.write(
			`[screenshot] ${CHROMIUM} is missing. Install Debian's Chromium (as root):\n` +
				'    apt-get update && apt-get install -y chromium\n',
		);
		return 2;
	}
	const { workflow, source } = await loadWorkflow(wfArg);

	tmp = await mkdtemp(join(tmpdir(), 'n8n-screenshot-'));
	try {
		say(`starting n8n and the sandbox in ${tmp} ...`);
		const dev = await startDev({
			userFolder: join(tmp, 'n8n'),
			n8nPort: await freePort(),
			sandboxPort: await freePort(),
			quiet: true,
			log: say,
		});
		say(`n8n ready on ${dev.url} (${elapsed()})`);

		const auth = await login(dev.url, dev.owner);
		const cookie = `n8n-auth=${auth}`;
		const { name, nodes, connections, settings, pinData } = workflow;
		// startDev already imported examples/*.json under their own ids; anything else is created here.
		const existing = workflow.id
			? await rest(dev.url, `/rest/workflows/${workflow.id}`, { cookie }).catch(() => null)
			: null;
		let id = existing ? workflow.id : null;
		if (!id) {
			// Only the fields the create endpoint takes; exported files also carry ids, tags, meta, etc.
			const created = await rest(dev.url, '/rest/workflows', {
				method: 'POST',
				cookie,
				body: { name: name ?? 'Workflow', nodes, connections, settings, pinData },
			});
			id = created.json.data.id;
		}
		say(`${existing ? 'opening' : 'imported'} ${source} as workflow ${id} (${nodes.length} nodes)`);

		// launchPersistentContext because Playwright takes the profile dir only that way (not as --user-data-dir).
		context = await chromium.launchPersistentContext(join(tmp, 'chromium'), {
			executablePath: CHROMIUM,
			headless: true,
			args: CHROMIUM_ARGS,
			viewport: VIEWPORT,
			deviceScaleFactor: 1,
			// Our own signal handler closes the browser as part of cleanup(); Playwright's would exit first.
			handleSIGINT: false,
			handleSIGTERM: false,
			handleSIGHUP: false,
		});
		await context.addCookies([{ name: 'n8n-auth', value: auth, url: dev.url }]);
		const page = context.pages()[0] ?? (await context.newPage());
		// 'domcontentloaded': with no network, a 'load' wait could hang on an external asset.
		await page.goto(`${dev.url}/workflow/${id}`, {
			waitUntil: 'domcontentloaded',
			timeout: 60_000,
		});
		if (page.url().includes('/signin')) throw new Error('the editor redirected to the login page');
		const canvasNodes = page.locator('[data-test-id="canvas-node"]');
		// Sticky notes render as their own element, not as canvas nodes.
		const drawn = nodes.filter((n) => n.type !== 'n8n-nodes-base.stickyNote').length;
		await canvasNodes.nth(drawn - 1).waitFor({ state: 'visible', timeout: 60_000 });
		await dismissOverlays(page);
		// The canvas zooms to fit once the nodes are there; let that and the node icons settle.
		await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
		await page.waitForTimeout(1000);
		await dismissOverlays(page);

		await mkdir(dirname(out), { recursive: true });
		await page.screenshot({ path: out, type: 'png' });
		say(
			`saved ${relative(process.cwd(), out)} (${VIEWPORT.width}x${VIEWPORT.height}, ${elapsed()})`,
		);
		return 0;
	} finally {
		await cleanup();
	}
}

// What cleanup() has to undo; module-level so a signal can reach it halfway through main().
let tmp;
let context;
let cleaning;
function cleanup() {
	cleaning ??= (async () => {
		await context?.close().catch(() => {});
		await stopDev();
		if (tmp) await rm(tmp, { recursive: true, force: true });
	})();
	return cleaning;
}

// Ctrl-C: the finally in main() does not run on a signal, so clean up here before leaving.
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.on(sig, () => {
		say(`${sig}: stopping ...`);
		cleanup().finally(() => process.exit(130));
	});
}

main().then(
	(code) => process.exit(code),
	(e) => {
		say(`failed: ${e.message}`);
		cleanup().finally(() => process.exit(1));
	},
);
