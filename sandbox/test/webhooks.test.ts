/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev-only code, never packed (package.json files: ["dist"]) */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { useSandbox } from '../../test/support/sandbox';
import { FULFILLBOT_WEBHOOK_SECRETS, SHOPLINE, SHOPLINE_CATALOG, SHOPLINE_SEED } from '../src';
import { bearer, client } from './http';

const sandbox = useSandbox();
const shopline = (handle: string = SHOPLINE.handle, token: string = SHOPLINE.token) =>
	client(`${sandbox.shoplineStoreUrl(handle)}/admin/openapi/${SHOPLINE.version}`, bearer(token));
const control = () => client(`${sandbox.url}/__sandbox`);

interface Received {
	headers: IncomingHttpHeaders;
	body: string;
}

/** A local webhook endpoint: records every request, answers the queued statuses then 200. */
let receiver: Server;
let receiverUrl: string;
let received: Received[] = [];
let statuses: number[] = [];

beforeAll(async () => {
	receiver = createServer((req, res) => {
		let body = '';
		req.on('data', (d: Buffer) => (body += d.toString()));
		req.on('end', () => {
			received.push({ headers: req.headers, body });
			res.statusCode = statuses.shift() ?? 200;
			res.end('{}');
		});
	});
	await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
	receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
});
afterAll(async () => new Promise<void>((resolve) => receiver.close(() => resolve())));
beforeEach(async () => {
	received = [];
	statuses = [];
	await control().post('/webhooks/config', { retryDelayScale: 0.001, shoplineEncoding: 'base64' });
});

async function until<T>(what: () => T | undefined | false, ms = 5_000): Promise<T> {
	const end = Date.now() + ms;
	for (;;) {
		const value = what();
		if (value) return value;
		if (Date.now() > end) throw new Error('timed out waiting');
		await new Promise((r) => setTimeout(r, 20));
	}
}

const hmac = (secret: string, data: string) => createHmac('sha256', secret).update(data);

describe('SHOPLINE webhook subscriptions (webhooks.json)', () => {
	it('subscribes, lists, refuses a duplicate, an http address off loopback and an old api_version, and unsubscribes by {id}/webhooks.json', async () => {
		const created = await shopline().post('/webhooks.json', {
			webhook: { address: receiverUrl, topic: 'orders/paid', api_version: 'v20260301' },
		});
		expect(created.status).toBe(200);
		expect(created.data.webhook).toEqual({
			id: expect.any(Number),
			address: receiverUrl,
			topic: 'orders/paid',
			api_version: 'v20260301',
			created_at: expect.any(String),
			updated_at: expect.any(String),
		});
		const id = created.data.webhook.id as number;
		expect((await shopline().get('/webhooks.json')).data).toEqual({
			webhooks: [created.data.webhook],
		});
		expect((await shopline().get(`/${id}/webhooks.json`)).data).toEqual({
			webhook: created.data.webhook,
		});
		expect((await shopline().get('/webhooks/count.json')).data).toEqual({ count: 1 });
		// Another store sees none of it.
		expect(
			(await shopline(SHOPLINE.otherHandle, SHOPLINE.otherToken).get('/webhooks.json')).data,
		).toEqual({ webhooks: [] });

		const again = await shopline().post('/webhooks.json', {
			webhook: { address: receiverUrl, topic: 'orders/paid', api_version: 'v20260301' },
		});
		expect(again.status).toBe(422);
		const plainHttp = await shopline().post('/webhooks.json', {
			webhook: {
				address: 'http://example.com/hook',
				topic: 'orders/paid',
				api_version: 'v20260301',
			},
		});
		expect(plainHttp.status).toBeGreaterThanOrEqual(400);
		expect(JSON.stringify(plainHttp.data)).toContain('https');
		const old = await shopline().post('/webhooks.json', {
			webhook: { address: receiverUrl, topic: 'orders/create', api_version: 'v20240301' },
		});
		expect(old.status).toBeGreaterThanOrEqual(400);

		const removed = await shopline().delete(`/${id}/webhooks.json`);
		expect(removed.status).toBe(200);
		expect((await shopline().get('/webhooks.json')).data).toEqual({ webhooks: [] });
		expect((await shopline().delete(`/${id}/webhooks.json`)).status).toBe(404);
	});
});

