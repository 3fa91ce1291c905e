/**
 * The SHOPLINE Webhook Trigger's lifecycle and deliveries through n8n-core's HookContext / WebhookContext,
 * against the sandbox (subscriptions) and with deliveries signed as SHOPLINE signs them.
 */
import { createHmac } from 'node:crypto';

import { SHOPLINE } from '../../sandbox/src';
import { runNode } from '../support/engine';
import { useSandbox } from '../support/sandbox';
import {
	shoplineDelivered,
	shoplineHookCredential,
	tamperedSignatures,
} from '../support/webhookDeliveries';
import {
	deliver,
	forgetDeliveriesInProcess as forgetInProcessDeliveries,
	hookMethod,
	WEBHOOK_ID,
	type WebhookNodeOptions,
} from '../support/webhook';

const sandbox = useSandbox();

const credentials = (extra: Record<string, string> = {}) => ({
	shoplineApi: { ...shoplineHookCredential(sandbox.shoplineStoreUrl()), ...extra },
});
const options = (
	topics: string[],
	extra: Partial<WebhookNodeOptions> = {},
): WebhookNodeOptions => ({
	type: 'shoplineWebhookTrigger',
	parameters: { topics },
	credentials: credentials(),
	...extra,
});
const URL_OF_HOOK = `http://127.0.0.1:1/webhook/${WEBHOOK_ID}/webhook`;

describe('SHOPLINE Webhook Trigger: subscriptions', () => {
	it("checkExists is false, create subscribes every topic with the credential's api_version, then checkExists recovers the ids", async () => {
		const first = await hookMethod(options(['orders/paid', 'fulfillments/create']), 'checkExists');
		expect(first).toMatchObject({ result: false, url: URL_OF_HOOK });
		const created = await hookMethod(options(['orders/paid', 'fulfillments/create']), 'create');
		expect(created.result).toBe(true);
		const posts = (await sandbox.journal('shopline')).filter((e) => e.method === 'POST');
		expect(posts.map((e) => [e.path, e.body])).toEqual([
			[
				'/webhooks.json',
				{ webhook: { address: URL_OF_HOOK, topic: 'orders/paid', api_version: SHOPLINE.version } },
			],
			[
				'/webhooks.json',
				{
					webhook: {
						address: URL_OF_HOOK,
						topic: 'fulfillments/create',
						api_version: SHOPLINE.version,
					},
				},
			],
		]);
		const state = await sandbox.state();
		const ids = Object.fromEntries(
			state.shopline.webhooks.map((w: { topic: string; id: number }) => [w.topic, String(w.id)]),
		);
		expect(created.staticData.subscriptions).toEqual(ids);
		// A fresh activation (no static data) finds them instead of subscribing again.
		const again = await hookMethod(options(['orders/paid', 'fulfillments/create']), 'checkExists');
		expect(again).toMatchObject({ result: true, staticData: { subscriptions: ids } });
	});

	it('create subscribes only the topics that are missing; delete unsubscribes by {id}/webhooks.json and treats 404 as done', async () => {
		const one = await hookMethod(options(['orders/paid']), 'create');
		const two = await hookMethod(
			options(['orders/paid', 'orders/cancelled'], { staticData: one.staticData }),
			'create',
		);
		expect((await sandbox.journal('shopline')).filter((e) => e.method === 'POST')).toHaveLength(2);
		const ids = two.staticData.subscriptions as Record<string, string>;
		expect(Object.keys(ids).sort()).toEqual(['orders/cancelled', 'orders/paid']);
		// One of them is already gone at SHOPLINE.
		await sandbox.clearJournal();
		await fetch(
			`${sandbox.shoplineStoreUrl()}/admin/openapi/${SHOPLINE.version}/${ids['orders/paid']}/webhooks.json`,
			{
				method: 'DELETE',
				headers: { Authorization: `Bearer ${SHOPLINE.token}` },
			},
		);
		const removed = await hookMethod(
			options(['orders/paid', 'orders/cancelled'], { staticData: two.staticData }),
			'delete',
		);
		expect(removed).toMatchObject({ result: true, staticData: { subscriptions: {} } });
		expect(
			(await sandbox.journal('shopline'))
				.filter((e) => e.method === 'DELETE')
				.map((e) => [e.path, e.status])
				.sort(),
		).toEqual(
			[
				[`/${ids['orders/paid']}/webhooks.json`, 404],
				[`/${ids['orders/cancelled']}/webhooks.json`, 200],
				[`/${ids['orders/paid']}/webhooks.json`, 200],
			].sort(),
		);
		expect((await sandbox.state()).shopline.webhooks).toEqual([]);
	});

	it('delete also removes subscriptions of its URL that the static data lost (e.g. a test webhook)', async () => {
		await hookMethod(options(['orders/paid', 'orders/updated']), 'create');
		const removed = await hookMethod(options(['orders/paid', 'orders/updated']), 'delete');
		expect(removed).toMatchObject({ result: true, staticData: { subscriptions: {} } });
		expect((await sandbox.state()).shopline.webhooks).toEqual([]);
	});

	it('refuses, before any request (checkExists, which n8n calls first, and create), an http address for a real store, a credential without App Secret or with an API version before v20240601', async () => {
		const refusals: Array<[Record<string, string>, RegExp]> = [
			[{ baseUrlOverride: '' }, /only delivers webhooks to https addresses/],
			[{ appSecret: '' }, /no App Secret/],
			[{ apiVersion: 'v20240101' }, /need API version v20240601 or later/],
		];
		for (const [extra, message] of refusals) {
			for (const method of ['checkExists', 'create'] as const) {
				const refused = await hookMethod(
					options(['orders/paid'], { credentials: credentials(extra) }),
					method,
				);
				expect([method, refused.result, refused.error?.message]).toEqual([
					method,
					undefined,
					expect.stringMatching(message),
				]);
			}
		}
		expect(await sandbox.journal('shopline')).toEqual([]);
		// https is what a real store gets.
		const https = await hookMethod(
			options(['orders/paid'], { webhookBaseUrl: 'https://n8n.example.com/webhook' }),
			'create',
		);
		expect(https.result).toBe(true);
		expect((await sandbox.state()).shopline.webhooks[0].address).toBe(
			`https://n8n.example.com/webhook/${WEBHOOK_ID}/webhook`,
		);
	});
});

