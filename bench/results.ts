/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Writes a benchmark's `section` (from its `start` marker to its `end` marker) into `file`: in place of
 * the section already there, else appended, so each benchmark rewrites only its own part of results.md.
 */
export function writeResultsSection(
	file: string,
	start: string,
	end: string,
	section: string,
): void {
	const current = readFileSync(file, 'utf8');
	const next = current.includes(start)
		? current.replace(new RegExp(`${start}[\\s\\S]*${end}`), section)
		: `${current.trimEnd()}\n\n${section}\n`;
	writeFileSync(file, next);
}

/**
 * The sections other benchmarks wrote into `file` (each between its `<!-- name:start -->` and
 * `<!-- name:end -->` markers), for `npm run bench` to keep after its own part when it rewrites the file.
 */
export function otherSections(file: string): string {
	let current = '';
	try {
		current = readFileSync(file, 'utf8');
	} catch {
		return '';
	}
	const sections = current.match(/<!-- ([\w-]+):start -->[\s\S]*?<!-- \1:end -->/g) ?? [];
	return sections.map((section) => `\n\n${section}`).join('');
}
