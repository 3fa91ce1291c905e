/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev-only code, never packed (package.json files: ["dist"]) */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Optional JSON-file persistence for the in-memory state. Writes are synchronous and atomic
 * (temp file + rename) so a crash never leaves half a file behind.
 */
export class StateFile<S extends object> {
	constructor(readonly path: string) {}

	/** The saved state laid over `seed` per top-level key, or undefined when there is no file yet. */
	load(seed: S): S | undefined {
		if (!existsSync(this.path)) return undefined;
		const saved = JSON.parse(readFileSync(this.path, 'utf8')) as Partial<S>;
		return { ...seed, ...saved };
	}

	save(state: S): void {
		mkdirSync(dirname(this.path), { recursive: true });
		const tmp = `${this.path}.${process.pid}.tmp`;
		writeFileSync(tmp, JSON.stringify(state, null, '\t'));
		renameSync(tmp, this.path);
	}
}

/** Deep copy of plain JSON data: seed objects must never be mutated by requests. */
export function cloneJson<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}
