/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev-only code, never packed (package.json files: ["dist"]) */
/**
 * Benchmark 6: the engine test suite (hardening suite and trigger property tests included), read through the
 * counts those files write.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

import { fmt, ROOT, table, verdict } from './common';

export interface HardeningFigures {
	passed: number;
	failed: number;
	counts: Record<string, Record<string, number>>;
}

export const HARDENING_TESTS = [
	'test/hardening/faults.test.ts',
	'test/hardening/bad-input.test.ts',
	'test/hardening/secrets.test.ts',
	'test/hardening/isolation.test.ts',
	'test/hardening/poll-errors.test.ts',
	'test/fulfillbot/trigger-property.test.ts',
	'test/s2/trigger-property.test.ts',
	'test/shopline/trigger-property.test.ts',
	'test/shared/status-changes.test.ts',
	'test/shared/updated-cursor.test.ts',
];
const COUNTS_DIR = path.join(ROOT, 'test', 'hardening', '.counts');

/**
 * Runs the whole engine suite (as `npm test` does; it holds the hardening suite and the trigger property
 * tests) and reads the counts they write, including the suite-wide secret scan of every run and poll.
 */
export function hardeningFigures(): HardeningFigures {
	rmSync(COUNTS_DIR, { recursive: true, force: true });
	const result = spawnSync('npx', ['jest', '--selectProjects', 'engine', '--json'], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, SKIP_BUILD: '1' },
		maxBuffer: 256 * 1024 * 1024,
	});
	const summary = JSON.parse(result.stdout.slice(result.stdout.indexOf('{'))) as {
		numPassedTests: number;
		numFailedTests: number;
	};
	const counts: Record<string, Record<string, number>> = {};
	for (const file of readdirSync(COUNTS_DIR).filter((f) => f.endsWith('.json'))) {
		const values = JSON.parse(readFileSync(path.join(COUNTS_DIR, file), 'utf8')) as Record<
			string,
			number
		>;
		// One suite-scan file per jest worker: summed.
		const name = file.startsWith('suite-scan-') ? 'suite-scan' : file.replace(/\.json$/, '');
		counts[name] ??= {};
		for (const [key, value] of Object.entries(values))
			counts[name][key] = (counts[name][key] ?? 0) + value;
	}
	return { passed: summary.numPassedTests, failed: summary.numFailedTests, counts };
}

export function hardeningTable(hardening: HardeningFigures): string {
	const c = (name: string, key: string) => hardening.counts[name]?.[key] ?? 0;
	const histories = (name: string) => c(`property-${name}`, 'histories');
	return table(
		['Figure', 'Count', 'Goal', 'Verdict'],
		[
			// Goals as README "Testing" states them: the whole trigger through its n8n binding, 300 histories
			// for Fulfillbot and S2 (each history is many polls of a full trigger), 1,000 for SHOPLINE.
			...(
				[
					['Fulfillbot Trigger', 'fulfillbot', 300],
					['S2 Trigger', 's2', 300],
					['SHOPLINE Trigger', 'shopline', 1000],
				] as const
			).map(([label, name, goal]) => [
				`Random histories run: ${label} (test/${name}/trigger-property.test.ts)`,
				fmt(histories(name)),
				`≥ ${fmt(goal)}, 0 missed / 0 duplicated`,
				verdict(histories(name) >= goal),
			]),
			[
				'Random histories run: shared status-change detection and updated_at cursor',
				`${fmt(histories('status-changes'))} + ${fmt(histories('updated-cursor'))}`,
				'—',
				'—',
			],
			[
				'Faults tried (429, 500, 502, timeout, malformed JSON, HTML page)',
				`${fmt(c('faults', 'faultCases'))} cases over ${c('faults', 'resources')} resources (${fmt(c('faults', 'runs'))} runs)`,
				'every resource × 6',
				verdict(
					c('faults', 'faultCases') >= 6 * c('faults', 'resources') && c('faults', 'resources') > 0,
				),
			],
			[
				"Faults tried on the triggers' polls (400-422 loud; 408, 429, 5xx, malformed JSON, HTML, no answer for 60 s passing; at activation)",
				`${fmt(c('poll-errors', 'faultCases'))} cases over ${c('poll-errors', 'triggers')} trigger rows`,
				'the 3 polling triggers (SHOPLINE one row per event group)',
				verdict(c('poll-errors', 'triggers') >= 3),
			],
			[
				'Bad inputs tried',
				`${fmt(c('bad-input', 'inputsTried'))} (${c('bad-input', 'blankRequired')} required fields blank, ${c('bad-input', 'malformed')} malformed, over ${c('bad-input', 'operations')} create/update operations)`,
				'every required field',
				'—',
			],
			[
				'Leaks found in the whole engine suite (every node run and poll: output items and errors; test/support/secretScan.ts)',
				`${c('suite-scan', 'hits')} in ${fmt(c('suite-scan', 'nodeRuns'))} node runs + ${fmt(c('suite-scan', 'polls'))} polls (${fmt(c('suite-scan', 'items'))} items, ${fmt(c('suite-scan', 'errors'))} errors)`,
				'0',
				verdict(c('suite-scan', 'hits') === 0 && c('suite-scan', 'nodeRuns') > 0),
			],
			[
				'Leaks found by the secrets test (failing runs with wrong tokens, also the n8n logger)',
				`${c('secrets', 'hits')} in ${fmt(c('secrets', 'runs'))} node runs + ${c('secrets', 'polls')} polls (${fmt(c('secrets', 'itemsScanned'))} items, ${fmt(c('secrets', 'errorsScanned'))} errors, ${fmt(c('secrets', 'logLines'))} log lines)`,
				'0',
				verdict(c('secrets', 'hits') === 0 && c('secrets', 'runs') > 0),
			],
			[
				'Isolation runs',
				`${c('isolation', 's2Cases')} S2 organization cases, ${c('isolation', 'shoplineHandleRuns')} SHOPLINE handle runs, ${c('isolation', 'overrideRuns')} base URL override runs`,
				'all refused / scoped',
				'—',
			],
			[
				'Engine suite tests',
				`${fmt(hardening.passed)} passed, ${hardening.failed} failed`,
				'0 failed',
				verdict(hardening.failed === 0 && hardening.passed > 0),
			],
		],
	);
}

export function hardeningSection(hardening: HardeningFigures): string[] {
	return [
		'## 6. Hardening suite and trigger property tests',
		'',
		'The bench runs the engine test suite (`npx jest --selectProjects engine`, part of `npm test`). These files write',
		`what they tried to test/hardening/.counts/, read here: ${HARDENING_TESTS.map((f) => `\`${f}\``).join(', ')}, and`,
		'`test/support/secretScan.ts` (every node run and poll of the suite). Each test asserts its own outcome',
		'(a clear NodeApiError, continueOnFail items with pairedItem, one POST per money-moving create, the field named',
		'with no request sent, 0 missed / 0 duplicated events); the counts say how much was tried.',
		'',
		hardeningTable(hardening),
		'',
	];
}
