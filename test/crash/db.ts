/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
/**
 * A read-only SQL query on n8n's SQLite database, run by the runtime's own node with the runtime's own
 * sqlite3 (built for that node: n8n 2.40 runs on Node 24, this test on Node 20).
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';

const SCRIPT = `
const [dir, file, sql] = process.argv.slice(1);
const sqlite3 = require(require('node:path').join(dir, 'node_modules', 'sqlite3'));
const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY);
db.all(sql, (error, rows) => {
	if (error) { console.error(error.message); process.exitCode = 1; } else process.stdout.write(JSON.stringify(rows));
	db.close();
});`;

export async function query<T>(
	node: string,
	runtimeDir: string,
	userFolder: string,
	sql: string,
): Promise<T[]> {
	const file = path.join(userFolder, '.n8n', 'database.sqlite');
	return await new Promise((resolve, reject) => {
		const child = spawn(node, ['-e', SCRIPT, runtimeDir, file, sql], {
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let out = '';
		let err = '';
		child.stdout.on('data', (d: Buffer) => (out += d.toString()));
		child.stderr.on('data', (d: Buffer) => (err += d.toString()));
		child.on('error', reject);
		child.on('close', (code) =>
			code === 0 ? resolve(JSON.parse(out) as T[]) : reject(new Error(`query failed: ${err}`)),
		);
	});
}
