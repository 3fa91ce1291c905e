// `npm run build` when dist/ is missing or older than the sources.
import { existsSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT, log, cleanNpmEnv, withLock, run, readPackageJson } from './common.mjs';

export async function newestMtime(path) {
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