describe('SHOPLINE deliveries', () => {
	const subscribe = async (topic: string) =>
		shopline().post('/webhooks.json', {
			webhook: { address: receiverUrl, topic, api_version: 'v20260301' },
		});

	it("a burst sends `count` distinct messages of the subscription's topic at once, each signed, for that store's orders", async () => {
		await subscribe('orders/paid');
		const { ids } = (await control().post('/webhooks/burst', { api: 'shopline', count: 12 }))
			.data as { ids: string[] };
		expect(new Set(ids).size).toBe(12);
		await until(() => received.length >= 12);
		expect(received.map((r) => r.headers['x-shopline-webhook-id']).sort()).toEqual([...ids].sort());
		for (const r of received) {
			expect(r.headers['x-shopline-topic']).toBe('orders/paid');
			expect(r.headers['x-shopline-shop-domain']).toBe(`${SHOPLINE.handle}.myshopline.com`);
			expect(r.headers['x-shopline-hmac-sha256']).toBe(
				hmac(SHOPLINE.appSecret, r.body).digest('base64'),
			);
		}
	});

	it('sends each subscribed topic of a change once, signed with the app secret (base64 HMAC-SHA256 of the raw body)', async () => {
		await subscribe('orders/paid');
		await subscribe('orders/updated');
		await subscribe('orders/cancelled');
		// #1006 is authorized: one step makes it paid.
		const moved = await sandbox.advance({
			api: 'shopline',
			kind: 'payment',
			id: SHOPLINE_SEED.orders.authorized,
		});
		expect(moved).toEqual([
			{ id: SHOPLINE_SEED.orders.authorized, from: 'authorized', to: 'paid' },
		]);
		await until(() => received.length >= 2);
		await new Promise((r) => setTimeout(r, 200));
		expect(received.map((r) => r.headers['x-shopline-topic']).sort()).toEqual([
			'orders/paid',
			'orders/updated',
		]);
		for (const r of received) {
			expect(r.headers['x-shopline-hmac-sha256']).toBe(
				hmac(SHOPLINE.appSecret, r.body).digest('base64'),
			);
			expect(r.headers['x-shopline-shop-domain']).toBe(`${SHOPLINE.handle}.myshopline.com`);
			expect(r.headers['x-shopline-api-version']).toBe('v20260301');
			expect(r.headers['x-shopline-webhook-id']).toMatch(/^[0-9a-f]{24}$/);
			expect(JSON.parse(r.body)).toMatchObject({
				id: SHOPLINE_SEED.orders.authorized,
				financial_status: 'paid',
			});
		}
		expect(received[0].headers['x-shopline-webhook-id']).not.toBe(
			received[1].headers['x-shopline-webhook-id'],
		);
	});

	it('signs in hex when configured, and sends fulfillments/create and orders/fulfilled when an order ships', async () => {
		await control().post('/webhooks/config', { shoplineEncoding: 'hex' });
		await subscribe('fulfillments/create');
		await subscribe('orders/fulfilled');
		await subscribe('orders/partially_fulfilled');
		await sandbox.advance({ api: 'shopline', kind: 'order', id: SHOPLINE_SEED.orders.partial });
		await until(() => received.length >= 2);
		await new Promise((r) => setTimeout(r, 200));
		expect(received.map((r) => r.headers['x-shopline-topic']).sort()).toEqual([
			'fulfillments/create',
			'orders/fulfilled',
		]);
		for (const r of received)
			expect(r.headers['x-shopline-hmac-sha256']).toBe(
				hmac(SHOPLINE.appSecret, r.body).digest('hex'),
			);
		const fulfillment = JSON.parse(
			received.find((r) => r.headers['x-shopline-topic'] === 'fulfillments/create')!.body,
		);
		expect(fulfillment.order_id).toBe(SHOPLINE_SEED.orders.partial);
	});

	it('sends for changes made through the API too: cancelling an order sends orders/cancelled', async () => {
		await subscribe('orders/cancelled');
		const res = await shopline().post(`/orders/${SHOPLINE_SEED.orders.unpaid}/cancel.json`, {});
		expect(res.status).toBe(200);
		await until(() => received.length >= 1);
		await new Promise((r) => setTimeout(r, 200));
		expect(received.map((r) => r.headers['x-shopline-topic'])).toEqual(['orders/cancelled']);
		expect(JSON.parse(received[0].body)).toMatchObject({
			id: SHOPLINE_SEED.orders.unpaid,
			status: 'cancelled',
		});
	});

	it('retries a failed delivery with the same webhook id until it is answered 2xx', async () => {
		await subscribe('orders/updated');
		statuses = [500, 503];
		await sandbox.advance({ api: 'shopline', kind: 'payment', id: SHOPLINE_SEED.orders.unpaid });
		await until(() => received.length >= 3);
		const ids = new Set(received.map((r) => r.headers['x-shopline-webhook-id']));
		expect(ids.size).toBe(1);
		const log = (await control().get('/webhooks', { params: { api: 'shopline' } })).data;
		expect(
			log.deliveries.map((d: { attempt: number; status: number }) => [d.attempt, d.status]),
		).toEqual([
			[0, 500],
			[1, 503],
			[2, 200],
		]);
	});

	it('sends nothing for a reset, and nothing to an unsubscribed store', async () => {
		await subscribe('orders/updated');
		await sandbox.reset();
		await sandbox.advance({ api: 'shopline', kind: 'payment', id: SHOPLINE_SEED.orders.unpaid });
		await new Promise((r) => setTimeout(r, 300));
		expect(received).toEqual([]);
	});

	it('a stale SHOPLINE delivery cannot be made: its signature has no timestamp', async () => {
		await subscribe('orders/updated');
		await sandbox.advance({ api: 'shopline', kind: 'payment', id: SHOPLINE_SEED.orders.unpaid });
		await until(() => received.length >= 1);
		expect(
			(await control().post('/webhooks/send', { api: 'shopline', variant: 'stale' })).status,
		).toBe(400);
		const dup = await control().post('/webhooks/send', { api: 'shopline', variant: 'duplicate' });
		expect(dup.data).toMatchObject({ variant: 'duplicate', status: 200 });
		expect(received).toHaveLength(2);
		expect(received[1].headers['x-shopline-webhook-id']).toBe(
			received[0].headers['x-shopline-webhook-id'],
		);
		expect(received[1].body).toBe(received[0].body);
	});
});

