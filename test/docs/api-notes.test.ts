/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev-only code, never packed (package.json files: ["dist"]) */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/*
 * Comments cite API facts as `docs/api-notes.md#<anchor>`. Every such citation, anywhere in the code, the
 * sandbox, the tests and the docs, must name a section that exists (a `## <anchor>` heading), so a renamed
 * or deleted section cannot leave citations pointing nowhere.
 */

const ROOT = path.resolve(__dirname, '../..');
const NOTES = 'docs/api-notes.md';

/** The anchors of the notes: `## fulfillbot-rate-limit` → `fulfillbot-rate-limit`. */
export function anchorsOf(markdown: string): Set<string> {
	return new Set([...markdown.matchAll(/^## ([a-z0-9]+(?:-[a-z0-9]+)*)\s*$/gm)].map((m) => m[1]));
}

/** `file: anchor` for each citation of an anchor that is not in `anchors`. */
export function brokenCitations(
	texts: ReadonlyMap<string, string>,
	anchors: ReadonlySet<string>,
): string[] {
	const broken: string[] = [];
	for (const [file, text] of texts)
		for (const [, anchor] of text.matchAll(/docs\/api-notes\.md#([A-Za-z0-9_-]+)/g))
			if (!anchors.has(anchor)) broken.push(`${file}: ${anchor}`);
	return broken;
}

function trackedTexts(): Map<string, string> {
	const files = execFileSync(
		'git',
		[
			'ls-files',
			'-z',
			'--cached',
			'--others',
			'--exclude-standard',
			'--',
			'nodes',
			'credentials',
			'sandbox',
			'test',
			'scripts',
			'bench',
			'*.md',
		],
		{ cwd: ROOT, encoding: 'utf8' },
	)
		.split('\0')
		.filter((f) => /\.(ts|mjs|js|md)$/.test(f) && fs.existsSync(path.join(ROOT, f)));
	return new Map(files.map((f) => [f, fs.readFileSync(path.join(ROOT, f), 'utf8')]));
}

describe('docs/api-notes.md', () => {
	const anchors = anchorsOf(fs.readFileSync(path.join(ROOT, NOTES), 'utf8'));

	it('has a section per fact, each with its source', () => {
		const notes = fs.readFileSync(path.join(ROOT, NOTES), 'utf8');
		expect(anchors.size).toBeGreaterThan(0);
		for (const anchor of anchors) {
			const body = notes.slice(notes.indexOf(`## ${anchor}\n`)).split(/\n## /)[0];
			expect(`${anchor}: ${/Source: /.test(body)}`).toBe(`${anchor}: true`);
		}
	});

	it('the check can fail: a citation of a missing section is reported, an existing one is not', () => {
		const [known] = [...anchors];
		const texts = new Map([
			['a.ts', `// (docs/api-notes.md#${known})`],
			// Built from parts, so this file itself cites nothing missing.
			['b.ts', `// (${NOTES}#fulfillbot-rate-limits)`],
		]);
		expect(brokenCitations(texts, anchors)).toEqual(['b.ts: fulfillbot-rate-limits']);
	});

	it('every citation names a section that exists', () => {
		expect(brokenCitations(trackedTexts(), anchors)).toEqual([]);
	});
});
