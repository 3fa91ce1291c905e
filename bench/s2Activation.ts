/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
/**
 * The S2 part of `npm run bench:scale` (issue 21, item 1): an activation that cannot read every open order's
 * details in one poll, then 25 changes (shipments shipping, fulfillment status changes, new fulfillments) on
 * the 25 orders its rotation reads last. Per account size: activation requests and time, then polls until
 * every change was reported — the latency in polls (the most any change waited), against the stated bound
 * ⌈open orders ÷ details a poll⌉ + 1, where details a poll = max(5, Max Requests per Poll − list pages).
 * Through n8n-core's engine (test/support/engine.ts `poll`, static data through JSON between polls).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import { startSandbox, type RunningSandbox } from '../sandbox/src';
import {
	Tally,
	change,
	openOrderIds,
	prepare,
	s2AccountState,
} from '../test/s2/activation-support';
import { loadPackage, poll } from '../test/support/engine';
import { forgetRateBudgets } from '../test/support/sandbox';
import { sandboxClient } from './sandboxClient';

export const S2_ACTIVATION_START = '<!-- scale-s2-activation:start -->';
export const S2_ACTIVATION_END = '<!-- scale-s2-activation:end -->';

const EVENTS = [
	'fulfillmentCreated',
	'fulfillmentStatusChanged',
	'shipmentStatusChanged',
	'trackingNumberAssigned',
];
const CHANGES = 25;
const MIN_DETAIL_READS = 5; // nodes/S2/trigger/watch.ts

interface Case {
	open: number;
	orders: number;
	/** Max Requests per Poll (the node's default is 100). */
	budget: number;
}

/**
 * 10,000 open orders need 110 list pages a poll, more than the default 100 allows: the default would leave
 * 5 details a poll (2,001 polls to read every order once), so that size runs with 310 (200 details a poll).
 */
export const S2_ACTIVATION_CASES: Case[] = [
	{ open: 300, orders: 400, budget: 100 },
	{ open: 2000, orders: 3000, budget: 100 },
	{ open: 10000, orders: 11000, budget: 310 },
];

export interface ActivationRow extends Case {
	pages: number;
	details: number;
	bound: number;
	activationRequests: number;
	activationMs: number;
	latency: number;
	polls: number;
	maxPerPoll: number;
	missed: number;
	duplicated: number;
}

/** The S2 requests since the last call (and clears the journal). */
const journal = (sandbox: RunningSandbox) => sandboxClient(sandbox).drain('s2');

export async function measureActivation(c: Case): Promise<ActivationRow> {
	const state = s2AccountState(c.orders, c.open);
	const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'bench-s2-activation-')), 'state.json');
	writeFileSync(file, JSON.stringify(state));
	const sandbox = await startSandbox({ port: 0, stateFile: file, readOnlyStateFile: true });
	try {
		await loadPackage(); // loaded once, before any timing (the first case's activation would include it)
		await forgetRateBudgets();
		const pollS2 = (staticData?: IDataObject) =>
			poll({
				type: 's2Trigger',
				parameters: { events: EVENTS, requestsPerPoll: c.budget },
				credentials: sandboxClient(sandbox).credentialsOf('s2'),
				staticData,
			});
		const pages = Math.ceil(c.orders / 100);
		const details = Math.max(MIN_DETAIL_READS, c.budget - pages);
		const bound = Math.ceil(c.open / details) + 1;

		const prepared = await prepare(sandbox.url, openOrderIds(state).slice(-CHANGES));
		await journal(sandbox);
		const t0 = Date.now();
		const activation = await pollS2();
		const activationMs = Date.now() - t0;
		const activationRequests = (await journal(sandbox)).length;

		const tally = new Tally(await change(sandbox.url, prepared));
		await journal(sandbox);
		let staticData = activation.staticData;
		let polls = 0;
		let maxPerPoll = 0;
		while (polls < bound + 3 && tally.missed) {
			polls += 1;
			const result = await pollS2(staticData);
			staticData = result.staticData;
			tally.add(
				polls,
				(result.items ?? []).map((i) => i.json),
			);
			maxPerPoll = Math.max(maxPerPoll, (await journal(sandbox)).length);
		}
		// One more poll: nothing reported twice.
		const after = await pollS2(staticData);
		tally.add(
			polls + 1,
			(after.items ?? []).map((i) => i.json),
		);
		return {
			...c,
			pages,
			details,
			bound,
			activationRequests,
			activationMs,
			latency: tally.latency,
			polls,
			maxPerPoll,
			missed: tally.missed,
			duplicated: tally.duplicated,
		};
	} finally {
		await sandbox.close();
	}
}

const n = (x: number) => x.toLocaleString('en');

export function activationSection(rows: ActivationRow[], seconds: number, load: number[]): string {
	return [
		S2_ACTIVATION_START,
		'## S2 Trigger: activation and latency with more open orders than one poll reads',
		'',
		`Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench:scale -- s2-activation\` (${seconds.toFixed(0)} s; load average ${load.map((x) => x.toFixed(1)).join(' → ')} on ${os.cpus().length} cores, so times are wall times on a shared machine), in-process through n8n-core's engine against the sandbox over loopback (no S2 limit: none documented). Events: the four fulfillment and shipment events. Before activation, the ${CHANGES} open orders the rotation reads last (highest ids) get fulfillments; after it, each gets one change (a shipment ships, a fulfillment moves CREATED → PENDING, or a new fulfillment), none of which moves the order's own status. Latency: polls after the changes until each was reported (the most over the ${CHANGES}); bound: ⌈open ÷ details a poll⌉ + 1, details a poll = max(5, Max Requests per Poll − list pages).`,
		'',
		'| Open orders (of all) | Max Requests per Poll | List pages + details a poll | Activation requests | Activation time | Latency (polls) | Bound (polls) | Most requests in a poll | Missed | Duplicated |',
		'|---|---|---|---|---|---|---|---|---|---|',
		...rows.map(
			(r) =>
				`| ${n(r.open)} (${n(r.orders)}) | ${r.budget} | ${r.pages} + ${r.details} | ${n(r.activationRequests)} | ${(r.activationMs / 1000).toFixed(1)} s | ${Number.isNaN(r.latency) ? `> ${r.polls}` : r.latency} | ${r.bound} | ${r.maxPerPoll} | ${r.missed} | ${r.duplicated} |`,
		),
		'',
		`Notes: at 10,000 open orders the list alone is 110 pages, more than the default Max Requests per Poll (100); a poll then reads the list and ${MIN_DETAIL_READS} details (115 requests), and the bound is ⌈10,000 ÷ ${MIN_DETAIL_READS}⌉ + 1 = 2,001 polls, so that size is measured at 310. Activation costs one poll's budget whatever the account's size; the open orders it did not read keep S2's \`Date\` at activation as their baseline.`,
		S2_ACTIVATION_END,
	].join('\n');
}
