/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev-only code, never packed (package.json files: ["dist"]) */
/**
 * Volume under rate limits, through the real engine against the sandbox with its limits ON, in a
 * scaled window (Fulfillbot: N requests per 1-2 s instead of 60 a minute; SHOPLINE: a faster leak) so
 * a test runs in seconds. Many items per node run: no item fails, each create is sent exactly once,
 * pages are paced, and reads ride out 429s caused by a second consumer of the same key.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IDataObject } from 'n8n-workflow';

import { generateState, writeState } from '../../bench/state';
import {
	FULFILLBOT_KEYS,
	FULFILLBOT_USER_ID,
	S2,
	S2_SEED,
	SHOPLINE,
	startSandbox,
	type JournalEntry,
	type RateLimitConfig,
	type RunningSandbox,
} from '../../sandbox/src';
import { runNode } from '../support/engine';
import { perWindow } from '../support/rateWindows';
import { forgetRateBudgets } from '../support/sandbox';
import { S2_ADDRESS } from '../hardening/support';

jest.setTimeout(60_000);

const RECORDS = 500;
let sandbox: RunningSandbox;
let dir: string;

async function control(method: string, route: string, body?: unknown): Promise<unknown> {
	const response = await fetch(`${sandbox.url}/__sandbox${route}`, {
		method,
		headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	if (response.status >= 300)
		throw new Error(`control ${method} ${route}: ${response.status} ${await response.text()}`);
	return response.status === 204 ? undefined : await response.json().catch(() => undefined);
}

const journal = async (api: string) =>
	(await control('GET', `/journal?api=${api}`)) as JournalEntry[];

/** Each test: its own limits, an empty journal, budgets forgotten (a fresh n8n process). */
async function limits(rateLimits: RateLimitConfig): Promise<void> {
	await control('POST', '/config', { rateLimits });
	await control('DELETE', '/journal');
	await control('DELETE', '/faults');
	await forgetRateBudgets();
}

const FB = () => ({
	fulfillbotApi: { apiKey: FULFILLBOT_KEYS.all, baseUrl: `${sandbox.url}/fulfillbot/api/v1/open` },
});
const S2C = () => ({
	s2Api: { accessToken: S2.token, organizationId: S2.orgA, baseUrl: `${sandbox.url}/s2` },
});
const SL = () => ({
	shoplineApi: {
		handle: SHOPLINE.handle,
		accessToken: SHOPLINE.token,
		apiVersion: SHOPLINE.version,
		baseUrlOverride: `${sandbox.url}/shopline/${SHOPLINE.handle}`,
	},
});

const items = (n: number, f: (i: number) => IDataObject = (i) => ({ i })) =>
	Array.from({ length: n }, (_, i) => f(i));

/** Fulfillbot Profile → Get over `n` items (one item when not given), with extra parameters. */
const profileReads = (n?: number, extra: IDataObject = {}) =>
	runNode({
		type: 'fulfillbot',
		parameters: { resource: 'profile', operation: 'get', ...extra },
		credentials: FB(),
		items: n === undefined ? undefined : items(n),
	});

/** Fulfillbot Purchase Order → Create (one line of s001) over `n` items. */
const purchaseOrders = (n: number, options: { retryOnFail?: boolean } = {}) =>
	runNode({
		type: 'fulfillbot',
		parameters: {
			resource: 'purchaseOrder',
			operation: 'create',
			inputMode: 'fields',
			items: { item: [{ productId: '12345', skuId: 's001', quantity: 1 }] },
		},
		credentials: FB(),
		items: items(n),
		...options,
	});

/** S2 Fulfillment → Create (one unit of the org's first product) over `n` items (one when not given). */
const s2Fulfillments = (n?: number) =>
	runNode({
		type: 's2',
		parameters: {
			resource: 'fulfillment',
			operation: 'create',
			...S2_ADDRESS,
			items: { item: [{ productId: S2_SEED.orgA.products[0], quantity: 1 }] },
		},
		credentials: S2C(),
		items: n === undefined ? undefined : items(n),
	});

