/**
 * The SHOPLINE and Fulfillbot Webhook Triggers in the pinned real n8n, in ONE `n8n start` (both workflows
 * published): the sandbox in this process delivers signed webhooks to n8n's production URLs.
 *   - activation subscribes through SHOPLINE's Admin API (the sandbox then holds the subscriptions);
 *   - a change in the sandbox → exactly one run carrying the event, per trigger;
 *   - a redelivery (same webhook id) → 200 and no second run; a bad signature or a stale timestamp → 401, no run;
 *   - deactivation (the editor's toggle, REST) → the sandbox holds no subscription.
 * The example examples/store-order-webhook-to-purchase-order.json runs in the same start: the paid order
 * is bought through Fulfillbot once.
 */
import {
	FULFILLBOT_KEYS,
	FULFILLBOT_WEBHOOK_SECRETS,
	SHOPLINE,
	SHOPLINE_SEED,
	startSandbox,
	type JournalEntry,
	type RunningSandbox,
} from '../../sandbox/src';
import { loadExample, sandboxCredentials } from './support/examples';
import { RealN8n, type ExecutionRecord } from './support/n8n';
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

jest.setTimeout(600_000);

const SHOPLINE_WF = 'e2eShoplineHook1';
const FULFILLBOT_WF = 'e2eFulfillbotHk1';
const SHOPLINE_HOOK_ID = '6f1c2a55-7c0e-4d1b-9a51-2f3f0d6a1001';
const FULFILLBOT_HOOK_ID = '6f1c2a55-7c0e-4d1b-9a51-2f3f0d6a1002';
const EXAMPLE = loadExample('store-order-webhook-to-purchase-order');
const EXAMPLE_HOOK_ID = String(
	(EXAMPLE.nodes.find((n) => n.name === 'SHOPLINE Webhook Trigger') as { webhookId?: string })
		.webhookId,
);

