/* eslint-disable @n8n/community-nodes/no-restricted-imports, @typescript-eslint/no-require-imports, @n8n/community-nodes/no-restricted-globals, no-console -- dev-only code (loads the built CommonJS classes by path, as n8n does), never packed (package.json files: ["dist"]) */
/**
 * Two more checks of the version matrix (test/matrix/run.ts calls them per version):
 *
 *   - tool variants: every action node marked `usableAsTool` has its `<node>Tool` type in the running n8n's
 *     /types/nodes.json (what the AI Agent's tool list offers). A version "supports tools" when it lists tool
 *     variants of n8n's own nodes (n8n-nodes-base.*Tool); there, ours must be listed too.
 *   - per-service packages: the three tarballs of `npm run pack:services` (.packs/, packed here when missing or
 *     older than the sources) installed the way n8n installs a community package (extracted into
 *     .n8n/nodes/node_modules/<name>, peer/dev dependencies dropped from its package.json, listed in the
 *     nodes manifest), in ONE extra `n8n start` without the all-in-one package (they declare the same credential
 *     types): every node, credential and tool type of each package must be listed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const MAIN_PACKAGE = 'n8n-nodes-fulfillment';
const OWNER = {
	email: 'matrix@example.com',
	firstName: 'Matrix',
	lastName: 'Runner',
	password: 'Matrix-Runner-1',
};

type Json = Record<string, unknown>;
type Check = (name: string, ok: boolean, detail?: string) => boolean;

export interface ToolVariants {
	/** n8n lists tool variants of its own nodes. */
	supported: boolean;
	listed: number;
	total: number;
}
export interface ServicePackages {
	passed: number;
	total: number;
}
interface PackModule {
	SERVICES: Array<{ key: string; name: string; folder: string }>;
	PACKS_DIR: string;
	packService(s: unknown, o: { lint: boolean }): { tarball: string };
	serviceTarballs(): Record<string, string | null>;
}
interface MatrixRuntime {
	createUserFolder(o: { prefix: string; link?: boolean }): Promise<string>;
	startN8n(o: {
		userFolder: string;
		version: string;
	}): Promise<{ url: string; output(): string; stop(): Promise<number> }>;
}

const importEsm = new Function('specifier', 'return import(specifier)') as (
	specifier: string,
) => Promise<unknown>;

// ---------------------------------------------------------------------------------------------- n8n REST

/** A session cookie: set up the owner of a fresh instance, or sign in as the one run.ts set up. */
async function session(url: string): Promise<string> {
	const headers = { 'Content-Type': 'application/json', 'browser-id': 'n8n-matrix' };
	const cookieOf = (res: Response) =>
		res.headers
			.getSetCookie()
			.map((c) => c.split(';')[0])
			.join('; ');
	const setup = await fetch(`${url}/rest/owner/setup`, {
		method: 'POST',
		headers,
		body: JSON.stringify(OWNER),
	});
	if (setup.ok) return cookieOf(setup);
	// n8n 1.x and 2.x name the login field differently; each ignores the other's.
	const login = await fetch(`${url}/rest/login`, {
		method: 'POST',
		headers,
		body: JSON.stringify({
			email: OWNER.email,
			emailOrLdapLoginId: OWNER.email,
			password: OWNER.password,
		}),
	});
	if (!login.ok)
		throw new Error(`/rest/login: HTTP ${login.status} ${(await login.text()).slice(0, 300)}`);
	return cookieOf(login);
}

async function typeNames(url: string): Promise<{ nodes: Set<string>; credentials: Set<string> }> {
	const cookie = await session(url);
	const list = async (what: string) => {
		const res = await fetch(`${url}/types/${what}.json`, {
			headers: { 'browser-id': 'n8n-matrix', cookie },
		});
		if (!res.ok) throw new Error(`/types/${what}.json: HTTP ${res.status}`);
		return new Set(((await res.json()) as Json[]).map((t) => t.name as string));
	};
	return { nodes: await list('nodes'), credentials: await list('credentials') };
}

// ------------------------------------------------------------------------------------------ declared types

/** The built classes of package.json `n8n` entries (dist/ of this repository; the tarballs carry the same files). */
function described(files: string[]): Json[] {
	return files.flatMap((f) =>
		Object.values(require(path.join(REPO_ROOT, f)) as Record<string, new () => Json>).map(
			(C) => new C(),
		),
	);
}

function expectedTypes(pkgName: string, n8n: { nodes: string[]; credentials: string[] }) {
	const nodes = described(n8n.nodes).map((n) => n.description as Json);
	return {
		nodes: nodes.map((d) => `${pkgName}.${d.name as string}`),
		tools: nodes.filter((d) => d.usableAsTool).map((d) => `${pkgName}.${d.name as string}Tool`),
		credentials: described(n8n.credentials).map((c) => c.name as string),
	};
}

// ---------------------------------------------------------------------------------------------- checks

/** Tool variants of the all-in-one package, in the running n8n at `url` (after run.ts's load check). */
export async function toolVariantChecks(url: string, check: Check): Promise<ToolVariants> {
	const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
		n8n: { nodes: string[]; credentials: string[] };
	};
	const { tools } = expectedTypes(MAIN_PACKAGE, pkg.n8n);
	const { nodes } = await typeNames(url);
	const supported = [...nodes].some((n) => n.startsWith('n8n-nodes-base.') && n.endsWith('Tool'));
	const listed = tools.filter((t) => nodes.has(t));
	if (supported) {
		check(
			`tool variants: ${tools.length} usableAsTool nodes listed as tools`,
			tools.length > 0 && listed.length === tools.length,
			`listed ${listed.join(', ') || 'none'} of ${tools.join(', ')}`,
		);
	} else {
		console.log(
			`  n8n lists no tool variants of its own nodes: tools not supported in this version (ours listed: ${listed.length})`,
		);
	}
	return { supported, listed: listed.length, total: tools.length };
}

