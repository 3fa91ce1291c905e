/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev-only code, never packed (package.json files: ["dist"]) */
/**
 * Retry-safe money in the pinned real n8n (2.8.4), for each of the five money-moving creates: one
 * `n8n start` (owner set up, logged in) serves five published workflows Webhook → Split Out → create,
 * each create with Idempotency Key {{ $json.key }}.
 *
 *   1. 100 items; the sandbox fails the 61st create with a 500 → the execution fails (60 + 39 created);
 *      POST /rest/executions/:id/retry {loadWorkflow: true}, as the editor's "Retry with currently saved
 *      workflow" → the sandbox holds exactly 100 records;
 *   2. the same 100 items again (a redelivered webhook) → 0 new records, 100 items alreadyExists;
 *   3. one item whose create the sandbox makes and then drops the connection → Retry → still 1 record.
 *
 * Executions start from a webhook (mode "webhook"), so n8n saves the workflow's static data after each,
 * failed or not; the sandbox runs with its rate limits off and the nodes' pacing raised to match.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import {
	bigAccountsState,
	FULFILLBOT_USER_ID,
	S2_SEED,
	startSandbox,
	type JournalEntry,
	type RunningSandbox,
} from '../../sandbox/src';
import { FULFILLBOT_RECIPIENT } from '../hardening/support';
import { SANDBOX_CREDENTIALS, sandboxCredentials } from './support/examples';
import { RealN8n, type Json, type WorkflowInput } from './support/n8n';
import { ServedN8n } from './support/serve';

jest.setTimeout(900_000);

const N = 100;
const FAILED_AT = 61;
const PKG = 'n8n-nodes-fulfillment';

interface Create {
	id: string;
	api: 'fulfillbot' | 's2' | 'shopline';
	type: string;
	credential: keyof typeof SANDBOX_CREDENTIALS;
	/** The fault's path (`*` for one segment) and the journal's create path. */
	faultPath: string;
	path: RegExp;
	parameters: Json;
	/** Input item i (0..N; N is the dropped-answer item). */
	input(i: number): Json;
	/** Whether a retry after a lost answer finds the record through the API (else the item fails, "may have been created"). */
	findsLost: boolean;
}

const FAST_FULFILLBOT = { rateLimit: { requestsPerMinute: 100_000 } };
const FAST_SHOPLINE = { rateLimit: { requestsPerSecond: 1000, burst: 1000 } };
const s2Address = {
	addressName: 'Jane Doe',
	address1: '42 Main St',
	addressCity: 'Springfield',
	addressCountryId: 'US',
};
const shoplineOrderId = (i: number) => `210574019328264${String(i + 1).padStart(11, '0')}`;
const shoplineLineId = (i: number) => `8${String(i + 1).padStart(8, '0')}0001`;