/** The sandbox answers the next `count` S2 `method path` requests with a 429. */
const s2TooMany = (method: string, route: string, count: number) =>
	control('POST', '/faults', {
		api: 's2',
		method,
		path: route,
		kind: 'status',
		status: 429,
		count,
	});

/** A Profile read by another consumer of the same key (not through the node); its status. */
const profileGet = async () => {
	const response = await fetch(`${sandbox.url}/fulfillbot/api/v1/open/user/profile`, {
		headers: { Authorization: `Bearer ${FULFILLBOT_KEYS.all}` },
	});
	await response.arrayBuffer();
	return response.status;
};

beforeAll(async () => {
	const state = generateState(RECORDS);
	// Enough wallet balance for every purchase order the tests place.
	const wallet = state.fulfillbot.wallets.find((w) => w.userId === FULFILLBOT_USER_ID)!;
	wallet.balance = 10_000_000;
	dir = mkdtempSync(path.join(os.tmpdir(), 'volume-test-'));
	const file = path.join(dir, 'state.json');
	writeState(file, state);
	sandbox = await startSandbox({ port: 0, stateFile: file });
});
afterAll(async () => {
	await sandbox?.close();
});

describe('volume › Fulfillbot (fixed window, scaled: 30 per 1 s)', () => {
	it('150 items of Profile → Get: none fails, no 429 is met, every item answered once', async () => {
		await limits({ fulfillbot: { limit: 30, windowSeconds: 1 } });
		const run = await profileReads(150);

		expect(run.error).toBeUndefined();
		expect(run.items).toHaveLength(150);
		expect(run.items.every((item) => item.json.username === 'sandbox_user')).toBe(true);
		const sent = await journal('fulfillbot');
		expect(sent).toHaveLength(150);
		expect(sent.filter((e) => e.status === 429)).toHaveLength(0);
	});

	it('40 purchase orders: each sent exactly once, paced before sending (no 429), 40 distinct orders', async () => {
		await limits({ fulfillbot: { limit: 15, windowSeconds: 1 } });
		const run = await purchaseOrders(40);

		expect(run.error).toBeUndefined();
		expect(new Set(run.items.map((item) => item.json.orderNo)).size).toBe(40);
		const posts = (await journal('fulfillbot')).filter(
			(e) => e.method === 'POST' && e.path === '/orders',
		);
		expect(posts).toHaveLength(40);
		expect(posts.every((e) => e.status === 201)).toBe(true);
	});

	it(`Return All over ${RECORDS} purchase orders with 2 requests per 1 s: every page paced, all records returned`, async () => {
		await limits({ fulfillbot: { limit: 2, windowSeconds: 1 } });
		const run = await runNode({
			type: 'fulfillbot',
			parameters: { resource: 'purchaseOrder', operation: 'getAll', returnAll: true },
			credentials: FB(),
		});

		expect(run.error).toBeUndefined();
		expect(
			run.items.filter((item) => String(item.json.orderNo).startsWith('ORD-20250101-')),
		).toHaveLength(RECORDS);
		const pages = (await journal('fulfillbot')).filter((e) => e.path === '/orders');
		expect(pages.length).toBeGreaterThanOrEqual(RECORDS / 100);
		expect(pages.filter((e) => e.status === 429)).toHaveLength(0);
	});

	it('a second consumer eats the same key’s budget (429s arrive): reads wait for the reset and recover', async () => {
		await limits({ fulfillbot: { limit: 20, windowSeconds: 1 } });
		let stop = false;
		const consumerStatuses: number[] = [];
		const profile = async () => {
			try {
				const response = await fetch(`${sandbox.url}/fulfillbot/api/v1/open/user/profile`, {
					headers: { Authorization: `Bearer ${FULFILLBOT_KEYS.all}` },
				});
				consumerStatuses.push(response.status);
				await response.arrayBuffer();
			} catch {
				consumerStatuses.push(0);
			}
		};
		// The other consumer first spends the whole window (so the node's first request meets a 429),
		// then takes half the limit in bursts of 5 every 0.5 s.
		await Promise.all(items(20).map(profile));
		const consumer = async () => {
			while (!stop) {
				await Promise.all(items(5).map(profile));
				await new Promise((resolve) => setTimeout(resolve, 500));
			}
		};
		const consumers = [consumer()];
		const run = await profileReads(60).finally(() => {
			stop = true;
		});
		await Promise.all(consumers);

		expect(run.error).toBeUndefined();
		expect(run.items).toHaveLength(60);
		const sent = await journal('fulfillbot');
		const limited = sent.filter((e) => e.status === 429).length;
		const consumerLimited = consumerStatuses.filter((s) => s === 429).length;
		// The node itself met 429s (so the ride-out was exercised), and still every item succeeded.
		expect(limited - consumerLimited).toBeGreaterThan(0);
		expect(
			sent.filter((e) => e.status === 200).length -
				consumerStatuses.filter((s) => s === 200).length,
		).toBe(60);
	});

	it('a key Fulfillbot states at 120 a minute is followed (not held to the default 60): 100 reads and 100 purchase orders, each all in one window', async () => {
		await limits({ fulfillbot: { limit: 120, windowSeconds: 60 } });
		const reads = await profileReads(100);
		expect(reads.error).toBeUndefined();
		const readsSent = await journal('fulfillbot');
		expect(readsSent.filter((e) => e.status === 200)).toHaveLength(100);
		// Held to 60, the 61st would wait for the next window: [60, 40].
		expect(perWindow(readsSent, 60_000)).toEqual([100]);

		await limits({ fulfillbot: { limit: 120, windowSeconds: 60 } });
		const creates = await purchaseOrders(100);
		expect(creates.error).toBeUndefined();
		const posts = (await journal('fulfillbot')).filter((e) => e.method === 'POST');
		expect(posts.filter((e) => e.status === 201)).toHaveLength(100);
		expect(perWindow(posts, 60_000)).toEqual([100]);
	}, 150_000);

	it('a key stated lower (30 per window) is still followed: 100 reads, at most 30 a window, no 429', async () => {
		await limits({ fulfillbot: { limit: 30, windowSeconds: 2 } });
		const run = await profileReads(100);
		expect(run.error).toBeUndefined();
		const sent = await journal('fulfillbot');
		expect(sent.filter((e) => e.status === 200)).toHaveLength(100);
		expect(sent.filter((e) => e.status === 429)).toHaveLength(0);
		expect(Math.max(...perWindow(sent, 2000))).toBeLessThanOrEqual(30);
	});

	it('Requests per Minute set on the node holds a key stated higher to it (120 stated, 50 set: 50 in the first window)', async () => {
		await limits({ fulfillbot: { limit: 120, windowSeconds: 3 } });
		const run = await profileReads(60, { rateLimit: { requestsPerMinute: 50 } });
		expect(run.error).toBeUndefined();
		const sent = await journal('fulfillbot');
		expect(sent.filter((e) => e.status === 200)).toHaveLength(60);
		expect(perWindow(sent, 3000)[0]).toBe(50);
	});

	it("a window's first answer stating a low Remaining (2 left, while the node counted 59) is followed: 2 more in that window, none answered 429", async () => {
		await limits({ fulfillbot: { limit: 60, windowSeconds: 15 } });
		// Another consumer of the key spends 57 of the window before the node starts.
		for (let i = 0; i < 57; i++) expect(await profileGet()).toBe(200);
		const run = await profileReads(6);
		expect(run.error).toBeUndefined();
		expect(run.items).toHaveLength(6);
		const sent = await journal('fulfillbot');
		expect(sent.filter((e) => e.status === 429)).toHaveLength(0);
		// The node's first request landed in the consumer's window (so its answer said 2), then 2 more;
		// the other 3 waited for the next window.
		expect(perWindow(sent, 15_000)).toEqual([60, 3]);
	}, 60_000);

	it('a read whose wait would pass Max Wait fails, and the error gives the reset time', async () => {
		await limits({ fulfillbot: { limit: 100, windowSeconds: 30 } });
		// Another consumer used the whole window.
		for (let i = 0; i < 100; i++) await profileGet();
		const run = await profileReads(undefined, { rateLimit: { maxWait: 2 } });

		expect(run.error?.message).toMatch(/^Rate limit exceeded\. Try again in \d+s$/);
		expect(String(run.error?.description)).toMatch(
			/^Fulfillbot takes requests from this credential again at \d{4}-\d\d-\d\dT/,
		);
		expect(String(run.error?.description)).toMatch(/would pass Rate Limit → Max Wait \(2 s\)/);
		expect(String(run.error?.description)).not.toMatch(/Retry On Fail/);
		expect((await journal('fulfillbot')).filter((e) => e.status === 429)).toHaveLength(1);
	});

	it('a money-moving create with Retry On Fail on is refused before anything is sent, with the reason', async () => {
		await limits({ fulfillbot: { limit: 60, windowSeconds: 60 } });
		const run = await purchaseOrders(3, { retryOnFail: true });

		expect(run.error?.message).toMatch(/"Retry On Fail" is on: the purchase order was not sent/);
		expect(String(run.error?.description)).toMatch(/created twice/);
		expect((await journal('fulfillbot')).filter((e) => e.method === 'POST')).toHaveLength(0);
	});

	it('a create run that stops part-way names the items already created', async () => {
		await limits({ fulfillbot: { limit: 60, windowSeconds: 60 } });
		const run = await runNode({
			type: 'fulfillbot',
			parameters: {
				resource: 'purchaseOrder',
				operation: 'create',
				inputMode: 'fields',
				items: { item: [{ productId: '12345', skuId: '={{ $json.sku }}', quantity: 1 }] },
			},
			credentials: FB(),
			items: [{ sku: 's001' }, { sku: 'no-such-sku' }, { sku: 's002' }, { sku: 's001' }],
		});

		const posts = (await journal('fulfillbot')).filter(
			(e) => e.method === 'POST' && e.path === '/orders',
		);
		expect(posts).toHaveLength(4);
		const created = (await control('GET', '/state')) as {
			fulfillbot: { orders: Array<{ orderNo: string; createdAt: string }> };
		};
		expect(run.error).toBeDefined();
		const description = String(run.error?.description);
		const placed = posts.filter((e) => e.status === 201).length;
		expect(placed).toBe(3);
		expect(description).toMatch(
			/Already created in this run \(do not send these items again\): item 0 → orderNo ORD-[^,]+, item 2 → orderNo ORD-[^,]+, item 3 → orderNo ORD-/,
		);
		for (const match of description.matchAll(/orderNo (ORD-[\w-]+)/g))
			expect(created.fulfillbot.orders.some((o) => o.orderNo === match[1])).toBe(true);
		expect(description).not.toMatch(/Retry On Fail" in|Turn on "Retry On Fail/);
	});
});

