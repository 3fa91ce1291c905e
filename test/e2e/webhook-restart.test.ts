/* eslint-disable @n8n/community-nodes/no-restricted-globals -- dev-only code, never packed (package.json files: ["dist"]) */
/**
 * The redelivery memory of both webhook triggers across a restart of the pinned real n8n (issue 21, item 3).
 * n8n loads a copy of the workflow's static data for each webhook request and saves that whole copy after
 * the trigger answered, so deliveries that arrive together race to save it. Here 100 events of each API
 * arrive at the same moment; n8n is stopped and started again; the sandbox redelivers all 200 at once.
 * Every event must have started exactly one run, all 100 ids of each trigger must be in the saved static
 * data, and no redelivery may start a run.
 */
import { startSandbox, type RunningSandbox } from '../../sandbox/src';
import { callRuntime, RealN8n, type ExecutionRecord, type Json } from './support/n8n';
import { ServedN8n } from './support/serve';
import {
	HOOK_CREDENTIALS,
	hookCredentials,
	sandboxControl,
	settle,
	until,
	waitForWebhooks,
	webhookWorkflow,
	type Attempt,
} from './support/webhooks';

jest.setTimeout(900_000);

const EVENTS = 100;
const SHOPLINE_WF = 'e2eShoplineRst01';
const FULFILLBOT_WF = 'e2eFulfillbRst01';
const SHOPLINE_NODE = 'SHOPLINE Webhook Trigger';
const FULFILLBOT_NODE = 'Fulfillbot Webhook Trigger';
const SHOPLINE_HOOK_ID = '6f1c2a55-7c0e-4d1b-9a51-2f3f0d6a2101';
const FULFILLBOT_HOOK_ID = '6f1c2a55-7c0e-4d1b-9a51-2f3f0d6a2102';
/** One fingerprint per id in `recentDeliveries` (nodes/shared/poll/compactState.ts). */
const FINGERPRINT_CHARS = 8;

/**
 * A figure, not an assertion: how long each event's run existed before its delivery was answered (its ids are
 * saved just before the answer). A crash inside that time leaves a run whose id is not saved yet, so its
 * redelivery after the restart runs again (README "Redeliveries").
 */
function reportCrashWindow(started: Map<string, string>, attempts: Attempt[]): void {
	const ms: number[] = [];
	const tries = new Map<string, number>();
	for (const a of attempts) tries.set(a.id, (tries.get(a.id) ?? 0) + 1);
	let raw = '';
	for (const a of attempts) {
		const run = started.get(a.id);
		// Only events answered at the first attempt: with a retry, which request created the run is unknown.
		if (a.status !== 200 || tries.get(a.id) !== 1 || !run) continue;
		raw ||= run;
		const answered = Date.parse(a.at) + a.durationMs;
		ms.push(
			answered - Date.parse(/Z$|[+-]\d\d:?\d\d$/.test(run) ? run : `${run.replace(' ', 'T')}Z`),
		);
	}
	ms.sort((x, y) => x - y);
	process.stderr.write(
		`[webhook-restart] run started (${raw}) → delivery answered, over the ${ms.length} of ${tries.size} deliveries answered at the first attempt: median ${ms[Math.floor(ms.length / 2)]} ms, 90th percentile ${ms[Math.floor(ms.length * 0.9)]} ms, max ${ms[ms.length - 1]} ms\n`,
	);
}

