/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev-only code, never packed (package.json files: ["dist"]) */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const script = path.resolve(__dirname, '../../scripts/ops-table.mjs');

describe('README operations table', () => {
	it('matches the node descriptions (regenerate with `node scripts/ops-table.mjs --write`)', () => {
		const generated = execFileSync('node', [script], { encoding: 'utf8' }).trim();
		const inReadme = execFileSync(
			'node',
			[
				'--input-type=module',
				'-e',
				`import { readmeBlock } from ${JSON.stringify(script)}; process.stdout.write(readmeBlock() ?? '')`,
			],
			{ encoding: 'utf8' },
		).trim();
		expect(generated.split('\n').length).toBeGreaterThan(50);
		expect(inReadme).toBe(generated);
	});
});
