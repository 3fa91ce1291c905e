/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import { S2, startSandbox, type JournalEntry, type RunningSandbox } from '../../sandbox/src';
import { poll } from '../support/engine';
import { forgetRateBudgets } from '../support/sandbox';
import {
	Tally,
	change,
	keyOf,
	openOrderIds,
	prepare,
	s2AccountState,
	type Expected,
	type Prepared,
} from './activation-support';

/**
 * Issue 21, item 1: an activation that cannot read every open order's details within Max Requests per
 * Poll loses nothing that changes afterwards, on orders it has not read yet. Through the n8n binding
 * (n8n-core's poll, static data through JSON between polls) against the sandbox over loopback.
 */
const EVENTS = [
	'fulfillmentCreated',
	'fulfillmentStatusChanged',
	'shipmentStatusChanged',
	'trackingNumberAssigned',
];
const BUDGET = 100; // the node's default Max Requests per Poll
const MIN_TIME = 600_000; // a guard against hangs, not a speed check: thousands of loopback requests on a loaded 2-core machine

let sandbox: RunningSandbox | undefined;
afterEach(async () => {
	await sandbox?.close();
	sandbox = undefined;
});

async function start(orders: number, open: number) {
	const state = s2AccountState(orders, open);
	const file = path.join(mkdtempSync(path.join(os.tmpdir(), 's2-activation-')), 'state.json');
	writeFileSync(file, JSON.stringify(state));
	sandbox = await startSandbox({ port: 0, stateFile: file, readOnlyStateFile: true });
	await forgetRateBudgets();
	return openOrderIds(state);
}

async function journal(): Promise<JournalEntry[]> {
	const url = `${sandbox!.url}/__sandbox/journal`;
	const entries = (await (await fetch(`${url}?api=s2`)).json()) as JournalEntry[];
	await fetch(url, { method: 'DELETE' });
	return entries;
}

const pollS2 = (staticData?: IDataObject) =>
	poll({
		type: 's2Trigger',
		parameters: { events: EVENTS },
		credentials: {
			s2Api: { accessToken: S2.token, organizationId: S2.orgA, baseUrl: `${sandbox!.url}/s2` },
		},
		staticData,
	});

const readOrders = (entries: JournalEntry[]) =>
	entries.filter((e) => e.path !== '/order').map((e) => e.path.replace('/order/', ''));

/** An item as the tests compare it: event, record, previous and current status. */
const itemKey = (i: IDataObject) => `${keyOf(i)}:${String(i.previousStatus)}->${String(i.status)}`;

/**
 * Every item the changes must produce, and nothing else (a ship also moves its fulfillment and brings a
 * tracking number): records untouched since activation (the second fulfillment of each shipping order, the
 * PENDING one of each order that got a new one) are not reported.
 */
function itemsFor(prepared: Prepared[], expected: Expected[]): string[] {
	const fulfillmentOf = new Map(
		prepared
			.filter((p) => p.kind === 'ship')
			.map((p) => [String((p.fulfillment!.shipments as IDataObject[])[0].id), p.fulfillment!.id]),
	);
	return expected.flatMap((e) => {
		const main = `${e.event}:${e.id}:null->${e.status}`;
		if (e.kind !== 'ship') return [main];
		return [
			main,
			`fulfillmentStatusChanged:${String(fulfillmentOf.get(e.id))}:null->SHIPPED`,
			`trackingNumberAssigned:${e.id}:null->SHIPPED`,
		];
	});
}

/** Polls from `first` to `last` (numbered as polls after activation), tallying and collecting items. */
async function pollRange(
	staticData: IDataObject,
	first: number,
	last: number,
	tally: Tally,
	items: string[],
	check: () => Promise<void> = async () => {},
): Promise<IDataObject> {
	for (let n = first; n <= last; n++) {
		const result = await pollS2(staticData);
		staticData = result.staticData;
		const json = (result.items ?? []).map((i) => i.json);
		tally.add(n, json);
		items.push(...json.map(itemKey));
		await check();
	}
	return staticData;
}