describe('the App Secret stays home', () => {
	it('is in no request the API receives: subscribing, unsubscribing, a node operation', async () => {
		const created = await hookMethod(options(['orders/paid']), 'create');
		await hookMethod(options(['orders/paid'], { staticData: created.staticData }), 'delete');
		const run = await runNode({
			type: 'shopline',
			parameters: { resource: 'order', operation: 'count' },
			credentials: credentials(),
		});
		expect(run.error).toBeUndefined();
		const journal = await sandbox.journal();
		expect(journal.map((e) => e.method).sort()).toEqual(['DELETE', 'GET', 'GET', 'GET', 'POST']);
		expect(JSON.stringify(journal)).not.toContain(SHOPLINE.appSecret);
	});
});

describe('SHOPLINE Webhook Trigger: deliveries', () => {
	beforeEach(() => forgetInProcessDeliveries());
	const body = JSON.stringify({
		id: '21057401932826316666967006',
		financial_status: 'paid',
		name: '#1006',
	});
	const signed = (
		encoding: 'base64' | 'hex',
		raw = body,
		secret: string = SHOPLINE.appSecret,
		id = 'b54557e48a5fbf7d70bcd043',
	) => ({
		rawBody: raw,
		headers: {
			'X-Shopline-Topic': 'orders/paid',
			'X-Shopline-Hmac-Sha256': createHmac('sha256', secret).update(raw).digest(encoding),
			'X-Shopline-Shop-Domain': 'sandbox-store.myshopline.com',
			'X-Shopline-Webhook-Id': id,
		},
	});

	it('a signed delivery (base64 or hex) starts one run carrying the order, the topic and the webhook id', async () => {
		for (const encoding of ['base64', 'hex'] as const) {
			forgetInProcessDeliveries();
			const result = await deliver(options(['orders/paid']), signed(encoding));
			expect(result.status).toBe(200);
			expect(result.items?.map((i) => i.json)).toEqual([
				shoplineDelivered(body, 'orders/paid', 'b54557e48a5fbf7d70bcd043'),
			]);
		}
	});

	it('a missing or wrong signature is answered 401 and starts no run', async () => {
		const wrongSecret = await deliver(
			options(['orders/paid']),
			signed('base64', body, 'not-the-app-secret'),
		);
		expect(wrongSecret).toMatchObject({ status: 401, items: null });
		const otherBody = await deliver(options(['orders/paid']), {
			...signed('hex'),
			rawBody: body.replace('paid', 'PAID'),
		});
		expect(otherBody).toMatchObject({ status: 401, items: null });
		const none = signed('hex');
		delete (none.headers as Record<string, string>)['X-Shopline-Hmac-Sha256'];
		expect(await deliver(options(['orders/paid']), none)).toMatchObject({
			status: 401,
			items: null,
		});
		const noSecret = await deliver(
			options(['orders/paid'], { credentials: credentials({ appSecret: '' }) }),
			signed('hex', body, ''),
		);
		expect(noSecret).toMatchObject({ status: 401, items: null });
		expect(JSON.stringify([wrongSecret.answer, otherBody.answer])).not.toContain(
			SHOPLINE.appSecret,
		);
	});

	it('refuses a valid signature (base64 or hex) with one late byte changed or cut short: all 32 bytes are compared', async () => {
		for (const encoding of ['base64', 'hex'] as const) {
			const good = signed(encoding);
			const header = good.headers['X-Shopline-Hmac-Sha256'];
			for (const [label, bad] of tamperedSignatures(header, encoding)) {
				const result = await deliver(options(['orders/paid']), {
					...good,
					headers: { ...good.headers, 'X-Shopline-Hmac-Sha256': bad },
				});
				expect([encoding, label, result.status, result.items]).toEqual([
					encoding,
					label,
					401,
					null,
				]);
			}
			forgetInProcessDeliveries();
			expect((await deliver(options(['orders/paid']), good)).items).toHaveLength(1);
		}
	});

	it('a redelivery (same X-Shopline-Webhook-Id) and a topic not chosen are answered 200 without a run', async () => {
		const first = await deliver(options(['orders/paid']), signed('base64'));
		expect(first.items).toHaveLength(1);
		forgetInProcessDeliveries(); // as after a restart: only the saved static data remembers
		const again = await deliver(
			options(['orders/paid'], { staticData: first.staticData }),
			signed('base64'),
		);
		expect(again).toMatchObject({
			status: 200,
			items: null,
			answer: { message: 'Already received' },
		});
		const other = await deliver(
			options(['orders/cancelled']),
			signed('base64', body, SHOPLINE.appSecret, 'another-id'),
		);
		expect(other).toMatchObject({ status: 200, items: null });
	});
});
