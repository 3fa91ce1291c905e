/**
 * Benchmark 4: trigger static-data size while tracking 10,000 open orders, and after they all completed
 * (the runner generates the states; this measures them).
 */
import type { IDataObject } from 'n8n-workflow';

import type { RunningSandbox } from '../../sandbox/src';
import { MAX_SEEN_ORDERS, seenFromStatic } from '../../nodes/Shopline/trigger/tracking';
import { trackedCount } from '../../test/support/trackedState';
import { sandboxClient, type Api } from '../sandboxClient';
import {
	ALL_AT_ONCE,
	emitted,
	fmt,
	kb,
	pollOnce,
	progress,
	requestsSinceClear,
	table,
	TRIGGERS,
	verdict,
} from './common';
/**
 * Cases for the static-data figures: the status-change events, which remember every open order; and
 * S2 with every event, which also remembers each open order's fulfillments and watches its details.
 */
interface StaticCase {
	api: Api;
	events: string[];
	tracked: string;
}
const STATIC_CASES: StaticCase[] = [
	{
		api: 'fulfillbot',
		events: ['purchaseOrderStatusChanged'],
		tracked: 'purchase orders (`pending` → `completed`)',
	},
	{ api: 's2', events: ['orderStatusChanged'], tracked: 'orders (`UNFULFILLED` → `FULFILLED`)' },
	{
		api: 's2',
		events: [
			'orderStatusChanged',
			'orderAssignStatusChanged',
			'fulfillmentCreated',
			'fulfillmentStatusChanged',
			'shipmentStatusChanged',
			'trackingNumberAssigned',
		],
		tracked: 'orders (`UNFULFILLED` → `FULFILLED`), details of each read every poll',
	},
	{
		api: 'shopline',
		events: ['orderFinancialStatusChanged', 'orderFulfillmentStatusChanged'],
		tracked: 'orders (paid, `unshipped` → `shipped`)',
	},
];

export interface StaticRow {
	api: Api;
	trigger: string;
	events: string;
	eventList: string[];
	tracked: string;
	primedBytes: number;
	openBytes: number;
	/** Orders the static data remembers while 10,000 are open. */
	remembered: number;
	idleRequests: number;
	doneBytes: number;
	doneEmitted: number;
	doneRequests: number;
}

const bytes = (data: IDataObject) => Buffer.byteLength(JSON.stringify(data), 'utf8');

/** How many orders a trigger's static data remembers (its per-order map). */
function rememberedOrders(api: Api, staticData: IDataObject): number {
	const node = (staticData['node:Trigger under test'] ?? {}) as Record<
		string,
		Record<string, object> | undefined
	>;
	if (api === 'shopline') return Object.keys(seenFromStatic(node.orders?.seen)).length;
	const map = api === 'fulfillbot' ? node.purchaseOrders?.statuses : node.orders?.statuses;
	return map ? trackedCount(map) : 0;
}

export async function staticDataWhileOpen(
	sandbox: RunningSandbox,
): Promise<Array<StaticRow & { staticData: IDataObject }>> {
	const ctl = sandboxClient(sandbox);
	const rows: Array<StaticRow & { staticData: IDataObject }> = [];
	for (const { api, events, tracked } of STATIC_CASES) {
		progress(`  ${TRIGGERS[api].label}: ${events.join(', ')}`);
		// A budget past any account here: the state is measured with every open order tracked (with the
		// default budgets the first polls learn them over several polls; see bench:scale).
		const primed = await pollOnce(sandbox, api, events, undefined, ALL_AT_ONCE);
		await ctl.clearJournal();
		const idle = await pollOnce(sandbox, api, events, primed.staticData, ALL_AT_ONCE);
		const idleRequests = requestsSinceClear(await ctl.journal(api));
		rows.push({
			api,
			trigger: TRIGGERS[api].label,
			events: events.join(', '),
			eventList: events,
			tracked,
			primedBytes: bytes(primed.staticData),
			openBytes: bytes(idle.staticData),
			remembered: rememberedOrders(api, idle.staticData),
			idleRequests,
			doneBytes: 0,
			doneEmitted: 0,
			doneRequests: 0,
			staticData: idle.staticData,
		});
	}
	return rows;
}

