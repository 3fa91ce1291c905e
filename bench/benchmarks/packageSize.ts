/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
/** Benchmark 5: packed package size and runtime dependency count. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { kb, ROOT, table, verdict } from './common';

export interface PackageFigures {
	size: number;
	unpackedSize: number;
	files: number;
	dependencies: string[];
}

export function packageFigures(): PackageFigures {
	const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
		cwd: ROOT,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'ignore'],
	});
	const [info] = JSON.parse(out) as Array<{
		size: number;
		unpackedSize: number;
		entryCount: number;
	}>;
	const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
		dependencies?: Record<string, string>;
	};
	return {
		size: info.size,
		unpackedSize: info.unpackedSize,
		files: info.entryCount,
		dependencies: Object.keys(pkg.dependencies ?? {}),
	};
}

export function packageTable(pkg: PackageFigures): string {
	return table(
		['Figure', 'Measured', 'Goal', 'Verdict'],
		[
			[
				'Packed size (`npm pack --dry-run --json`: size)',
				kb(pkg.size),
				'≤ 300 KB',
				verdict(pkg.size <= 300 * 1024),
			],
			['Unpacked size / files', `${kb(pkg.unpackedSize)} / ${pkg.files} files`, '—', '—'],
			[
				'Runtime dependencies (package.json `dependencies`)',
				`${pkg.dependencies.length}${pkg.dependencies.length ? ` (${pkg.dependencies.join(', ')})` : ''}`,
				'0',
				verdict(pkg.dependencies.length === 0),
			],
		],
	);
}

export function packageMissed(pkg: PackageFigures): string[] {
	return [
		...(pkg.size > 300 * 1024 ? [`packed size ${kb(pkg.size)} vs ≤ 300 KB`] : []),
		...(pkg.dependencies.length ? [`${pkg.dependencies.length} runtime dependencies vs 0`] : []),
	];
}