describe('S2 Trigger › activation with more open orders than one poll reads', () => {
	it(
		'2,000 open orders, 70 read at activation: 25 changes on unread orders, each reported once within ⌈2,000 ÷ 70⌉ + 1 polls',
		async () => {
			const open = await start(3000, 2000); // 30 list pages: 70 details a poll
			const room = BUDGET - 30;
			const bound = Math.ceil(open.length / room) + 1;
			// The orders the rotation (by id) reaches last.
			const prepared = await prepare(sandbox!.url, open.slice(-25));
			await journal();

			const activation = await pollS2();
			expect(activation.items).toBeNull();
			const first = await journal();
			expect(first).toHaveLength(BUDGET);
			const readAtActivation = new Set(readOrders(first));
			expect(readAtActivation.size).toBe(room);
			expect(prepared.filter((p) => readAtActivation.has(p.orderId))).toEqual([]);

			const expected = await change(sandbox!.url, prepared);
			await journal(); // the changes' own requests
			const tally = new Tally(expected);
			const items: string[] = [];
			const staticData = await pollRange(
				activation.staticData,
				1,
				bound,
				tally,
				items,
				async () => {
					expect((await journal()).length).toBeLessThanOrEqual(BUDGET);
				},
			);

			expect({ missed: tally.missed, duplicated: tally.duplicated }).toEqual({
				missed: 0,
				duplicated: 0,
			});
			expect(tally.latency).toBeLessThanOrEqual(bound);
			expect(items.sort()).toEqual(itemsFor(prepared, expected).sort());
			// Learnt: every order read since, so the activation's baseline time is no longer kept.
			expect(Object.keys(staticData['node:Trigger under test'] as IDataObject)).not.toContain(
				'activatedAt',
			);
		},
		MIN_TIME,
	);

	it(
		'300 open orders, a failed poll and a restart in between: all 24 changes reported, none twice',
		async () => {
			const open = await start(400, 300); // 4 list pages: 96 details a poll
			const bound = Math.ceil(open.length / (BUDGET - 4)) + 1;
			const prepared = await prepare(sandbox!.url, open.slice(-24));
			await journal();

			const activation = await pollS2();
			const unread = (entries: JournalEntry[], some: Prepared[]) =>
				some.filter((p) => readOrders(entries).includes(p.orderId));
			expect(unread(await journal(), prepared)).toEqual([]);
			// Half the changes now, half after the next poll (on orders still not read).
			const expected = await change(sandbox!.url, prepared.slice(0, 12));
			const tally = new Tally(expected);
			const items: string[] = [];
			const second = await pollRange(activation.staticData, 1, 1, tally, items);
			expect(unread(await journal(), prepared.slice(12))).toEqual([]);
			expected.push(...(await change(sandbox!.url, prepared.slice(12))));

			// One poll fails on a detail read: it saves nothing.
			const fault = await fetch(`${sandbox!.url}/__sandbox/faults`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({
					api: 's2',
					method: 'GET',
					path: '/order/*',
					kind: 'status',
					status: 503,
				}),
			});
			expect(fault.status).toBeLessThan(300);
			const failed = await pollS2(second);
			expect(failed.items).toBeNull();
			expect(failed.staticData).toEqual(second);

			// A restart: a fresh process (no in-memory budgets), the static data as n8n stored it (JSON).
			await forgetRateBudgets();
			const restarted = JSON.parse(JSON.stringify(failed.staticData)) as IDataObject;
			await pollRange(restarted, 3, bound + 2, tally, items);

			expect(expected).toHaveLength(24);
			expect({ missed: tally.missed, duplicated: tally.duplicated }).toEqual({
				missed: 0,
				duplicated: 0,
			});
			expect(items.sort()).toEqual(itemsFor(prepared, expected).sort());
		},
		MIN_TIME,
	);
});