export async function staticDataAfterDone(
	sandbox: RunningSandbox,
	rows: Array<StaticRow & { staticData: IDataObject }>,
): Promise<StaticRow[]> {
	const ctl = sandboxClient(sandbox);
	const out: StaticRow[] = [];
	for (const row of rows) {
		await ctl.clearJournal();
		const done = await pollOnce(sandbox, row.api, row.eventList, row.staticData, ALL_AT_ONCE);
		const doneRequests = requestsSinceClear(await ctl.journal(row.api));
		// One more poll: what stays once the completions were reported.
		const after = await pollOnce(sandbox, row.api, row.eventList, done.staticData, ALL_AT_ONCE);
		const rest: StaticRow & { staticData?: IDataObject } = { ...row };
		delete rest.staticData;
		out.push({
			...rest,
			doneBytes: bytes(after.staticData),
			doneEmitted: emitted(done.items),
			doneRequests,
		});
	}
	return out;
}

export function staticTable(staticRows: StaticRow[]): string {
	return table(
		[
			'Trigger',
			'Events',
			'Tracking 10,000 open',
			'Goal',
			'Verdict',
			'After all completed',
			'Goal',
			'Verdict',
		],
		staticRows.map((r) => [
			r.trigger,
			r.events,
			kb(r.openBytes),
			'≤ 200 KB',
			verdict(r.openBytes <= 200 * 1024),
			`${fmt(r.doneBytes)} B`,
			'near empty',
			verdict(r.doneBytes <= 1024),
		]),
	);
}

function staticDetail(staticRows: StaticRow[]): string {
	return table(
		[
			'Trigger',
			'Tracked',
			'Orders remembered',
			'Bytes per remembered order',
			'Requests per idle poll (10,000 open)',
			'Items emitted by the completion poll',
		],
		staticRows.map((r) => [
			r.trigger,
			`10,000 ${r.tracked}`,
			fmt(r.remembered),
			r.remembered ? (r.openBytes / r.remembered).toFixed(1) : '—',
			r.idleRequests,
			fmt(r.doneEmitted),
		]),
	);
}

export function staticMissed(staticRows: StaticRow[]): string[] {
	return [
		...staticRows
			.filter((r) => r.openBytes > 200 * 1024)
			.map(
				(r) =>
					`${r.trigger} static data while tracking 10,000 open orders: ${kb(r.openBytes)} vs ≤ 200 KB`,
			),
		...staticRows
			.filter((r) => r.doneBytes > 1024)
			.map(
				(r) => `${r.trigger} static data after completion: ${fmt(r.doneBytes)} B, not near empty`,
			),
	];
}

export function staticSection(staticRows: StaticRow[]): string[] {
	return [
		'## 4. Trigger static data',
		'',
		'10,000 open orders per API in a generated state, polled through the engine `poll()` (static data',
		'JSON round-tripped between polls as n8n persists it). "Tracking" is the size after the idle poll that follows',
		'the priming poll. Then every order is moved to a terminal status (the state file rewritten, update times one',
		'second apart, sandbox restarted on it), the trigger polls again (reporting the completions), and "after all',
		'completed" is the size after one more poll. Size = bytes of `JSON.stringify(staticData)`; "near empty" is read',
		'here as ≤ 1 KB. Events: the status-change events, which remember every open order (and for S2 also every event,',
		'which adds the fulfillments and shipments of the open orders and the orders to read again).',
		'',
		staticTable(staticRows),
		'',
		staticDetail(staticRows),
		'',
		'Reading the figures:',
		'',
		'- Every trigger keeps its per-record state compact (nodes/shared/poll/compactState.ts): each id as an 8-character',
		'  fingerprint and each status as an index into a small table, so the size grows with the open orders at the',
		'  bytes per order above, whatever the length of the ids. The ≤ 200 KB goal holds up to about',
		...staticRows
			.filter((r) => r.remembered)
			.map(
				(r) =>
					`  ${fmt(Math.floor((200 * 1024) / (r.openBytes / r.remembered)))} open orders for the ${r.trigger} (${r.events}; ${(r.openBytes / r.remembered).toFixed(1)} B each)`,
			),
		'  at the measured bytes per order. The generated open orders all share one status, which needs no index; with',
		'  mixed statuses each record costs one byte more (9 B), about 88 KB at 10,000.',
		`- The SHOPLINE Trigger caps what it remembers at MAX_SEEN_ORDERS = ${fmt(MAX_SEEN_ORDERS)} orders (nodes/Shopline/trigger/tracking.ts),`,
		'  dropping the longest-untouched ones past it; at 10,000 open orders nothing is dropped, so the completion poll',
		"  reports every order's status change.",
		"- S2 with fulfillment events selected reads each open order's details every poll (S2 lists no fulfillments),",
		'  so its idle poll costs the list pages plus one request per open order, as the table shows.',
		'',
	];
}