describe('volume › SHOPLINE (leaky bucket, scaled: 20 a second, bursts of 10)', () => {
	const option = { rateLimit: { requestsPerSecond: 20, burst: 10 } };

	it('100 items of Order → Count: none fails; every item answered', async () => {
		await limits({ shopline: { burst: 10, leakPerSecond: 20 } });
		const run = await runNode({
			type: 'shopline',
			parameters: { resource: 'order', operation: 'count', ...option },
			credentials: SL(),
			items: items(100),
		});

		expect(run.error).toBeUndefined();
		expect(run.items).toHaveLength(100);
		// At a 20/s scaled leak, a request that leaves late can still meet the odd 429 (the bucket's margin
		// is 2 drops); a read meeting one is waited out, so what counts is that every item got its answer.
		const sent = await journal('shopline');
		expect(sent.filter((e) => e.status === 200)).toHaveLength(100);
		expect(sent.filter((e) => e.status === 429).length).toBeLessThan(10);
	});

	it('30 fulfillments on 30 orders: each created exactly once; only a 429 (a refusal) is sent again', async () => {
		await limits({ shopline: { burst: 10, leakPerSecond: 10 } });
		const orders = (await control('GET', '/state')) as {
			shopline: {
				orders: Array<{ id: string; handle: string; line_items: Array<{ id: string }> }>;
			};
		};
		const open = orders.shopline.orders
			.filter((o) => o.handle === SHOPLINE.handle && o.id.startsWith('210574019328263170'))
			.slice(0, 30);
		const run = await runNode({
			type: 'shopline',
			parameters: {
				resource: 'fulfillment',
				operation: 'create',
				orderId: '={{ $json.orderId }}',
				lineItemsSource: 'fields',
				lineItems: { item: [{ id: '={{ $json.lineId }}', quantity: 1 }] },
				rateLimit: { requestsPerSecond: 10, burst: 10 },
			},
			credentials: SL(),
			items: open.map((o) => ({ orderId: o.id, lineId: o.line_items[0].id })),
		});

		expect(run.error).toBeUndefined();
		expect(run.items).toHaveLength(30);
		const posts = (await journal('shopline')).filter((e) => e.method === 'POST');
		const created = posts.filter((e) => e.status === 201 || e.status === 200);
		expect(created.map((e) => e.path).sort()).toEqual(
			open.map((o) => `/orders/${o.id}/fulfillments.json`).sort(),
		);
		// The pace keeps 2 drops of the bucket free; on a loaded machine a request that leaves late can
		// still meet a 429 (CI saw one). A 429 is refused before SHOPLINE looks at the request, so it
		// alone is sent again; anything else sent twice would be a second fulfillment.
		const refused = posts.filter((e) => !created.includes(e));
		expect(refused.map((e) => e.status)).toEqual(refused.map(() => 429));
		expect(refused.length).toBeLessThan(3);
	});

	it('the default option is SHOPLINE’s documented 4 a second, bursts of 40: 45 items take at least 1 s', async () => {
		await limits({ shopline: { burst: 40, leakPerSecond: 4 } });
		const started = Date.now();
		const run = await runNode({
			type: 'shopline',
			parameters: { resource: 'order', operation: 'count' },
			credentials: SL(),
			items: items(45),
		});
		// Not a timing goal: 45 requests cannot pass a 40-drop bucket draining 4 a second sooner (no 429 means it waited).
		expect(run.error).toBeUndefined();
		expect((await journal('shopline')).filter((e) => e.status === 429)).toHaveLength(0);
		expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
	});
});