/** The tarballs, packed (without the lint, which `npm run pack:services` runs) when missing or older than the sources. */
async function tarballs(): Promise<Record<string, string>> {
	const packs = (await importEsm(
		pathToFileURL(path.join(REPO_ROOT, 'scripts', 'pack-services.mjs')).href,
	)) as PackModule;
	const newest = Math.max(
		...['nodes', 'credentials', 'icons', 'package.json'].map(
			(p) =>
				Number(
					execFileSync('find', [path.join(REPO_ROOT, p), '-type', 'f', '-printf', '%T@\\n'], {
						encoding: 'utf8',
					})
						.split('\n')
						.filter(Boolean)
						.map(Number)
						.reduce((a, b) => Math.max(a, b), 0),
				) * 1000,
		),
	);
	const have = packs.serviceTarballs();
	const out: Record<string, string> = {};
	for (const s of packs.SERVICES) {
		const file = have[s.name];
		if (file && statSync(file).mtimeMs >= newest) out[s.name] = file;
		else {
			console.log(`  packing ${s.name} (${file ? 'older than the sources' : 'missing'})`);
			out[s.name] = packs.packService(s, { lint: false }).tarball;
		}
	}
	return out;
}

/** Install the three per-service tarballs as n8n does and check every type they declare is listed. */
export async function servicePackageChecks(
	rt: unknown,
	{ version, check, log }: { version: string; check: Check; log: (m: string) => void },
): Promise<ServicePackages> {
	const runtime = rt as MatrixRuntime;
	const files = await tarballs();
	const userFolder = await runtime.createUserFolder({
		prefix: `n8n-matrix-services-${version}-`,
		link: false,
	});
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const manifest: { name: string; private: boolean; dependencies: Record<string, string> } = {
		name: 'installed-nodes',
		private: true,
		dependencies: {},
	};
	const wanted: Record<string, ReturnType<typeof expectedTypes>> = {};
	let passed = 0;
	try {
		for (const [name, tarball] of Object.entries(files)) {
			const dir = path.join(nodesDir, 'node_modules', name);
			mkdirSync(dir, { recursive: true });
			execFileSync('tar', ['-xzf', tarball, '-C', dir, '--strip-components=1']);
			const { devDependencies, peerDependencies, optionalDependencies, ...pkg } = JSON.parse(
				readFileSync(path.join(dir, 'package.json'), 'utf8'),
			) as Json & { version: string; n8n: { nodes: string[]; credentials: string[] } };
			void devDependencies;
			void optionalDependencies;
			writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
			manifest.dependencies[name] = pkg.version;
			check(
				`${name}: no runtime dependencies, n8n-workflow the only peer, strict`,
				!pkg.dependencies &&
					JSON.stringify(Object.keys(peerDependencies ?? {})) === '["n8n-workflow"]' &&
					(pkg.n8n as Json).strict === true,
				JSON.stringify({ dependencies: pkg.dependencies, peerDependencies }),
			);
			const missingFiles = [...pkg.n8n.nodes, ...pkg.n8n.credentials].filter(
				(f) => !existsSync(path.join(dir, f)),
			);
			check(
				`${name}: the tarball holds every node and credential it declares`,
				missingFiles.length === 0,
				`missing ${missingFiles.join(', ')}`,
			);
			wanted[name] = expectedTypes(name, pkg.n8n);
		}
		writeFileSync(path.join(nodesDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

		const n8n = await runtime.startN8n({ userFolder, version });
		log(`n8n start with the three per-service packages ready at ${n8n.url}`);
		try {
			const types = await typeNames(n8n.url);
			const toolsSupported = [...types.nodes].some(
				(n) => n.startsWith('n8n-nodes-base.') && n.endsWith('Tool'),
			);
			for (const [name, want] of Object.entries(wanted)) {
				const expected = [...want.nodes, ...(toolsSupported ? want.tools : [])];
				const missing = [
					...expected.filter((n) => !types.nodes.has(n)),
					...want.credentials.filter((c) => !types.credentials.has(c)),
				];
				const ok = check(
					`${name}: load check (${want.nodes.length} nodes, ${want.credentials.length} credentials${toolsSupported ? `, ${want.tools.length} tool` : ''} listed)`,
					missing.length === 0 && want.nodes.length > 0 && want.credentials.length > 0,
					`missing: ${missing.join(', ')}`,
				);
				if (ok) passed++;
			}
			const foreign = [...types.nodes].filter((n) => n.startsWith(`${MAIN_PACKAGE}.`));
			check(
				'per-service packages: the all-in-one package is not installed beside them',
				foreign.length === 0,
				foreign.join(', '),
			);
		} catch (e) {
			check('per-service packages: n8n start', false, (e as Error).message);
			console.log(n8n.output().slice(-3000));
		} finally {
			await n8n.stop();
		}
	} finally {
		execFileSync('rm', ['-rf', userFolder]);
	}
	return { passed, total: Object.keys(files).length };
}

/** The README/docs table's extra columns for a version's result (older results lack them: "–"). */
export function extraColumns(r: {
	toolVariants?: ToolVariants;
	servicePackages?: ServicePackages;
}): { header: string[]; cells: string[] } {
	const tools = r.toolVariants
		? r.toolVariants.supported
			? `${r.toolVariants.listed}/${r.toolVariants.total}`
			: 'not supported'
		: '–';
	const services = r.servicePackages
		? `${r.servicePackages.passed}/${r.servicePackages.total}`
		: '–';
	return { header: ['Tool variants', 'Per-service packages'], cells: [tools, services] };
}
