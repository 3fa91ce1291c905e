#!/usr/bin/env node
// `npm run pack:services`: one publishable package per service, built from this tree, for n8n's verification
// (which accepts only packages that integrate one service) and so for n8n Cloud:
//
//   n8n-nodes-fulfillbot   nodes/Fulfillbot/**, credentials/Fulfillbot*, their icons
//   n8n-nodes-s2           nodes/S2/**,         credentials/S2*
//   n8n-nodes-shopline     nodes/Shopline/**,   credentials/Shopline*
//
// each with the shared core (nodes/shared/**) compiled in. The node and credential lists come from this
// package.json's `n8n` section, by folder, so a node added there is packed with its service. Per package,
// in a temporary folder: copy the sources, write package.json (community keyword, MIT, no dependencies,
// n8n-workflow as the only peer, `n8n.strict`), README, LICENSE and n8n's own eslint.config.mjs, then
// `n8n-node build`, `n8n-node lint` (strict) and `npm pack`. Tarballs go to .packs/<name>-<version>.tgz.
//
//   node scripts/pack-services.mjs [--skip-lint] [--keep] [fulfillbot|s2|shopline ...]
// Dev-only (plain Node ESM, never packed).
import { spawnSync } from 'node:child_process';
import {
	copyFileSync,
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PACKS_DIR = join(ROOT, '.packs');
const NODE_CLI = join(ROOT, 'node_modules', '@n8n', 'node-cli');
const log = (msg) => process.stderr.write(`[pack-services] ${msg}\n`);

/** The three services: package name, folder under nodes/ (also the credential file prefix), README title. */
export const SERVICES = [
	{
		key: 'fulfillbot',
		name: 'n8n-nodes-fulfillbot',
		folder: 'Fulfillbot',
		title: 'Fulfillbot',
		keywords: ['fulfillbot', 'taobao', '1688', 'weidian', 'purchasing', 'shipping'],
		summary:
			"Fulfillbot: buy on Taobao, 1688 and Weidian, receive the goods in Fulfillbot's warehouse and ship them internationally.",
	},
	{
		key: 's2',
		name: 'n8n-nodes-s2',
		folder: 'S2',
		title: 'S2',
		keywords: ['s2', 'ventmere', '3pl', 'fulfillment', 'warehouse'],
		summary:
			"S2 (Ventmere's seller platform, a 3PL): send orders and fulfillments to the warehouse and mirror its shipments.",
	},
	{
		key: 'shopline',
		name: 'n8n-nodes-shopline',
		folder: 'Shopline',
		title: 'SHOPLINE',
		keywords: ['shopline', 'ecommerce', 'orders', 'fulfillment'],
		summary:
			'SHOPLINE (myshopline.com admin Open API): read store orders and push fulfillments with tracking numbers.',
	},
];

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** This service's entries of the main package.json `n8n` section (nodes by folder, credentials by file prefix). */
export function serviceEntries(service, pkg = readJson(join(ROOT, 'package.json'))) {
	const nodes = (pkg.n8n?.nodes ?? []).filter((p) => p.startsWith(`dist/nodes/${service.folder}/`));
	const credentials = (pkg.n8n?.credentials ?? []).filter((p) =>
		p.startsWith(`dist/credentials/${service.folder}`),
	);
	if (!nodes.length || !credentials.length)
		throw new Error(`package.json n8n section has no nodes or credentials for ${service.folder}`);
	return { nodes, credentials };
}

/** Source file of a dist entry: dist/nodes/X/Y.node.js → nodes/X/Y.node.ts. */
const sourceOf = (distPath) => distPath.replace(/^dist\//, '').replace(/\.js$/, '.ts');

function walk(dir) {
	const out = [];
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, e.name);
		if (e.isDirectory()) out.push(...walk(p));
		else out.push(p);
	}
	return out;
}