describe('Fulfillbot deliveries', () => {
	const register = async () => control().post('/webhooks/fulfillbot', { url: receiverUrl });

	it("sends order.status_changed signed as hex HMAC-SHA256(secret, `${timestamp}.${body}`) to the key's webhook URL", async () => {
		expect((await register()).data).toEqual({
			key: 'all',
			webhookUrl: receiverUrl,
			webhookSecret: FULFILLBOT_WEBHOOK_SECRETS.all,
		});
		await sandbox.advance({ api: 'fulfillbot', kind: 'order', id: 'ORD-20240115-002' });
		await until(() => received.length >= 1);
		await new Promise((r) => setTimeout(r, 200));
		expect(received).toHaveLength(1);
		const [r] = received;
		const ts = Number(r.headers['x-webhook-timestamp']);
		expect(Math.abs(Date.now() / 1000 - ts)).toBeLessThan(30);
		expect(r.headers['x-webhook-signature']).toBe(
			hmac(FULFILLBOT_WEBHOOK_SECRETS.all, `${ts}.${r.body}`).digest('hex'),
		);
		const envelope = JSON.parse(r.body);
		expect(envelope).toEqual({
			id: r.headers['x-webhook-id'],
			event: 'order.status_changed',
			createdAt: expect.stringMatching(/Z$/),
			data: expect.objectContaining({
				orderNo: 'ORD-20240115-002',
				status: 'paid',
				previousStatus: 'pending',
			}),
		});
		expect(envelope.data.userId).toBeUndefined();
	});

	it("sends package.arrived (the sandbox's name) for each package a purchase order brings to the warehouse", async () => {
		await register();
		// ORD-20240116-003 is paid: purchased → shipped_to_warehouse → in_warehouse takes three steps.
		for (let i = 0; i < 3; i++)
			await sandbox.advance({ api: 'fulfillbot', kind: 'order', id: 'ORD-20240116-003' });
		await until(() => received.length >= 4);
		await new Promise((r) => setTimeout(r, 200));
		const events = received.map(
			(r) => JSON.parse(r.body) as { event: string; data: Record<string, unknown> },
		);
		expect(events.map((e) => e.event)).toEqual([
			'order.status_changed',
			'order.status_changed',
			'order.status_changed',
			'package.arrived',
		]);
		expect(events[3].data).toMatchObject({ orderId: 'ORD-20240116-003', status: 'in_warehouse' });
	});

	it('retries at most five times', async () => {
		await register();
		statuses = Array<number>(10).fill(500);
		await sandbox.advance({ api: 'fulfillbot', kind: 'order', id: 'ORD-20240115-002' });
		await until(() => received.length >= 6);
		await new Promise((r) => setTimeout(r, 500));
		expect(received).toHaveLength(6);
		expect(new Set(received.map((r) => r.headers['x-webhook-id'])).size).toBe(1);
	});

	it('sends a duplicate, a stale and a badly signed copy on request', async () => {
		await register();
		await sandbox.advance({ api: 'fulfillbot', kind: 'order', id: 'ORD-20240115-002' });
		await until(() => received.length >= 1);
		const first = received[0];
		for (const variant of ['duplicate', 'stale', 'bad-signature']) {
			expect(
				(await control().post('/webhooks/send', { api: 'fulfillbot', variant })).data,
			).toMatchObject({ variant, status: 200 });
		}
		const [dup, stale, bad] = received.slice(1);
		for (const r of [dup, stale, bad]) {
			expect(r.headers['x-webhook-id']).toBe(first.headers['x-webhook-id']);
			expect(r.body).toBe(first.body);
		}
		const sig = (r: Received) =>
			hmac(
				FULFILLBOT_WEBHOOK_SECRETS.all,
				`${String(r.headers['x-webhook-timestamp'])}.${r.body}`,
			).digest('hex');
		expect(dup.headers['x-webhook-signature']).toBe(sig(dup));
		expect(Date.now() / 1000 - Number(stale.headers['x-webhook-timestamp'])).toBeGreaterThan(300);
		expect(stale.headers['x-webhook-signature']).toBe(sig(stale));
		expect(bad.headers['x-webhook-signature']).toMatch(/^[0-9a-f]{64}$/);
		expect(bad.headers['x-webhook-signature']).not.toBe(sig(bad));
	});

	it('a burst sends `count` distinct, validly signed messages at once; resend sends each once more with the same id', async () => {
		await register();
		const { ids } = (await control().post('/webhooks/burst', { api: 'fulfillbot', count: 25 }))
			.data as { ids: string[] };
		expect(new Set(ids).size).toBe(25);
		await until(() => received.length >= 25);
		expect(received.map((r) => r.headers['x-webhook-id']).sort()).toEqual([...ids].sort());
		for (const r of received) {
			const ts = String(r.headers['x-webhook-timestamp']);
			expect(r.headers['x-webhook-signature']).toBe(
				hmac(FULFILLBOT_WEBHOOK_SECRETS.all, `${ts}.${r.body}`).digest('hex'),
			);
			expect(JSON.parse(r.body)).toMatchObject({
				id: r.headers['x-webhook-id'],
				event: 'order.status_changed',
			});
		}
		const again = (await control().post('/webhooks/resend', { ids })).data as Array<{
			id: string;
			status: number;
		}>;
		expect(again.map((a) => [a.id, a.status])).toEqual(ids.map((id) => [id, 200]));
		expect(received).toHaveLength(50);
		expect((await control().post('/webhooks/resend', { ids: ['nope'] })).status).toBe(404);
	});
});

