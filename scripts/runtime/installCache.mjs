import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { run } from './common.mjs';
import { runtimeDir, installedN8nVersion } from './runtimes.mjs';

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

export function runtimeCacheDir(version) {
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

export async function restoreFromCache(version) {
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
export async function saveToCache(version, cache = runtimeCacheDir(version)) {
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