const CREATES: Create[] = [
	{
		id: 'retryFbPurchase01',
		api: 'fulfillbot',
		type: 'fulfillbot',
		credential: 'fulfillbotApi',
		faultPath: '/orders',
		path: /^\/orders$/,
		parameters: {
			resource: 'purchaseOrder',
			operation: 'create',
			inputMode: 'fields',
			items: { item: [{ productId: '12349', skuId: 'st01', quantity: 1 }] },
			...FAST_FULFILLBOT,
		},
		input: (i) => ({ key: `store-order-${i + 1}` }),
		findsLost: false,
	},
	{
		id: 'retryFbShipping01',
		api: 'fulfillbot',
		type: 'fulfillbot',
		credential: 'fulfillbotApi',
		faultPath: '/shipping/create',
		path: /^\/shipping\/create$/,
		parameters: {
			resource: 'shippingOrder',
			operation: 'create',
			inputMode: 'fields',
			items: { item: [{ inventoryId: '={{ $json.inventoryId }}', quantity: 1 }] },
			...FULFILLBOT_RECIPIENT,
			logisticsChannelId: 'ch-001',
			...FAST_FULFILLBOT,
		},
		input: (i) => ({ key: `shipment-${i + 1}`, inventoryId: 20001 + i }),
		findsLost: false,
	},
	{
		id: 'retryS2Order00001',
		api: 's2',
		type: 's2',
		credential: 's2Api',
		faultPath: '/order',
		path: /^\/order$/,
		parameters: {
			resource: 'order',
			operation: 'create',
			accountId: S2_SEED.orgA.accounts.sandboxStore,
			channelOrderId: '={{ $json.key }}',
			channelOrderDate: '2026-11-20T10:30:00',
			...s2Address,
			orderItems: { item: [{ productId: S2_SEED.orgA.products[2], quantity: 1 }] },
		},
		input: (i) => ({ key: `E2E-${i + 1}` }),
		findsLost: true,
	},
	{
		id: 'retryS2Fulfil0001',
		api: 's2',
		type: 's2',
		credential: 's2Api',
		faultPath: '/fulfillment',
		path: /^\/fulfillment$/,
		parameters: {
			resource: 'fulfillment',
			operation: 'create',
			...s2Address,
			items: { item: [{ productId: S2_SEED.orgA.products[0], quantity: 1 }] },
			additionalFields: { orderId: 'b16e0000-0000-4000-8000-000000000001' },
		},
		input: (i) => ({ key: `store-order-${i + 1}-f1` }),
		findsLost: true,
	},
	{
		id: 'retryShoplineFul1',
		api: 'shopline',
		type: 'shopline',
		credential: 'shoplineApi',
		faultPath: '/orders/*/fulfillments.json',
		path: /^\/orders\/\d+\/fulfillments\.json$/,
		parameters: {
			resource: 'fulfillment',
			operation: 'create',
			orderId: '={{ $json.orderId }}',
			lineItemsSource: 'fields',
			lineItems: { item: [{ id: '={{ $json.lineItemId }}', quantity: 1 }] },
			...FAST_SHOPLINE,
		},
		input: (i) => ({
			key: `ship-${i + 1}`,
			orderId: shoplineOrderId(i),
			lineItemId: shoplineLineId(i),
		}),
		findsLost: false,
	},
];

const hookPath = (c: Create) => `retry-${c.id}`;

