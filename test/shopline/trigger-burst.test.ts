/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev-only code, never packed (package.json files: ["dist"]) */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import {
	SHOPLINE,
	bigAccountsState,
	startSandbox,
	type RunningSandbox,
	type SandboxState,
} from '../../sandbox/src';
import { poll } from '../support/engine';
import { forgetRateBudgets, sandboxControl } from '../support/sandbox';

/**
 * Issue 21, item 6: order events never wait behind fulfillment reads. A shipping burst larger than a
 * poll's budget (every open order of a big-account store gets a fulfillment in one second), then a new
 * order: through the trigger's n8n binding (n8n-core's PollContext, static data stored as JSON between
 * polls) against the sandbox over loopback. Before, the cursor stopped after the last order whose
 * fulfillments were read, so the new order waited ceil(burst / reads a poll) polls (19 here, ~38 for
 * the 3,000 orders at the default budget).
 */
const EVENTS = ['orderCreated', 'orderUpdated', 'fulfillmentCreated'];
const OPEN = 300;
const BUDGET = 20;
const SIZES = {
	fulfillbot: { orders: 1, open: 1, days: 1 },
	shopline: { orders: 400, open: OPEN, days: 30 },
	s2: { orders: 1, open: 1, days: 1 },
};
const NEW_ORDER = '21057401932826999999990001';
/** The big-account store's orders (sandbox/src/bigAccounts.ts). */
const isStoreOrder = (id: string) => id.startsWith('210574019328264');

let sandbox: RunningSandbox;
let file: string;

async function boot(): Promise<void> {
	// Rate limits off: the budget, not SHOPLINE's bucket, is what this test is about (and it stays fast).
	sandbox = await startSandbox({ port: 0, stateFile: file, rateLimits: { shopline: null } });
	await forgetRateBudgets({ shopline: null });
}

const control = sandboxControl(() => sandbox.url);

const pollOnce = async (staticData?: IDataObject) => {
	const result = await poll({
		type: 'shoplineTrigger',
		parameters: { events: EVENTS, requestsPerPoll: BUDGET },
		credentials: {
			shoplineApi: {
				handle: SHOPLINE.handle,
				accessToken: SHOPLINE.token,
				apiVersion: SHOPLINE.version,
				baseUrlOverride: `${sandbox.url}/shopline/${SHOPLINE.handle}`,
			},
		},
		staticData,
	});
	const requests = (await control<unknown[]>('GET', '/journal?api=shopline')).length;
	await control('DELETE', '/journal');
	return { ...result, json: (result.items ?? []).map((i) => i.json), requests };
};

beforeAll(async () => {
	file = path.join(mkdtempSync(path.join(os.tmpdir(), 'shopline-burst-')), 'state.json');
	writeFileSync(file, JSON.stringify(bigAccountsState(SIZES)));
	await boot();
});
afterAll(async () => await sandbox.close());

describe('SHOPLINE Trigger › a shipping burst larger than a poll (through the n8n binding)', () => {
	it('a new order placed after it is reported at the next poll; each fulfillment once, within ceil(burst / reads a poll) + 1 polls', async () => {
		const activation = await pollOnce();
		expect(activation.items).toBeNull();

		// The burst: every open order of the store shipped in part (a fulfillment each), in one second.
		const moved = (
			await control<Array<{ id: string }>>('POST', '/advance', { api: 'shopline', kind: 'order' })
		)
			.map((m) => m.id)
			.filter(isStoreOrder);
		expect(moved).toHaveLength(OPEN);
		// Then a new order, a second later (the sandbox has no create-order endpoint: written into its state).
		await sandbox.close();
		const state = JSON.parse(readFileSync(file, 'utf8')) as SandboxState;
		const burstAt = state.shopline.orders.find((o) => o.id === moved[0])!.updated_at;
		const at = new Date(Date.parse(burstAt) + 1000 + 8 * 3_600_000)
			.toISOString()
			.replace(/\.\d{3}Z$/, '+08:00');
		const template = state.shopline.orders.find((o) => o.id === moved[0])!;
		state.shopline.orders.push({
			...JSON.parse(JSON.stringify(template)),
			id: NEW_ORDER,
			name: '#999001',
			fulfillment_status: 'unshipped',
			fulfillments: [],
			created_at: at,
			updated_at: at,
		});
		writeFileSync(file, JSON.stringify(state));
		await new Promise((resolve) => setTimeout(resolve, 1100)); // SHOPLINE's clock past the new order
		await boot();

		// The first poll after the burst reports every order event the list shows: the new order and the
		// burst's updates, while the fulfillment reads take the rest of the budget.
		const first = await pollOnce(activation.staticData);
		expect(first.requests).toBeLessThanOrEqual(BUDGET);
		expect(first.json.filter((e) => e.event === 'orderCreated').map((e) => e.id)).toEqual([
			NEW_ORDER,
		]);
		expect(
			first.json
				.filter((e) => e.event === 'orderUpdated')
				.map((e) => String(e.id))
				.sort(),
		).toEqual([...moved].sort());

		// The fulfillment reads go on over the next polls, within the budget, each fulfillment once.
		const pages = Math.ceil((OPEN + 1) / 100);
		const bound = Math.ceil(OPEN / (BUDGET - pages)) + 1;
		const events = [...first.json];
		let staticData = first.staticData;
		let polls = 1;
		const created = () => events.filter((e) => e.event === 'fulfillmentCreated');
		while (created().length < OPEN && polls < bound + 5) {
			const next = await pollOnce(staticData);
			expect(next.requests).toBeLessThanOrEqual(BUDGET);
			events.push(...next.json);
			staticData = next.staticData;
			polls++;
		}
		expect(polls).toBeLessThanOrEqual(bound);
		const byOrder = created().map((e) => String((e.order as IDataObject).id));
		expect(byOrder.sort()).toEqual([...moved].sort());
		expect(new Set(created().map((e) => e.id)).size).toBe(OPEN);
		// No order event twice.
		expect(events.filter((e) => e.event !== 'fulfillmentCreated')).toHaveLength(OPEN + 1);

		// Caught up: once SHOPLINE's clock is past the burst, a quiet poll is one request and emits nothing.
		await new Promise((resolve) => setTimeout(resolve, 2100));
		const settle = await pollOnce(staticData);
		const quiet = await pollOnce(settle.staticData);
		expect([settle.items, quiet.items]).toEqual([null, null]);
		expect(quiet.requests).toBe(1);
		expect(
			Object.keys(
				(quiet.staticData['node:Trigger under test'] as IDataObject).orders as IDataObject,
			).sort(),
		).toEqual(['atCursor', 'cursor', 'seen']);
	}, 120_000);
});