describe('SHOPLINE catalog and stock deliveries (issue 23 topics)', () => {
	const subscribe = async (topic: string) =>
		shopline().post('/webhooks.json', {
			webhook: { address: receiverUrl, topic, api_version: 'v20260301' },
		});
	const C = SHOPLINE_CATALOG;

	it('a Set sends inventory_levels/update with the new level; a Set to the same value sends nothing', async () => {
		await subscribe('inventory_levels/update');
		await subscribe('products/update');
		const set = (available: number) =>
			shopline().post(
				'/inventory_levels/set.json',
				{ inventory_item_id: C.items.grey, location_id: C.locations.main, available },
				{ headers: { 'Content-Type': 'application/json' } },
			);
		expect((await set(0)).status).toBe(200);
		await until(() => received.length >= 1);
		await new Promise((r) => setTimeout(r, 200));
		expect(received.map((r) => r.headers['x-shopline-topic'])).toEqual(['inventory_levels/update']);
		expect(JSON.parse(received[0].body)).toMatchObject({
			inventory_item_id: C.items.grey,
			location_id: C.locations.main,
			available: 0,
		});
		expect(received[0].headers['x-shopline-hmac-sha256']).toBe(
			hmac(SHOPLINE.appSecret, received[0].body).digest('base64'),
		);
		received = [];
		expect((await set(0)).status).toBe(200);
		await new Promise((r) => setTimeout(r, 300));
		expect(received).toEqual([]);
	});

	it('creating then deleting a product sends products/create, inventory_items/create, inventory_levels/connect, then the deletes', async () => {
		for (const topic of [
			'products/create',
			'products/delete',
			'inventory_items/create',
			'inventory_levels/connect',
			'inventory_levels/disconnect',
		])
			await subscribe(topic);
		const created = await shopline().post(
			'/products/products.json',
			{ product: { title: 'Webhook Tee', variants: [{ sku: 'WH-TEE' }] } },
			{ headers: { 'Content-Type': 'application/json' } },
		);
		const id = created.data.product.id as string;
		await until(() => received.length >= 3);
		expect((await shopline().delete(`/products/${id}.json`)).status).toBe(200);
		await until(() => received.length >= 5);
		await new Promise((r) => setTimeout(r, 200));
		expect(received.map((r) => r.headers['x-shopline-topic'])).toEqual([
			'products/create',
			'inventory_items/create',
			'inventory_levels/connect',
			'products/delete',
			'inventory_levels/disconnect',
		]);
		expect(JSON.parse(received[3].body)).toEqual({ id });
	});
});