function workflowOf(c: Create): WorkflowInput {
	return {
		id: c.id,
		name: `e2e retry ${c.id}`,
		nodes: [
			{
				id: `${c.id}-hook`,
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				parameters: {
					httpMethod: 'POST',
					path: hookPath(c),
					responseMode: 'lastNode',
					responseData: 'allEntries',
				},
				webhookId: `0000aaaa-0000-4000-8000-${c.id.length.toString().padStart(4, '0')}${String(CREATES.indexOf(c)).padStart(8, '0')}`,
			} as WorkflowInput['nodes'][number],
			{
				id: `${c.id}-split`,
				name: 'Split Out',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				position: [220, 0],
				parameters: { fieldToSplitOut: 'body.items', options: {} },
			},
			{
				id: `${c.id}-create`,
				name: 'Create',
				type: `${PKG}.${c.type}`,
				typeVersion: 1,
				position: [440, 0],
				parameters: { ...c.parameters, idempotencyKey: '={{ $json.key }}' },
				credentials: { [c.credential]: SANDBOX_CREDENTIALS[c.credential] },
			},
		],
		connections: {
			Webhook: { main: [[{ node: 'Split Out', type: 'main', index: 0 }]] },
			'Split Out': { main: [[{ node: 'Create', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
	};
}

/** The seed with 101 unshipped SHOPLINE orders, one open S2 order, 101 Fulfillbot packages and a full wallet. */
function retryState(): Json {
	const state = bigAccountsState({
		fulfillbot: { orders: 3, open: 3, days: 1 },
		shopline: { orders: N + 1, open: N + 1, days: 1 },
		s2: { orders: 1, open: 1, days: 1 },
	});
	const fb = state.fulfillbot;
	const template = fb.packages.find((p) => p.id === 101)!;
	for (let i = 0; i <= N; i++)
		fb.packages.push({ ...template, id: 20001 + i, shippingOrderNo: null, status: 'in_warehouse' });
	const wallet = fb.wallets.find((w) => w.userId === FULFILLBOT_USER_ID)!;
	wallet.balance += 10_000_000;
	return state as unknown as Json;
}

let sandbox: RunningSandbox;
let n8n: RealN8n;
let served: ServedN8n;
let stateDir: string;

async function control(method: string, route: string, body?: unknown): Promise<unknown> {
	const res = await fetch(`${sandbox.url}/__sandbox${route}`, {
		method,
		headers: body ? { 'content-type': 'application/json' } : {},
		body: body ? JSON.stringify(body) : undefined,
	});
	const text = await res.text();
	if (res.status >= 300) throw new Error(`sandbox ${method} ${route}: ${res.status} ${text}`);
	return text ? JSON.parse(text) : null;
}

/** A 500 for this create's POST after `skip` of them went through. */
async function failPostAfter(c: Create, skip: number): Promise<void> {
	await control('POST', '/faults', {
		api: c.api,
		method: 'POST',
		path: c.faultPath,
		kind: 'status',
		status: 500,
		skip,
	});
}

/** Records the sandbox made for this create: POSTs it handled with a 2xx (answers dropped after the commit included). */
async function records(c: Create): Promise<number> {
	const journal = (await control('GET', `/journal?api=${c.api}`)) as JournalEntry[];
	return journal.filter(
		(e) =>
			e.method === 'POST' &&
			c.path.test(e.path) &&
			Number(e.status) >= 200 &&
			Number(e.status) < 300,
	).length;
}

async function deliver(c: Create, items: Json[]): Promise<{ status: number; body: unknown }> {
	const res = await fetch(`${served.url}/webhook/${hookPath(c)}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ items }),
	});
	const text = await res.text();
	let body: unknown = text;
	try {
		body = JSON.parse(text);
	} catch {
		// n8n's error page for a failed run: kept as text
	}
	return { status: res.status, body };
}

interface ExecutionSummary {
	id: string;
	status: string;
	mode: string;
	retryOf?: string | null;
}

async function executionsOf(c: Create): Promise<ExecutionSummary[]> {
	const filter = encodeURIComponent(JSON.stringify({ workflowId: c.id }));
	const res = await served.rest('GET', `/rest/executions?filter=${filter}&limit=100`);
	const data = (res.json?.data ?? {}) as { results?: ExecutionSummary[] };
	return (data.results ?? []).map((e) => ({ ...e, id: String(e.id) }));
}

/** The newest failed execution of the workflow, waited for (a webhook answers as soon as the run ends). */
async function lastFailed(c: Create, after: Set<string>): Promise<ExecutionSummary> {
	for (let i = 0; i < 100; i++) {
		const failed = (await executionsOf(c)).find((e) => e.status === 'error' && !after.has(e.id));
		if (failed) return failed;
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`no failed execution of ${c.id}`);
}

/**
 * POST /rest/executions/:id/retry as the editor's "Retry with currently saved workflow" (loadWorkflow:
 * true), or "Retry with original workflow" (false).
 */
async function retry(
	id: string,
	loadWorkflow = true,
): Promise<{ status: string; items: Json[]; error?: string }> {
	const res = await served.rest('POST', `/rest/executions/${id}/retry`, { loadWorkflow });
	if (res.status !== 200)
		throw new Error(`retry ${id}: HTTP ${res.status} ${res.text ?? JSON.stringify(res.json)}`);
	const data = res.json?.data as {
		status: string;
		data?: {
			resultData?: {
				runData?: Record<string, Array<{ data?: { main?: Array<Array<{ json: Json }>> } }>>;
				error?: { message?: string };
			};
		};
	};
	const runs = data.data?.resultData?.runData?.Create ?? [];
	const items = (runs[runs.length - 1]?.data?.main?.[0] ?? []).map((i) => i.json);
	return { status: data.status, items, error: data.data?.resultData?.error?.message };
}

beforeAll(async () => {
	stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'retry-e2e-'));
	const stateFile = path.join(stateDir, 'state.json');
	fs.writeFileSync(stateFile, JSON.stringify(retryState()));
	sandbox = await startSandbox({
		stateFile,
		readOnlyStateFile: true,
		rateLimits: { fulfillbot: null, shopline: null },
	});
	n8n = await RealN8n.create();
	await n8n.importCredentials(sandboxCredentials(sandbox.url));
	await n8n.importWorkflows(CREATES.map(workflowOf));
	served = await ServedN8n.start(n8n.userFolder, [], undefined, undefined, {
		EXECUTIONS_DATA_SAVE_ON_ERROR: 'all',
		EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'all',
	});
	// Published through the REST API as the editor's Publish does (one n8n boot, not a CLI boot per workflow).
	for (const c of CREATES) {
		const workflow = await served.rest('GET', `/rest/workflows/${c.id}`);
		const versionId = (workflow.json?.data as { versionId?: string } | undefined)?.versionId;
		const published = await served.rest('POST', `/rest/workflows/${c.id}/activate`, { versionId });
		if (published.status !== 200)
			throw new Error(
				`publish ${c.id}: HTTP ${published.status} ${published.text ?? JSON.stringify(published.json)}`,
			);
	}
});

afterAll(async () => {
	await served?.dispose();
	await n8n?.dispose();
	await sandbox?.close();
	if (stateDir) fs.rmSync(stateDir, { recursive: true, force: true });
});

describe.each(CREATES.map((c) => [c.id, c] as const))(
	'Retry and re-run in real n8n 2.8.4: %s',
	(_id, c) => {
		const inputs = Array.from({ length: N }, (_, i) => c.input(i));

		it(`100 items, a 500 on item ${FAILED_AT}, Retry through the REST API → exactly 100 records; a re-run → 0 new, 100 alreadyExists`, async () => {
			await failPostAfter(c, FAILED_AT - 1);
			const seen = new Set((await executionsOf(c)).map((e) => e.id));
			const first = await deliver(c, inputs);
			expect(first.status).toBeGreaterThanOrEqual(500);
			expect(await records(c)).toBe(N - 1);
			const failed = await lastFailed(c, seen);
			expect(failed.mode).toBe('webhook');

			const retried = await retry(failed.id);
			expect(retried.error).toBeUndefined();
			expect(retried.status).toBe('success');
			expect(retried.items).toHaveLength(N);
			expect(retried.items.filter((i) => i.alreadyExists === true)).toHaveLength(N - 1);
			expect(await records(c)).toBe(N);

			const again = await deliver(c, inputs);
			expect(again.status).toBe(200);
			const out = again.body as Json[];
			expect(out).toHaveLength(N);
			expect(out.filter((i) => i.alreadyExists === true)).toHaveLength(N);
			expect(await records(c)).toBe(N);
		});

		it('an answer dropped after the API created the record, then Retry → 1 record', async () => {
			await control('POST', '/faults', {
				api: c.api,
				method: 'POST',
				path: c.faultPath,
				kind: 'commit-then-drop',
			});
			const before = await records(c);
			const seen = new Set((await executionsOf(c)).map((e) => e.id));
			const first = await deliver(c, [c.input(N)]);
			expect(first.status).toBeGreaterThanOrEqual(500);
			expect(await records(c)).toBe(before + 1);
			const failed = await lastFailed(c, seen);
			const retried = await retry(failed.id);
			expect(await records(c)).toBe(before + 1);
			if (c.findsLost) {
				expect(retried.status).toBe('success');
				expect(retried.items.map((i) => i.alreadyExists)).toEqual([true]);
			} else {
				expect(retried.status).toBe('error');
				expect(retried.error).toMatch(/no answer came back, so it may have been created/);
			}
		});
	},
);

describe('Retry with the original workflow (real n8n 2.8.4)', () => {
	const c = CREATES[0];

	// n8n 2.8.4 saves each execution with the workflow's static data as it was at the end of that run
	// (prepareExecutionDataForDbUpdate picks staticData), and "Retry with original workflow" runs on that
	// copy: the keys the failed run recorded are there too.
	it('runs on the failed execution’s own static data: the keys it recorded are known, nothing is created twice', async () => {
		const before = await records(c);
		await failPostAfter(c, 1);
		const seen = new Set((await executionsOf(c)).map((e) => e.id));
		const items = [{ key: 'original-workflow-1' }, { key: 'original-workflow-2' }];
		expect((await deliver(c, items)).status).toBeGreaterThanOrEqual(500);
		expect(await records(c)).toBe(before + 1);
		const failed = await lastFailed(c, seen);

		const original = await retry(failed.id, false);
		expect(original.status).toBe('success');
		// The two items are sent at once (n8n's routing), so which one met the 500 is a race: one of them
		// was recorded by the failed run (alreadyExists), the other is created now.
		expect(original.items.map((i) => i.alreadyExists ?? false).sort()).toEqual([false, true]);
		expect(await records(c)).toBe(before + 2);
	});
});
