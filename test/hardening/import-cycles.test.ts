/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev-only code, never packed (package.json files: ["dist"]) */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';

/**
 * No import cycles in the node code (nodes/, credentials/): a cycle makes a module's exports undefined
 * while the other one loads, depending on which is imported first. Type-only imports count too (as madge
 * counts them): the Fulfillbot trigger's purchaseOrders.ts ↔ watch.ts was one, gone since the reader
 * interface has its own file (trigger/reader.ts).
 */
const ROOT = path.resolve(__dirname, '../..');

function tsFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const file = path.join(dir, entry.name);
		if (entry.isDirectory()) return tsFiles(file);
		return file.endsWith('.ts') ? [file] : [];
	});
}

/** The relative imports and re-exports of `file`, resolved to files. */
function importsOf(file: string): string[] {
	const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
	return importedFiles
		.filter(({ fileName }) => fileName.startsWith('.'))
		.map(({ fileName }) => path.resolve(path.dirname(file), fileName))
		.flatMap((base) =>
			[`${base}.ts`, path.join(base, 'index.ts')].filter(fs.existsSync).slice(0, 1),
		);
}

/** Every cycle found by a depth-first walk, as the files around it. */
function importCycles(files: string[]): string[][] {
	const graph = new Map(files.map((f) => [f, importsOf(f)]));
	const cycles: string[][] = [];
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const visit = (file: string) => {
		state.set(file, 'open');
		stack.push(file);
		for (const next of graph.get(file) ?? []) {
			if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
			else if (!state.has(next)) visit(next);
		}
		stack.pop();
		state.set(file, 'done');
	};
	for (const file of graph.keys()) if (!state.has(file)) visit(file);
	return cycles.map((cycle) => cycle.map((f) => path.relative(ROOT, f)));
}

describe('import cycles', () => {
	const files = ['nodes', 'credentials'].flatMap((dir) => tsFiles(path.join(ROOT, dir)));

	it('the walk finds a cycle: a.ts → b.ts → a.ts, written to a temporary folder', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cycles-'));
		try {
			fs.writeFileSync(
				path.join(dir, 'a.ts'),
				"import type { B } from './b';\nexport type A = B;\n",
			);
			fs.writeFileSync(path.join(dir, 'b.ts'), "export { type A as B } from './a';\n");
			fs.writeFileSync(
				path.join(dir, 'c.ts'),
				"import type { A } from './a';\nexport type C = A;\n",
			);
			const cycles = importCycles(tsFiles(dir)).map((c) => c.map((f) => path.basename(f)));
			expect(cycles).toEqual([['a.ts', 'b.ts', 'a.ts']]);
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});

	it(`none in nodes/ and credentials/ (${files.length} files)`, () => {
		expect(files.length).toBeGreaterThan(100);
		expect(importCycles(files)).toEqual([]);
	});
});
