// A fresh, quiet, isolated N8N_USER_FOLDER with the package linked in, and free ports.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { REPO_ROOT, cleanNpmEnv, readPackageJson } from './common.mjs';

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