describe('Webhook triggers in real n8n', () => {
	let sandbox: RunningSandbox;
	let n8n: RealN8n;
	let served: ServedN8n | undefined;

	let control: ReturnType<typeof sandboxControl>;
	const deliveries = async (api: string) =>
		(await control<{ deliveries: Attempt[] }>(`/webhooks?api=${api}`)).deliveries;
	const runs = async (id: string): Promise<ExecutionRecord[]> =>
		(await n8n.executions(id)).filter((e) => !['new', 'running', 'waiting'].includes(e.status));

	beforeAll(async () => {
		n8n = await RealN8n.create();
		sandbox = await startSandbox({ port: 0 });
		control = sandboxControl(sandbox);
		// Retries wait 1/100 of the documented delays, so a delivery n8n missed comes back within seconds.
		await control('/webhooks/config', { retryDelayScale: 0.01 });
		await n8n.importCredentials([...sandboxCredentials(sandbox.url), ...hookCredentials(sandbox)]);
		await n8n.importWorkflows([
			webhookWorkflow(
				SHOPLINE_WF,
				'SHOPLINE Webhook Trigger',
				'shoplineWebhookTrigger',
				SHOPLINE_HOOK_ID,
				{ topics: ['orders/paid', 'orders/cancelled'] },
				{ shoplineApi: HOOK_CREDENTIALS.shoplineApi },
			),
			webhookWorkflow(
				FULFILLBOT_WF,
				'Fulfillbot Webhook Trigger',
				'fulfillbotWebhookTrigger',
				FULFILLBOT_HOOK_ID,
				{ events: ['order.status_changed'] },
				{ fulfillbotApi: HOOK_CREDENTIALS.fulfillbotApi },
			),
			EXAMPLE,
		]);
		served = await ServedN8n.start(n8n.userFolder, [SHOPLINE_WF, FULFILLBOT_WF, EXAMPLE.id]);
		// n8n stores the route before it runs the trigger's `create`: also wait for the three SHOPLINE subscriptions.
		await waitForWebhooks(served.url, [SHOPLINE_HOOK_ID, FULFILLBOT_HOOK_ID, EXAMPLE_HOOK_ID]);
		await until(
			async () =>
				(await control<{ shopline: { webhooks: unknown[] } }>('/state')).shopline.webhooks.length >=
				3,
			60_000,
		);
		await settle(); // a duplicate subscription, if any, would show by now
	});

	afterAll(async () => {
		await served?.dispose();
		await sandbox?.close();
		await n8n?.dispose();
	});

	it('SHOPLINE: activation subscribes; one change → one run; a redelivery or a bad signature → no run; deactivation unsubscribes', async () => {
		const address = `${served!.url}/webhook/${SHOPLINE_HOOK_ID}/webhook`;
		const exampleAddress = `${served!.url}/webhook/${EXAMPLE_HOOK_ID}/webhook`;
		const state = await control<{
			shopline: {
				webhooks: Array<{ id: number; topic: string; address: string; api_version: string }>;
			};
		}>('/state');
		expect(state.shopline.webhooks.map((w) => [w.topic, w.address, w.api_version]).sort()).toEqual(
			[
				['orders/cancelled', address, SHOPLINE.version],
				['orders/paid', address, SHOPLINE.version],
				['orders/paid', exampleAddress, SHOPLINE.version],
			].sort(),
		);
		const mine = state.shopline.webhooks
			.filter((w) => w.address === address)
			.map((w) => `/${w.id}/webhooks.json`);
		// Per workflow: checkExists reads the list (GET), create reads it again and subscribes each missing topic (POST).
		const admin = ((await control<JournalEntry[]>('/journal?api=shopline')) ?? []).filter((e) =>
			e.path.includes('webhooks'),
		);
		const gets = admin.filter((e) => e.method === 'GET');
		expect(gets.length).toBeGreaterThanOrEqual(4);
		expect(gets.every((e) => e.path === '/webhooks.json' && e.status === 200)).toBe(true);
		const posts = admin.filter((e) => e.method === 'POST');
		expect(
			posts
				.map((e) => [
					e.path,
					e.status,
					(e.body as { webhook: { address: string } }).webhook.address,
				])
				.sort(),
		).toEqual(
			[
				['/webhooks.json', 200, address],
				['/webhooks.json', 200, address],
				['/webhooks.json', 200, exampleAddress],
			].sort(),
		);
		expect(posts[0].headers.authorization).toBe('Bearer sho***');

		// #1006 authorized → paid: SHOPLINE sends orders/paid (and orders/updated, not subscribed).
		await control('/advance', {
			api: 'shopline',
			kind: 'payment',
			id: SHOPLINE_SEED.orders.authorized,
		});
		const [run] = await until(async () => {
			const list = await runs(SHOPLINE_WF);
			return list.length ? list : undefined;
		});
		expect(run.status).toBe('success');
		expect(run.outputs['SHOPLINE Webhook Trigger']).toEqual([
			expect.objectContaining({
				topic: 'orders/paid',
				id: SHOPLINE_SEED.orders.authorized,
				financial_status: 'paid',
				shopDomain: `${SHOPLINE.handle}.myshopline.com`,
			}),
		]);
		const paid = (await deliveries('shopline')).filter(
			(d) => d.name === 'orders/paid' && d.url === address,
		);
		expect(paid.map((d) => [d.attempt, d.status])).toEqual([[0, 200]]);
		expect(run.outputs['SHOPLINE Webhook Trigger'][0].webhookId).toBe(paid[0].id);

		const duplicate = await control<Attempt>('/webhooks/send', {
			api: 'shopline',
			variant: 'duplicate',
			id: paid[0].id,
		});
		expect(duplicate.status).toBe(200);
		const bad = await control<Attempt>('/webhooks/send', {
			api: 'shopline',
			variant: 'bad-signature',
			id: paid[0].id,
		});
		expect(bad.status).toBe(401);
		await settle();
		expect(await runs(SHOPLINE_WF)).toHaveLength(1);

		// The example bought the paid order once, with the SHOPLINE order id in the remark.
		const [exampleRun] = await until(async () => {
			const list = await runs(EXAMPLE.id);
			return list.length ? list : undefined;
		});
		expect(exampleRun.status).toBe('success');
		await settle();
		expect(await runs(EXAMPLE.id)).toHaveLength(1);
		const bought = (
			await control<{ fulfillbot: { orders: Array<{ remark: string }> } }>('/state')
		).fulfillbot.orders.filter((o) => o.remark.includes(SHOPLINE_SEED.orders.authorized));
		expect(bought).toHaveLength(1);

		const off = await served!.deactivate(SHOPLINE_WF);
		expect(off).toMatchObject({ status: 200, active: false });
		const removed = ((await control<JournalEntry[]>('/journal?api=shopline')) ?? []).filter(
			(e) => e.method === 'DELETE',
		);
		expect(removed.map((e) => [e.path, e.status]).sort()).toEqual(
			mine.map((path) => [path, 200]).sort(),
		);
		expect(
			(
				await control<{ shopline: { webhooks: Array<{ address: string }> } }>('/state')
			).shopline.webhooks.map((w) => w.address),
		).toEqual([exampleAddress]);
		expect(await served!.deactivate(EXAMPLE.id)).toMatchObject({ status: 200, active: false });
		expect(
			(await control<{ shopline: { webhooks: unknown[] } }>('/state')).shopline.webhooks,
		).toEqual([]);
	});

	it('Fulfillbot: the URL registered by hand; one change → one run; a redelivery, a stale or a badly signed delivery → no run', async () => {
		const url = `${served!.url}/webhook/${FULFILLBOT_HOOK_ID}/webhook`;
		await control('/webhooks/fulfillbot', { url });
		await control('/advance', { api: 'fulfillbot', kind: 'order', id: 'ORD-20240115-002' });
		const [run] = await until(async () => {
			const list = await runs(FULFILLBOT_WF);
			return list.length ? list : undefined;
		});
		expect(run.status).toBe('success');
		const sentAll = await deliveries('fulfillbot');
		expect(sentAll.map((d) => [d.url, d.name, d.attempt, d.status])).toEqual([
			[url, 'order.status_changed', 0, 200],
		]);
		const [sent] = sentAll;
		expect(run.outputs['Fulfillbot Webhook Trigger']).toEqual([
			{
				id: sent.id,
				event: 'order.status_changed',
				createdAt: expect.any(String),
				data: expect.objectContaining({
					orderNo: 'ORD-20240115-002',
					previousStatus: 'pending',
					status: 'paid',
				}),
			},
		]);

		expect(
			(await control<Attempt>('/webhooks/send', { api: 'fulfillbot', variant: 'duplicate' }))
				.status,
		).toBe(200);
		expect(
			(await control<Attempt>('/webhooks/send', { api: 'fulfillbot', variant: 'stale' })).status,
		).toBe(401);
		expect(
			(await control<Attempt>('/webhooks/send', { api: 'fulfillbot', variant: 'bad-signature' }))
				.status,
		).toBe(401);
		await settle();
		expect(await runs(FULFILLBOT_WF)).toHaveLength(1);
	});

	it("keeps the signing secrets out of n8n's log and of every run", async () => {
		const { output } = await served!.stop();
		const everything = output + JSON.stringify(await n8n.executions());
		for (const secret of [
			SHOPLINE.appSecret,
			FULFILLBOT_WEBHOOK_SECRETS.all,
			SHOPLINE.token,
			FULFILLBOT_KEYS.all,
		])
			expect(everything).not.toContain(secret);
	});
});
