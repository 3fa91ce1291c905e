/** Benchmark 2: Return All request counts for 1,000 and 10,000 records, vs ceil(N / largest page size). */
import type { RunningSandbox } from '../../sandbox/src';
import { runNode } from '../../test/support/engine';
import { sandboxClient, type Api } from '../sandboxClient';
import { fmt, PAGE, requestsSinceClear, seconds, table, TRIGGERS, verdict } from './common';

const RETURN_ALL: Array<{ api: Api; label: string; type: string; resource: string }> = [
	{
		api: 'fulfillbot',
		label: 'Fulfillbot Purchase Order → Get Many',
		type: 'fulfillbot',
		resource: 'purchaseOrder',
	},
	{ api: 's2', label: 'S2 Order → Get Many', type: 's2', resource: 'order' },
	{ api: 'shopline', label: 'SHOPLINE Order → Get Many', type: 'shopline', resource: 'order' },
];

export interface ReturnAllRow {
	operation: string;
	n: number;
	items: number;
	requests: number;
	expected: number;
	ms: number;
}

export async function returnAll(sandbox: RunningSandbox, n: number): Promise<ReturnAllRow[]> {
	const ctl = sandboxClient(sandbox);
	const creds = ctl.credentials();
	const rows: ReturnAllRow[] = [];
	for (const op of RETURN_ALL) {
		await ctl.clearJournal();
		const credential = TRIGGERS[op.api].credential;
		const t0 = Date.now();
		const result = await runNode({
			type: op.type,
			parameters: { resource: op.resource, operation: 'getAll', returnAll: true },
			credentials: { [credential]: creds[credential] },
		});
		const ms = Date.now() - t0;
		if (result.error) throw new Error(`${op.label} failed: ${result.error.message}`);
		const requests = requestsSinceClear(await ctl.journal(op.api));
		rows.push({
			operation: op.label,
			n,
			items: result.items.length,
			requests,
			expected: Math.ceil(n / PAGE),
			ms,
		});
	}
	return rows;
}

export function returnAllTable(rows: ReturnAllRow[]): string {
	return table(
		[
			'Operation',
			'N',
			'Items returned',
			'Measured requests',
			'Goal ceil(N/100)',
			'Engine time',
			'Verdict',
		],
		rows.map((r) => [
			r.operation,
			fmt(r.n),
			fmt(r.items),
			r.requests,
			r.expected,
			seconds(r.ms),
			verdict(r.requests <= r.expected && r.items === r.n),
		]),
	);
}

export function returnAllMissed(rows: ReturnAllRow[]): string[] {
	return rows
		.filter((r) => r.requests > r.expected || r.items !== r.n)
		.map(
			(r) =>
				`Return All ${r.operation}, N = ${fmt(r.n)}: ${r.requests} requests vs ${r.expected}, ${fmt(r.items)} items`,
		);
}

export function returnAllSection(rows: ReturnAllRow[]): string[] {
	return [
		'## 2. Return All request counts',
		'',
		'N records in one list (the seeded user / organization / store), loaded from a generated state file with the',
		'sandbox rate limits off; the node runs in-process through n8n-core (`test/support/engine.ts` runNode), Return All',
		'on. Largest page size: 100 for all three APIs.',
		'',
		returnAllTable(rows),
		'',
	];
}