describe('Webhook redeliveries after an n8n restart (100 events that arrived at once, per trigger)', () => {
	let sandbox: RunningSandbox;
	let n8n: RealN8n;
	let served: ServedN8n | undefined;
	let control: ReturnType<typeof sandboxControl>;

	const runs = async (id: string): Promise<ExecutionRecord[]> =>
		(await n8n.executions(id)).filter((e) => !['new', 'running', 'waiting'].includes(e.status));
	/** Starts n8n; a restart keeps the port, so the URLs the APIs deliver to stay the same. */
	const start = async (port?: number) => {
		served = await ServedN8n.start(n8n.userFolder, [SHOPLINE_WF, FULFILLBOT_WF], n8n.version, port);
		await waitForWebhooks(served.url, [SHOPLINE_HOOK_ID, FULFILLBOT_HOOK_ID]);
		return served;
	};
	/** How many ids the trigger's saved static data holds. */
	const storedIds = async (workflowId: string, node: string): Promise<number> => {
		const data = await callRuntime<Json | null>('workflowStaticData', {
			userFolder: n8n.userFolder,
			id: workflowId,
			version: n8n.version,
		});
		const stored = (data?.[`node:${node}`] as Json | undefined)?.recentDeliveries;
		return typeof stored === 'string' ? stored.length / FINGERPRINT_CHARS : 0;
	};

	beforeAll(async () => {
		n8n = await RealN8n.create();
		sandbox = await startSandbox({ port: 0 });
		control = sandboxControl(sandbox);
		// A delivery answered late (over SHOPLINE's 5 s on a loaded machine) comes back within a second:
		// such a retry is a redelivery too, and must not start a second run.
		await control('/webhooks/config', { retryDelayScale: 0.01 });
		await n8n.importCredentials(hookCredentials(sandbox));
		await n8n.importWorkflows([
			webhookWorkflow(
				SHOPLINE_WF,
				SHOPLINE_NODE,
				'shoplineWebhookTrigger',
				SHOPLINE_HOOK_ID,
				{ topics: ['orders/paid'] },
				{ shoplineApi: HOOK_CREDENTIALS.shoplineApi },
			),
			webhookWorkflow(
				FULFILLBOT_WF,
				FULFILLBOT_NODE,
				'fulfillbotWebhookTrigger',
				FULFILLBOT_HOOK_ID,
				{ events: ['order.status_changed'] },
				{ fulfillbotApi: HOOK_CREDENTIALS.fulfillbotApi },
			),
		]);
		const { url } = await start();
		await until(
			async () =>
				(await control<{ shopline: { webhooks: unknown[] } }>('/state')).shopline.webhooks.length >=
				1,
			60_000,
		);
		await control('/webhooks/fulfillbot', { url: `${url}/webhook/${FULFILLBOT_HOOK_ID}/webhook` });
	});

	afterAll(async () => {
		await served?.dispose();
		await sandbox?.close();
		await n8n?.dispose();
	});

	it('every event runs once; all 100 ids per trigger are saved; after a restart no redelivery runs', async () => {
		// Both bursts in the same moment: 200 requests in flight at once.
		const [shopline, fulfillbot] = await Promise.all(
			(['shopline', 'fulfillbot'] as const).map((api) =>
				control<{ ids: string[] }>('/webhooks/burst', { api, count: EVENTS }),
			),
		);
		expect([shopline.ids.length, fulfillbot.ids.length]).toEqual([EVENTS, EVENTS]);
		const sent = [...shopline.ids, ...fulfillbot.ids];
		// Every message answered 200 (a first attempt or a retry of it).
		await until(async () => {
			const answered = new Set(
				(await control<{ deliveries: Attempt[] }>('/webhooks')).deliveries
					.filter((d) => d.status === 200)
					.map((d) => d.id),
			);
			return sent.every((id) => answered.has(id));
		}, 300_000);
		await until(
			async () =>
				(await runs(SHOPLINE_WF)).length >= EVENTS && (await runs(FULFILLBOT_WF)).length >= EVENTS,
			300_000,
		);
		await settle();
		const first = {
			shoplineRuns: (await runs(SHOPLINE_WF)).length,
			fulfillbotRuns: (await runs(FULFILLBOT_WF)).length,
			shoplineStored: await storedIds(SHOPLINE_WF, SHOPLINE_NODE),
			fulfillbotStored: await storedIds(FULFILLBOT_WF, FULFILLBOT_NODE),
		};
		expect(first).toEqual({
			shoplineRuns: EVENTS,
			fulfillbotRuns: EVENTS,
			shoplineStored: EVENTS,
			fulfillbotStored: EVENTS,
		});
		// Each run carries a different event.
		const started = new Map<string, string>();
		for (const r of await runs(SHOPLINE_WF))
			started.set(String(r.outputs[SHOPLINE_NODE]?.[0]?.webhookId), String(r.startedAt));
		for (const r of await runs(FULFILLBOT_WF))
			started.set(String(r.outputs[FULFILLBOT_NODE]?.[0]?.id), String(r.startedAt));
		expect(sent.filter((id) => started.has(id))).toEqual(sent);
		reportCrashWindow(started, (await control<{ deliveries: Attempt[] }>('/webhooks')).deliveries);

		// Restart: the process forgets; only the saved static data remembers.
		const { port } = served!;
		expect((await served!.stop()).code).toBe(0);
		await start(port);
		// All 200 at once; one not answered in time (SHOPLINE waits 5 s) is sent again, as the APIs retry.
		let unanswered = sent;
		for (let round = 0; unanswered.length && round < 5; round++) {
			const attempts = await control<Attempt[]>('/webhooks/resend', { ids: unanswered });
			unanswered = attempts.filter((a) => a.status !== 200).map((a) => a.id);
		}
		expect(unanswered).toEqual([]);
		await settle();
		// Every execution row counts, finished or not.
		expect({
			shoplineRuns: (await n8n.executions(SHOPLINE_WF)).length,
			fulfillbotRuns: (await n8n.executions(FULFILLBOT_WF)).length,
		}).toEqual({ shoplineRuns: EVENTS, fulfillbotRuns: EVENTS });
	});
});