describe('volume › S2 (no documented limit: only 429s hold requests)', () => {
	it('100 fulfillments: each sent exactly once, none fails', async () => {
		await limits({});
		const run = await s2Fulfillments(100);

		expect(run.error).toBeUndefined();
		expect(new Set(run.items.map((item) => item.json.id)).size).toBe(100);
		const posts = (await journal('s2')).filter(
			(e) => e.method === 'POST' && e.path === '/fulfillment',
		);
		expect(posts).toHaveLength(100);
		expect(posts.every((e) => Number(e.status) < 300)).toBe(true);
	});

	it('reads ride out 429s (back-off, no Retry-After given): 4 items, 2 faulted answers, 0 failures', async () => {
		await limits({});
		await s2TooMany('GET', '/product', 2);
		const run = await runNode({
			type: 's2',
			parameters: { resource: 'product', operation: 'getAll', limit: 5 },
			credentials: S2C(),
			items: items(4),
		});

		expect(run.error).toBeUndefined();
		const sent = (await journal('s2')).filter((e) => e.path === '/product');
		expect(sent.filter((e) => e.status === 429)).toHaveLength(2);
		expect(sent.filter((e) => e.status === 200)).toHaveLength(4);
	});

	it('a create that meets a 429 is not sent again (S2 documents no limit); the error says nothing was created and does not suggest Retry On Fail', async () => {
		await limits({});
		await s2TooMany('POST', '/fulfillment', 1);
		const run = await s2Fulfillments();

		expect(String(run.error?.description)).toMatch(
			/^S2 takes requests from this credential again at .*documents no rate limit/,
		);
		expect(String(run.error?.description)).toMatch(/nothing was created/);
		expect(String(run.error?.description)).not.toMatch(/Retry On Fail" in|Turn on "Retry On Fail/);
		expect((await journal('s2')).filter((e) => e.method === 'POST')).toHaveLength(1);
	});
});
