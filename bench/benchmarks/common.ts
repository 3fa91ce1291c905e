/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev-only code, never packed (package.json files: ["dist"]) */
/** What the six benchmarks of `npm run bench` share: settings, formatting, the triggers and one poll. */
import path from 'node:path';

import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { JournalEntry, RunningSandbox } from '../../sandbox/src';
import { poll } from '../../test/support/engine';
import { CREDENTIAL, sandboxClient, type Api } from '../sandboxClient';

export const ROOT = path.resolve(__dirname, '..', '..');
export const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3) || 3);
export const SKIP_N8N = process.env.BENCH_SKIP_N8N === '1';
export const PAGE = 100; // the largest page size each API allows (Fulfillbot: our choice, the docs give none)
export const RATE_LIMITS_OFF = { fulfillbot: null, shopline: null };

// ---------------------------------------------------------------- small helpers

const started = Date.now();
/** Milliseconds since the bench started. */
export const elapsed = () => Date.now() - started;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const fmt = (n: number) => n.toLocaleString('en-US');
export const median = (values: number[]) => {
	const s = [...values].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
export const verdict = (ok: boolean) => (ok ? 'meets' : '**misses**');

/** Plain stdout lines (no console: the strict lint config forbids it). */
export function say(text: string): void {
	process.stdout.write(`${text}\n`);
}

export function progress(text: string): void {
	say(`[bench ${seconds(elapsed()).padStart(7)}] ${text}`);
}

export function table(head: string[], rows: Array<Array<string | number>>): string {
	const line = (cells: Array<string | number>) => `| ${cells.map(String).join(' | ')} |`;
	return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------- triggers

export const TRIGGERS: Record<
	Api,
	{ type: string; credential: 'fulfillbotApi' | 's2Api' | 'shoplineApi'; label: string }
> = {
	fulfillbot: {
		type: 'fulfillbotTrigger',
		credential: CREDENTIAL.fulfillbot,
		label: 'Fulfillbot Trigger',
	},
	s2: { type: 's2Trigger', credential: CREDENTIAL.s2, label: 'S2 Trigger' },
	shopline: { type: 'shoplineTrigger', credential: CREDENTIAL.shopline, label: 'SHOPLINE Trigger' },
};

export async function pollOnce(
	sandbox: RunningSandbox,
	api: Api,
	events: string[],
	staticData?: IDataObject,
	extra: IDataObject = {},
) {
	const trigger = TRIGGERS[api];
	return await poll({
		type: trigger.type,
		parameters: { events, ...extra },
		credentials: sandboxClient(sandbox).credentialsOf(api),
		staticData,
	});
}

export const emitted = (items: INodeExecutionData[] | null) => items?.length ?? 0;

/** Max Requests per Poll past any account the bench builds (issue 16's budgets measured in bench:scale). */
export const ALL_AT_ONCE: IDataObject = { requestsPerPoll: 1_000_000 };

/**
 * Requests since the journal was cleared. The journal keeps only its newest 5,000 entries, but their
 * `seq` keeps counting from the clear, so the newest one's is the count (the bench talks to one API at a time).
 */
export function requestsSinceClear(entries: JournalEntry[]): number {
	return entries.reduce((max, e) => Math.max(max, e.seq), 0);
}
