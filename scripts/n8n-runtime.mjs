#!/usr/bin/env node
// Real-n8n runtime helpers, used by `npm start` (scripts/start.mjs) and the e2e tests (test/e2e/support/n8n.ts).
// Dev-only: plain Node ESM, outside the TypeScript lint glob, never packed (package.json `files: ["dist"]`).
// This file is the CLI and the one import for callers; each job lives in scripts/runtime/:
//   install.mjs       ensureN8n({ version })  `npm ci` of runtimes/n8n-<version>/ (its committed lockfile) when missing;
//                     returns the n8n binary path; installCache.mjs links a finished install back (cp -al)
//   runtimes.mjs      runtimeDir / runtimeVersions / n8nBinPath / installedN8nVersion, runtimeNode(version): the node
//                     binary that runs that n8n (package.json `n8nRuntime.node`, else this node)
//   build.mjs         ensureBuilt() / buildState(): `npm run build` when dist/ is missing or older than the sources
//   userFolder.mjs    n8nEnv(userFolder, extra): env for a quiet, isolated n8n (own user folder, no telemetry, free
//                     broker port); createUserFolder() / linkPackage(userFolder): the package linked like production
//   n8nCli.mjs        importCredentials / importWorkflows / executeWorkflow / publishWorkflow / runN8n: n8n CLI wrappers
//   server.mjs        startN8n / waitForHttp: `n8n start`
//   executions.mjs    listExecutions / workflowStaticData: n8n's sqlite DB, read on the runtime's own node
//   polling.mjs       runPollingWorkflow(s): triggers run for real
//   common.mjs        REPO_ROOT, DEFAULT_N8N_VERSION, the cross-process lock, child processes
// CLI (the TypeScript test helper talks to this, since jest cannot import ESM):
//   node scripts/n8n-runtime.mjs ensure [--version 2.8.4 | --all]  install if needed, print the binary path(s)
//   node scripts/n8n-runtime.mjs n8n --user-folder DIR -- <args>   run the pinned n8n CLI with the quiet env
//   node scripts/n8n-runtime.mjs call <function> '<json options>'  call an export, print its JSON result on stdout
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { buildState, ensureBuilt } from './runtime/build.mjs';
import { DEFAULT_N8N_VERSION, log } from './runtime/common.mjs';
import { listExecutions, workflowStaticData } from './runtime/executions.mjs';
import { ensureN8n } from './runtime/install.mjs';
import { saveToCache } from './runtime/installCache.mjs';
import {
	executeWorkflow,
	importCredentials,
	importWorkflows,
	publishWorkflow,
	runN8n,
} from './runtime/n8nCli.mjs';
import { runPollingWorkflow, runPollingWorkflows } from './runtime/polling.mjs';
import { installedN8nVersion, runtimeNode, runtimeVersions } from './runtime/runtimes.mjs';
import { createUserFolder, linkPackage } from './runtime/userFolder.mjs';

export { buildState, ensureBuilt } from './runtime/build.mjs';
export { DEFAULT_N8N_VERSION, REPO_ROOT, majorVersion } from './runtime/common.mjs';
export { listExecutions, workflowStaticData } from './runtime/executions.mjs';
export { ensureN8n } from './runtime/install.mjs';
export { runtimeCacheRoot } from './runtime/installCache.mjs';
export {
	executeWorkflow,
	extractJson,
	importCredentials,
	importWorkflows,
	nodeOutputs,
	publishWorkflow,
	runN8n,
} from './runtime/n8nCli.mjs';
export { runPollingWorkflow, runPollingWorkflows } from './runtime/polling.mjs';
export {
	installedN8nVersion,
	n8nBinPath,
	runtimeDir,
	runtimeNode,
	runtimeVersions,
} from './runtime/runtimes.mjs';
export { startN8n, waitForHttp } from './runtime/server.mjs';
export { createUserFolder, freePort, linkPackage, n8nEnv } from './runtime/userFolder.mjs';

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
