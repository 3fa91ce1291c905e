/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev-only code, never packed (package.json files: ["dist"]) */
/**
 * The two webhook triggers in the version matrix (test/matrix/run.ts calls these): both workflows are published
 * with the polling ones and activated by the same `n8n start`. Per version: the SHOPLINE Webhook Trigger's
 * activation subscribed its production URL in the sandbox, and one event delivered by the sandbox to each
 * trigger starts exactly one run carrying it. n8n's WEBHOOK_URL is set to the same 127.0.0.1 port, so the
 * sandbox reaches it on loopback.
 */
import { createServer } from 'node:net';

import { SHOPLINE_SEED, type RunningSandbox } from '../../sandbox/src';
import {
	fulfillbotCredentialData,
	shoplineHookCredentialData,
} from '../e2e/support/credentialData';
import { PACKAGE_NAME, type Json } from './cases';

interface WebhookCase {
	workflowId: string;
	node: string;
	type: string;
	webhookId: string;
	parameters: Json;
	credentials: Json;
}

const SHOPLINE_CRED = { id: 'matrixShoplineHk', name: 'Sandbox SHOPLINE (webhooks)' };
const FULFILLBOT_CRED = { id: 'matrixFulfillbHk', name: 'Sandbox Fulfillbot (webhooks)' };

export const WEBHOOK_CASES: WebhookCase[] = [
	{
		workflowId: 'matrixShoplineWh1',
		node: 'SHOPLINE Webhook Trigger',
		type: 'shoplineWebhookTrigger',
		webhookId: '9a3e1f00-5b2c-4d7e-8f10-00000000a001',
		// No polling case moves a fulfillment, so the only fulfillments/create is the one made below.
		parameters: { topics: ['fulfillments/create'] },
		credentials: { shoplineApi: SHOPLINE_CRED },
	},
	{
		workflowId: 'matrixFulfillbWh1',
		node: 'Fulfillbot Webhook Trigger',
		type: 'fulfillbotWebhookTrigger',
		webhookId: '9a3e1f00-5b2c-4d7e-8f10-00000000a002',
		parameters: { events: ['order.status_changed'] },
		credentials: { fulfillbotApi: FULFILLBOT_CRED },
	},
];

export function webhookCredentials(url: string): Json[] {
	return [
		{
			...SHOPLINE_CRED,
			type: 'shoplineApi',
			data: shoplineHookCredentialData(url),
		},
		{
			...FULFILLBOT_CRED,
			type: 'fulfillbotApi',
			data: fulfillbotCredentialData(url),
		},
	];
}

export function webhookWorkflows(): Json[] {
	return WEBHOOK_CASES.map((w) => ({
		id: w.workflowId,
		name: `matrix: ${w.node}`,
		nodes: [
			{
				id: `${w.workflowId}N`,
				name: w.node,
				type: `${PACKAGE_NAME}.${w.type}`,
				typeVersion: 1,
				position: [0, 0],
				webhookId: w.webhookId,
				parameters: w.parameters,
				credentials: w.credentials,
			},
		],
		connections: {},
		settings: { executionOrder: 'v1' },
	}));
}

/** A free port for `n8n start`, with WEBHOOK_URL on it (n8n's default webhook host is `localhost`). */
export async function webhookStartOptions(): Promise<{
	port: number;
	env: Record<string, string>;
}> {
	const port = await new Promise<number>((resolve, reject) => {
		const srv = createServer();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port: p } = srv.address() as { port: number };
			srv.close(() => resolve(p));
		});
	});
	return { port, env: { WEBHOOK_URL: `http://127.0.0.1:${port}/` } };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function webhookChecks(ctx: {
	url: string;
	sandbox: RunningSandbox;
	executions: (
		workflowId: string,
	) => Promise<Array<{ status: string; outputs: Record<string, Json[]> }>>;
	check: (n: string, ok: boolean, d?: string) => boolean;
	log: (m: string) => void;
}): Promise<void> {
	const { url, sandbox, check, log } = ctx;
	const executions = async (id: string) =>
		(await ctx.executions(id)).filter((e) => !['new', 'running', 'waiting'].includes(e.status));
	const control = async (p: string, body?: object): Promise<Json> => {
		const res = await fetch(`${sandbox.url}/__sandbox${p}`, {
			method: body ? 'POST' : 'GET',
			headers: { 'Content-Type': 'application/json' },
			body: body ? JSON.stringify(body) : undefined,
		});
		return (await res.json()) as Json;
	};
	const address = (w: WebhookCase) => `${url}/webhook/${w.webhookId}/webhook`;
	const [shopline, fulfillbot] = WEBHOOK_CASES;

	const state = (await control('/state')) as {
		shopline: { webhooks: Array<{ topic: string; address: string }> };
	};
	const subscribed = state.shopline.webhooks
		.filter((w) => w.address === address(shopline))
		.map((w) => w.topic);
	check(
		`webhook ${shopline.node}: activation subscribed its production URL`,
		subscribed.join() === 'fulfillments/create',
		`${address(shopline)}; subscriptions ${JSON.stringify(state.shopline.webhooks)}`,
	);
	await control('/webhooks/fulfillbot', { url: address(fulfillbot) });

	await control('/advance', { api: 'shopline', kind: 'order', id: SHOPLINE_SEED.orders.unshipped });
	await control('/advance', { api: 'fulfillbot', kind: 'order', id: 'ORD-20240116-003' });
	const expected: Record<string, (items: Json[]) => boolean> = {
		[shopline.workflowId]: (items) =>
			items.length === 1 &&
			items[0].topic === 'fulfillments/create' &&
			items[0].order_id === SHOPLINE_SEED.orders.unshipped,
		[fulfillbot.workflowId]: (items) =>
			items.length === 1 &&
			items[0].event === 'order.status_changed' &&
			(items[0].data as Json)?.orderNo === 'ORD-20240116-003',
	};
	const deadline = Date.now() + 30_000;
	let runs: Record<string, Array<{ status: string; outputs: Record<string, Json[]> }>> = {};
	for (;;) {
		runs = Object.fromEntries(
			await Promise.all(
				WEBHOOK_CASES.map(async (w) => [w.workflowId, await executions(w.workflowId)] as const),
			),
		);
		if (WEBHOOK_CASES.every((w) => runs[w.workflowId].length > 0) || Date.now() > deadline) break;
		await sleep(500);
	}
	await sleep(2_000); // a second, wrong run would show by now
	const deliveries = (await control('/webhooks')) as {
		deliveries: Array<{ name: string; url: string; status: number | null }>;
	};
	for (const w of WEBHOOK_CASES) {
		const list = await executions(w.workflowId);
		const items = list[0]?.outputs?.[w.node] ?? [];
		const sent = deliveries.deliveries.filter((d) => d.url === address(w)).map((d) => d.status);
		check(
			`webhook ${w.node}: one delivered event starts one run carrying it`,
			list.length === 1 && list[0].status === 'success' && expected[w.workflowId](items),
			`runs ${list.map((e) => e.status).join(',') || 'none'}, deliveries ${sent.join(',') || 'none'}, items ${JSON.stringify(items).slice(0, 300)}`,
		);
	}
	log('webhook deliveries done');
}