function run(cmd, args, cwd, what) {
	const r = spawnSync(cmd, args, {
		cwd,
		encoding: 'utf8',
		env: { ...process.env, FORCE_COLOR: '0', CI: '1' },
	});
	if (r.status !== 0)
		throw new Error(`${what} failed in ${cwd} (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
	return r.stdout;
}

/** A README section: from `heading` to the next heading of the same or a higher level. */
function section(markdown, heading) {
	const start = markdown.indexOf(`\n${heading}\n`);
	if (start === -1) return '';
	const level = heading.match(/^#+/)[0].length;
	const rest = markdown.slice(start + 1);
	const next = rest.slice(heading.length).search(new RegExp(`\\n#{1,${level}} `));
	return (next === -1 ? rest : rest.slice(0, heading.length + next)).trim();
}

function packageJson(service, main, entries) {
	return {
		name: service.name,
		version: main.version,
		description: service.summary,
		keywords: ['n8n-community-node-package', ...service.keywords],
		license: 'MIT',
		author: main.author,
		...(main.repository ? { repository: main.repository } : {}),
		...(main.homepage ? { homepage: main.homepage } : {}),
		files: ['dist'],
		engines: main.engines,
		scripts: { build: 'n8n-node build', lint: 'n8n-node lint' },
		n8n: {
			n8nNodesApiVersion: main.n8n.n8nNodesApiVersion ?? 1,
			strict: true,
			credentials: entries.credentials,
			nodes: entries.nodes,
		},
		devDependencies: Object.fromEntries(
			['@n8n/node-cli', 'eslint', 'typescript'].map((d) => [d, main.devDependencies[d]]),
		),
		peerDependencies: { 'n8n-workflow': '*' },
	};
}

function readme(service, main, entries) {
	const root = readFileSync(join(ROOT, 'README.md'), 'utf8');
	// The service's operations table (generated by scripts/ops-table.mjs) and its credential section.
	const opsBlock =
		root.match(
			new RegExp(
				`#### ${service.title} \\(\\d+ operations\\)[\\s\\S]*?(?=\\n#### |\\n<!-- ops:end)`,
			),
		)?.[0] ?? '';
	const creds = section(root, `### ${service.title}`);
	const nodeNames = entries.nodes.map((p) => p.split('/').pop().replace('.node.js', ''));
	return [
		`# ${service.name}`,
		'',
		`n8n community nodes for ${service.summary}`,
		'',
		`Nodes: ${nodeNames.join(', ')}. This package is built from [${main.name}](https://www.npmjs.com/package/${main.name}), which holds all three`,
		'services (Fulfillbot, S2, SHOPLINE) in one package for self-hosted n8n; this one holds only this service, so that',
		'n8n can verify it and it can be installed on n8n Cloud. Install either the all-in-one package or the per-service',
		'packages on an instance, not both: they declare the same credential types.',
		'',
		'## Install',
		'',
		`In n8n go to **Settings → Community Nodes → Install** and enter \`${service.name}\`. It has no runtime dependencies;`,
		'its only peer dependency is `n8n-workflow`.',
		'',
		'## Credentials',
		'',
		// The section without its heading, and without the closing note about all three services' error wording.
		creds.replace(/^### .*\n+/, '').replace(/\n+If a credential test fails[\s\S]*$/, ''),
		'',
		'## Operations',
		'',
		opsBlock.trim(),
		'',
		`Full documentation (node behaviour, triggers, troubleshooting): the README of ${main.name}.`,
		'',
		'## License',
		'',
		'[MIT](LICENSE)',
		'',
	].join('\n');
}

/** Build, lint and pack one service; resolves { name, tarball, files, entries, seconds }. */
export function packService(service, { lint = true, keep = false, outDir = PACKS_DIR } = {}) {
	const started = Date.now();
	const main = readJson(join(ROOT, 'package.json'));
	const entries = serviceEntries(service, main);
	const dir = mkdtempSync(join(tmpdir(), `${service.name}-`));
	try {
		// Sources: the service's folder, the shared core, its credentials, and every icon they reference.
		const sources = [
			...walk(join(ROOT, 'nodes', service.folder)),
			...walk(join(ROOT, 'nodes', 'shared')),
			...readdirSync(join(ROOT, 'credentials'))
				.filter((f) => f.startsWith(service.folder))
				.map((f) => join(ROOT, 'credentials', f)),
		];
		for (const p of entries.nodes.concat(entries.credentials).map(sourceOf)) {
			if (!existsSync(join(ROOT, p)))
				throw new Error(`${p} (from package.json n8n) does not exist`);
		}
		const icons = new Set();
		for (const file of sources.filter((f) => f.endsWith('.ts'))) {
			for (const m of readFileSync(file, 'utf8').matchAll(/file:([^'"`]+\.(?:svg|png))/g))
				icons.add(resolve(dirname(file), m[1]));
		}
		for (const file of [...sources, ...icons]) {
			const target = join(dir, relative(ROOT, file));
			mkdirSync(dirname(target), { recursive: true });
			copyFileSync(file, target);
		}
		cpSync(join(ROOT, 'tsconfig.json'), join(dir, 'tsconfig.json'));
		copyFileSync(
			join(NODE_CLI, 'dist', 'template', 'templates', 'shared', 'default', 'eslint.config.mjs'),
			join(dir, 'eslint.config.mjs'),
		);
		copyFileSync(join(ROOT, 'LICENSE'), join(dir, 'LICENSE'));
		writeFileSync(
			join(dir, 'package.json'),
			`${JSON.stringify(packageJson(service, main, entries), null, 2)}\n`,
		);
		writeFileSync(join(dir, 'README.md'), readme(service, main, entries));
		// The repository's dev tools (tsc, eslint, n8n-node), not packed: npm pack never includes node_modules.
		symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');

		const n8nNode = join(ROOT, 'node_modules', '.bin', 'n8n-node');
		run(n8nNode, ['build'], dir, 'n8n-node build');
		// n8n-node build copies icons; the codex files (<Node>.node.json: categories, aliases) are ours to copy.
		for (const f of sources.filter((s) => s.endsWith('.node.json')))
			copyFileSync(f, join(dir, 'dist', relative(ROOT, f)));
		for (const p of [...entries.nodes, ...entries.credentials])
			if (!existsSync(join(dir, p))) throw new Error(`${service.name}: build did not produce ${p}`);
		if (lint) run(n8nNode, ['lint'], dir, 'n8n-node lint (strict)');

		mkdirSync(outDir, { recursive: true });
		const packed = JSON.parse(
			run('npm', ['pack', '--json', '--silent', '--pack-destination', outDir], dir, 'npm pack'),
		);
		const tarball = join(outDir, packed[0].filename);
		return {
			name: service.name,
			version: main.version,
			tarball,
			files: packed[0].files.map((f) => f.path),
			entries,
			linted: lint,
			seconds: Math.round((Date.now() - started) / 1000),
		};
	} finally {
		if (keep) log(`${service.name}: build folder kept at ${dir}`);
		else rmSync(dir, { recursive: true, force: true });
	}
}

/** The tarballs `pack:services` last wrote (.packs/<name>-<version>.tgz), or null for a missing one. */
export function serviceTarballs() {
	const { version } = readJson(join(ROOT, 'package.json'));
	return Object.fromEntries(
		SERVICES.map((s) => [
			s.name,
			existsSync(join(PACKS_DIR, `${s.name}-${version}.tgz`))
				? join(PACKS_DIR, `${s.name}-${version}.tgz`)
				: null,
		]),
	);
}

async function cli(argv) {
	const lint = !argv.includes('--skip-lint');
	const keep = argv.includes('--keep');
	const only = argv.filter((a) => !a.startsWith('--'));
	const services = only.length
		? SERVICES.filter((s) => only.includes(s.key) || only.includes(s.name))
		: SERVICES;
	if (!services.length)
		throw new Error(
			`unknown service(s) ${only.join(', ')}; one of ${SERVICES.map((s) => s.key).join(', ')}`,
		);
	for (const s of services) {
		const r = packService(s, { lint, keep });
		const forbidden = r.files.filter(
			(f) => !/^(dist\/|package\.json$|README\.md$|LICENSE$)/.test(f),
		);
		if (forbidden.length)
			throw new Error(`${r.name}: unexpected files in the tarball: ${forbidden.join(', ')}`);
		log(
			`${r.name}: ${relative(ROOT, r.tarball)} (${r.files.length} files; ${r.entries.nodes.length} nodes, ${r.entries.credentials.length} credentials; build${lint ? ' + strict lint' : ''} + pack in ${r.seconds} s)`,
		);
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	cli(process.argv.slice(2)).catch((e) => {
		process.stderr.write(`[pack-services] ${e.stack ?? e}\n`);
		process.exitCode = 1;
	});
}
