/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev-only code, never packed (package.json files: ["dist"]) */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/*
 * Every repository path the docs name in backticks exists. A path is a backticked token that starts
 * with a top-level entry of the repository (`nodes/…`, `test/…`, `package.json`) — that one must exist
 * exactly from the root — or that ends in a source or docs file name (`.ts`, `.mjs`, `.js`, `.md`):
 * written relative to its context (`shared/poll/pollBinding.ts`, `helpers/errors.ts`), it must be the
 * tail of a real path, whole segments. Templates (`<api>`, `*`, `{…}`) must match at least one file.
 * API paths (`/orders/:id`, `orders.json`), commands and URLs are not repository paths and are skipped.
 */

const ROOT = path.resolve(__dirname, '../..');
const DOCS = ['ARCHITECTURE.md', 'README.md', 'docs/api-notes.md'];

/** Named in the docs on purpose although git does not hold them (each is written by a command). */
const GENERATED = new Set(['.packs/', 'dist/', 'test/hardening/.counts/']);

const SOURCE_FILE = /\.(ts|mjs|cjs|js|md)$/;

function repoFiles(): string[] {
	const out = execFileSync(
		'git',
		['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
		{
			cwd: ROOT,
			encoding: 'utf8',
		},
	);
	return out.split('\0').filter((f) => f !== '' && fs.existsSync(path.join(ROOT, f)));
}

/** The backticked tokens of a Markdown text that are meant as repository paths. */
export function pathsIn(markdown: string, topLevel: ReadonlySet<string>): string[] {
	const found = new Set<string>();
	for (const [, raw] of markdown.matchAll(/`([^`\n]+)`/g)) {
		const token = raw.trim();
		// Commands, URLs, API paths (`/orders/:id`), home and variable paths, query strings.
		if (/\s|:\/\/|^[/~$]|[=?&:]/.test(token)) continue;
		if (!/^[\w.<>*{}/@-]+$/.test(token)) continue;
		const first = token.split('/')[0];
		const rooted =
			topLevel.has(first) && (token.includes('/') || SOURCE_FILE.test(token) || token === first);
		if (rooted || (SOURCE_FILE.test(token) && !token.startsWith('.'))) found.add(token);
	}
	return [...found];
}

const segmentPattern = (segment: string) =>
	segment
		.split(/(<[^>]+>|\{[^}]+\}|\*)/)
		.map((part) =>
			/^(<[^>]+>|\{[^}]+\}|\*)$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
		)
		.join('');

/** Whether `token` names something in `files` (rooted at the top or, for a relative file name, as a whole-segment tail). */
export function exists(
	token: string,
	files: readonly string[],
	topLevel: ReadonlySet<string>,
): boolean {
	if (GENERATED.has(token)) return true;
	// A build output: its source must exist.
	const built = /^dist\/(.+)\.js$/.exec(token);
	if (built) return exists(`${built[1]}.ts`, files, topLevel);
	const dir = token.endsWith('/');
	const segments = token.replace(/\/$/, '').split('/');
	const body = segments.map(segmentPattern).join('/');
	const rooted = topLevel.has(segments[0]);
	const pattern = new RegExp(`${rooted ? '^' : '(^|/)'}${body}${dir ? '/' : '(/|$)'}`);
	return files.some((f) => pattern.test(f));
}

/** n8n's own files, which the README cites by name (e.g. `execution-lifecycle-hooks.js`), as `n8n-core/dist/...`. */
function n8nFiles(): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const entry of fs.readdirSync(path.join(ROOT, 'node_modules', dir), {
			withFileTypes: true,
		})) {
			const rel = `${dir}/${entry.name}`;
			if (entry.isDirectory()) walk(rel);
			else if (entry.name.endsWith('.js')) out.push(rel);
		}
	};
	for (const pkg of ['n8n-core/dist', 'n8n-workflow/dist']) walk(pkg);
	return out;
}

/** The `## ` section a line offset falls in. */
const sectionAt = (markdown: string, offset: number) =>
	/^## (.*)$/m.exec([...markdown.slice(0, offset).matchAll(/^## .*$/gm)].pop()?.[0] ?? '')?.[1] ??
	'';

/** The recipe names the files it makes: there, a missing file is fine when its folder exists. */
const RECIPE = 'How to add an operation';

describe('the docs name only paths that exist', () => {
	const files = repoFiles();
	const topLevel = new Set(files.map((f) => f.split('/')[0]));

	it('the checker is not vacuous: it finds the paths and reports near misses', () => {
		const sample =
			'`nodes/shared/transport/authenticatedRequest.ts`, `shared/authenticatedRequest.ts`, `helpers/errors.ts`, ' +
			'`nodes/<Api>/helpers/nope.ts`, `resources/<resource>/<operation>.ts`, `GET /orders/:id`, `orders.json`, ' +
			'`https://x.test/a.md`, `npm run build`';
		const named = pathsIn(sample, topLevel);
		expect(named.sort()).toEqual(
			[
				'helpers/errors.ts',
				'nodes/<Api>/helpers/nope.ts',
				'nodes/shared/transport/authenticatedRequest.ts',
				'resources/<resource>/<operation>.ts',
				'shared/authenticatedRequest.ts',
			].sort(),
		);
		expect(named.filter((p) => !exists(p, files, topLevel)).sort()).toEqual([
			'nodes/<Api>/helpers/nope.ts',
			'shared/authenticatedRequest.ts',
		]);
		// A tail must be whole segments: `Request.ts` is not `authenticatedRequest.ts`.
		expect(exists('transport/Request.ts', files, topLevel)).toBe(false);
	});

	it.each(DOCS)('%s', (doc) => {
		const markdown = fs.readFileSync(path.join(ROOT, doc), 'utf8');
		const n8n = n8nFiles();
		const named = pathsIn(markdown, topLevel);
		expect(named.length).toBeGreaterThan(doc === 'ARCHITECTURE.md' ? 40 : 5);
		const missing = named.filter((p) => {
			if (exists(p, files, topLevel) || exists(p, n8n, new Set())) return false;
			const inRecipe = sectionAt(markdown, markdown.indexOf(`\`${p}\``)) === RECIPE;
			return !(inRecipe && p.includes('/') && exists(`${path.posix.dirname(p)}/`, files, topLevel));
		});
		expect(missing).toEqual([]);
	});
});
