import type { IDataObject } from 'n8n-workflow';

import { FULFILLBOT_KEYS } from '../../sandbox/src';
import { poll } from '../support/engine';
import { trackedExactly, trackedValues } from '../support/trackedState';
import { useSandbox } from '../support/sandbox';

const sandbox = useSandbox({ rateLimits: { fulfillbot: null } });

const credentials = (apiKey: string = FULFILLBOT_KEYS.all) => ({
	fulfillbotApi: { apiKey, baseUrl: sandbox.fulfillbotBaseUrl },
});
const pollWith = (
	events: string[],
	staticData?: IDataObject,
	extra: IDataObject = {},
	apiKey?: string,
) =>
	poll({
		type: 'fulfillbotTrigger',
		parameters: { events, ...extra },
		credentials: credentials(apiKey),
		staticData,
	});
const json = (items: Array<{ json: IDataObject }> | null) => (items ?? []).map((i) => i.json);

describe('Fulfillbot Trigger', () => {
	it('first activation records the current state, emits nothing, and reads no history: the newest page, each open status, the newest cancelled', async () => {
		const first = await pollWith(['purchaseOrderStatusChanged']);

		expect(first.items).toBeNull();
		const state = first.staticData['node:Trigger under test'] as {
			purchaseOrders: { statuses: unknown };
		};
		expect(
			trackedExactly(state.purchaseOrders.statuses, [
				'ORD-20240115-001',
				'ORD-20240115-002',
				'ORD-20240116-003',
			]),
		).toEqual({
			'ORD-20240115-001': 'in_warehouse',
			'ORD-20240115-002': 'pending',
			'ORD-20240116-003': 'paid',
		});
		const journal = await sandbox.journal('fulfillbot');
		expect(journal.map((e) => [e.method, e.path, e.query])).toEqual([
			['GET', '/orders', { page: '1', limit: '100' }],
			...['pending', 'paid', 'purchased', 'shipped_to_warehouse', 'in_warehouse', 'cancelled'].map(
				(status) => ['GET', '/orders', { page: '1', limit: '100', status }],
			),
		]);
		expect(journal[0].headers.authorization).toBe('Bearer sk-***');
	});

	it('emits each status change exactly once, with previous and new status, across a restart', async () => {
		const primed = await pollWith(['purchaseOrderStatusChanged']);
		await sandbox.advance({ api: 'fulfillbot', kind: 'order', id: 'ORD-20240115-002' });

		const second = await pollWith(['purchaseOrderStatusChanged'], primed.staticData);
		expect(json(second.items)).toEqual([
			expect.objectContaining({
				event: 'purchaseOrderStatusChanged',
				previousStatus: 'pending',
				status: 'paid',
				orderNo: 'ORD-20240115-002',
			}),
		]);
		// `poll()` JSON-round-trips static data like n8n's database: this is also a restart.
		const third = await pollWith(['purchaseOrderStatusChanged'], second.staticData);
		expect(third.items).toBeNull();
	});

	it('several records changing between polls: every change once; terminal records leave the state', async () => {
		let { staticData } = await pollWith(['purchaseOrderStatusChanged']);
		const moved = await sandbox.advance({ api: 'fulfillbot', kind: 'order' }); // every open order one step
		expect(moved.length).toBe(3);

		const result = await pollWith(['purchaseOrderStatusChanged'], staticData);
		expect(
			json(result.items)
				.map((e) => [e.orderNo, e.previousStatus, e.status])
				.sort(),
		).toEqual(moved.map((m) => [m.id, m.from, m.to]).sort());
		staticData = result.staticData;
		const statuses = (
			staticData['node:Trigger under test'] as { purchaseOrders: { statuses: unknown } }
		).purchaseOrders.statuses;
		// in_warehouse → completed: final event sent, forgotten
		expect(
			trackedExactly(
				statuses,
				moved.map((m) => String(m.id)),
			),
		).toEqual(
			Object.fromEntries(moved.filter((m) => m.to !== 'completed').map((m) => [m.id, m.to])),
		);
		expect((await pollWith(['purchaseOrderStatusChanged'], staticData)).items).toBeNull();
	});

	it('Max Requests per Poll: the open lists are scanned a few pages a poll, resumed where they stopped, and changes still come once', async () => {
		const small = { requestsPerPoll: 3 };
		const statusOf = async () =>
			(await sandbox.journal('fulfillbot')).map((e) => e.query.status ?? 'newest');
		let { staticData } = await pollWith(['purchaseOrderStatusChanged'], undefined, small);
		// The newest page, then the scan until the budget is spent (pending, paid), then the newest cancelled.
		expect(await statusOf()).toEqual(['newest', 'pending', 'paid', 'cancelled']);
		await sandbox.clearJournal();
		staticData = (await pollWith(['purchaseOrderStatusChanged'], staticData, small)).staticData;
		expect(await statusOf()).toEqual(['newest', 'purchased', 'shipped_to_warehouse', 'cancelled']);
		await sandbox.clearJournal();
		staticData = (await pollWith(['purchaseOrderStatusChanged'], staticData, small)).staticData;
		expect(await statusOf()).toEqual(['newest', 'in_warehouse', 'cancelled']);

		await sandbox.advance({ api: 'fulfillbot', kind: 'order', id: 'ORD-20240115-001' }); // in_warehouse → completed
		await sandbox.advance({ api: 'fulfillbot', kind: 'order', id: 'ORD-20240115-002' }); // pending → paid
		const emitted: IDataObject[] = [];
		for (let i = 0; i < 4; i++) {
			const result = await pollWith(['purchaseOrderStatusChanged'], staticData, small);
			emitted.push(...json(result.items));
			staticData = result.staticData;
		}
		expect(emitted.map((e) => [e.orderNo, e.previousStatus, e.status]).sort()).toEqual([
			['ORD-20240115-001', 'in_warehouse', 'completed'],
			['ORD-20240115-002', 'pending', 'paid'],
		]);
	});

	it('"Only to Statuses" filters the changes that are emitted', async () => {
		const { staticData } = await pollWith(['purchaseOrderStatusChanged'], undefined, {
			statuses: ['completed'],
		});
		await sandbox.advance({ api: 'fulfillbot', kind: 'order' });

		const result = await pollWith(['purchaseOrderStatusChanged'], staticData, {
			statuses: ['completed'],
		});
		expect(json(result.items).map((e) => [e.orderNo, e.status])).toEqual([
			['ORD-20240115-001', 'completed'],
		]);
	});

	it('package arrived: a purchase order reaching in_warehouse brings new packages, each emitted once', async () => {
		const { staticData } = await pollWith(['packageArrived']);
		await sandbox.advance({ api: 'fulfillbot', kind: 'order', id: 'ORD-20240116-003' }); // paid → purchased
		await sandbox.advance({ api: 'fulfillbot', kind: 'order', id: 'ORD-20240116-003' }); // → shipped_to_warehouse
		await sandbox.advance({ api: 'fulfillbot', kind: 'order', id: 'ORD-20240116-003' }); // → in_warehouse

		const result = await pollWith(['packageArrived'], staticData);
		const events = json(result.items);
		expect(events.length).toBeGreaterThan(0);
		expect(
			events.every(
				(e) =>
					e.event === 'packageArrived' &&
					e.orderId === 'ORD-20240116-003' &&
					e.status === 'in_warehouse',
			),
		).toBe(true);
		expect((await pollWith(['packageArrived'], result.staticData)).items).toBeNull();
	});

	describe('long lists and new records', () => {
		const CHEAP = { productId: '12349', skuId: 'st02', quantity: 1 };
		const createOrder = async () => {
			const response = await fetch(`${sandbox.fulfillbotBaseUrl}/orders`, {
				method: 'POST',
				headers: {
					Authorization: `Bearer ${FULFILLBOT_KEYS.all}`,
					'Content-Type': 'application/json',
				},
				body: JSON.stringify({ items: [CHEAP] }),
			});
			if (response.status !== 201)
				throw new Error(`create order: ${response.status} ${await response.text()}`);
			return ((await response.json()) as { data: { orderNo: string } }).data.orderNo;
		};

		it('new purchase orders: each emitted once, also when many share a creation second', async () => {
			const { staticData } = await pollWith(['purchaseOrderCreated']);
			const created = await Promise.all(Array.from({ length: 5 }, createOrder));

			const result = await pollWith(['purchaseOrderCreated'], staticData);
			expect(
				json(result.items)
					.map((e) => e.orderNo)
					.sort(),
			).toEqual([...created].sort());
			expect(
				json(result.items).every(
					(e) => e.event === 'purchaseOrderCreated' && e.previousStatus === null,
				),
			).toBe(true);
			expect((await pollWith(['purchaseOrderCreated'], result.staticData)).items).toBeNull();
		});

		it('open lists across page boundaries: 206 paid orders are 3 pages of status=paid, every change exactly once', async () => {
			const created = await Promise.all(Array.from({ length: 205 }, createOrder));
			const { staticData } = await pollWith(['purchaseOrderStatusChanged']);
			await sandbox.clearJournal();
			const moved = await sandbox.advance({ api: 'fulfillbot', kind: 'order' });

			const result = await pollWith(['purchaseOrderStatusChanged'], staticData);
			const events = json(result.items);
			expect(events).toHaveLength(moved.length);
			expect(new Set(events.map((e) => e.orderNo)).size).toBe(moved.length);
			expect(events.map((e) => e.orderNo)).toEqual(expect.arrayContaining(created));
			// The newest page (nothing new), each open status (every pending order is paid now), the newest
			// cancelled, and the one order that left the open lists (in_warehouse → completed), read alone.
			const journal = (await sandbox.journal('fulfillbot')).map((e) =>
				`${e.path} ${e.query.status ?? '-'} ${e.query.page ?? ''}`.trim(),
			);
			expect(journal).toEqual([
				'/orders - 1',
				'/orders pending 1',
				'/orders paid 1',
				'/orders paid 2',
				'/orders paid 3',
				'/orders purchased 1',
				'/orders shipped_to_warehouse 1',
				'/orders in_warehouse 1',
				'/orders cancelled 1',
				'/orders/ORD-20240115-001 -',
			]);
		});
	});

	it('shipping order status changed: shipped, with the tracking number in the record', async () => {
		const { staticData } = await pollWith(['shippingOrderStatusChanged']);
		const moved = await sandbox.advance({ api: 'fulfillbot', kind: 'shipping-order' });
		expect(moved.length).toBeGreaterThan(0);

		const result = await pollWith(['shippingOrderStatusChanged'], staticData);
		const shipped = json(result.items).filter((e) => e.status === 'shipped');
		expect(
			json(result.items)
				.map((e) => [e.orderNo, e.previousStatus, e.status])
				.sort(),
		).toEqual(moved.map((m) => [m.id, m.from, m.to]).sort());
		for (const event of shipped) expect(event.trackingNo).toEqual(expect.any(String));
	});

	it('a spent budget leaves the next list for the next poll, which starts with it (state stored as JSON between polls)', async () => {
		const events = ['purchaseOrderStatusChanged', 'shippingOrderStatusChanged'];
		const tight = { requestsPerPoll: 1 };
		let { staticData } = await pollWith(events, undefined, tight);
		const moved = await sandbox.advance({ api: 'fulfillbot', kind: 'shipping-order' });
		expect(moved.length).toBeGreaterThan(0);

		// Purchase orders alone spend the budget of 1: the shipping orders wait, and the next poll starts with them.
		const shipped: IDataObject[] = [];
		for (let i = 0; i < 2; i++) {
			const result = await pollWith(events, staticData, tight);
			shipped.push(...json(result.items).filter((e) => e.event === 'shippingOrderStatusChanged'));
			staticData = result.staticData;
		}
		expect(shipped.map((e) => [e.orderNo, e.previousStatus, e.status]).sort()).toEqual(
			moved.map((m) => [m.id, m.from, m.to]).sort(),
		);
	});

	it('a shipping order created and shipped between two polls: reported once, previousStatus null; one still pending is not', async () => {
		const { staticData } = await pollWith(['shippingOrderStatusChanged']);
		const send = async (method: string, path: string, body?: unknown) => {
			const res = await fetch(`${sandbox.fulfillbotBaseUrl}${path}`, {
				method,
				headers: {
					Authorization: `Bearer ${FULFILLBOT_KEYS.all}`,
					'Content-Type': 'application/json',
				},
				body: body === undefined ? undefined : JSON.stringify(body),
			});
			if (res.status >= 300)
				throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
			return ((await res.json()) as { data: IDataObject }).data;
		};
		const list = (data: unknown) =>
			(Array.isArray(data)
				? data
				: ((data as { items: IDataObject[] }).items ?? [])) as IDataObject[];
		const shippable = list(await send('GET', '/warehouse/packages/shippable?page=1&limit=100'));
		const recipient = {
			recipientName: 'Jane Roe',
			recipientPhone: '+1-555-0100',
			recipientCountry: 'US',
			recipientCity: 'Los Angeles',
			recipientAddress: '1 Main St',
			recipientZipCode: '90001',
		};
		const weight = shippable.reduce((sum, p) => sum + Number(p.weight), 0);
		const [channel] = list(
			await send('GET', `/logistics/shipping-methods?country=US&weight=${weight}`),
		);
		const [first, second] = shippable;
		const shipped = await send('POST', '/shipping/create', {
			items: [{ inventoryId: first.id, quantity: first.quantity }],
			logisticsChannelId: channel.channelId,
			...recipient,
		});
		const pending = await send('POST', '/shipping/create', {
			items: [{ inventoryId: second.id, quantity: second.quantity }],
			logisticsChannelId: channel.channelId,
			...recipient,
		});
		await sandbox.advance({
			api: 'fulfillbot',
			kind: 'shipping-order',
			id: String(shipped.orderNo),
		});

		const result = await pollWith(['shippingOrderStatusChanged'], staticData);
		expect(json(result.items).map((e) => [e.orderNo, e.previousStatus, e.status])).toEqual([
			[shipped.orderNo, null, 'shipped'],
		]);
		const node = result.staticData['node:Trigger under test'] as {
			shippingOrders: { statuses: unknown };
		};
		expect(trackedValues(node.shippingOrders.statuses, [String(pending.orderNo)])).toEqual({
			[String(pending.orderNo)]: 'pending',
		});
		expect((await pollWith(['shippingOrderStatusChanged'], result.staticData)).items).toBeNull();
	});

	describe('Fetch Test Event (manual mode)', () => {
		it('returns the newest matching record without touching the state', async () => {
			const { items, staticData } = await poll({
				type: 'fulfillbotTrigger',
				parameters: { events: ['purchaseOrderStatusChanged'] },
				credentials: credentials(),
				mode: 'manual',
			});
			expect(json(items)).toEqual([
				expect.objectContaining({
					event: 'purchaseOrderStatusChanged',
					previousStatus: null,
					orderNo: expect.any(String),
				}),
			]);
			expect(staticData).toEqual({});
			expect((await sandbox.journal('fulfillbot')).map((e) => e.query)).toEqual([
				{ page: '1', limit: '1' },
			]);
		});

		it('says clearly when nothing matches', async () => {
			const attempt = poll({
				type: 'fulfillbotTrigger',
				parameters: { events: ['purchaseOrderStatusChanged'], statuses: ['shipped_to_warehouse'] },
				credentials: credentials(),
				mode: 'manual',
			});
			await expect(attempt).rejects.toThrow('No matching record found in Fulfillbot');
		});
	});

	describe('errors', () => {
		it('before the first state is saved, an API error fails the activation (with the API message)', async () => {
			await expect(
				pollWith(['purchaseOrderStatusChanged'], undefined, {}, 'sk-revoked'),
			).rejects.toThrow('Invalid API Key');
		});

		it('after that, a passing 500 keeps the state and the next poll catches up; a 401 still fails loudly', async () => {
			const { staticData } = await pollWith(['purchaseOrderStatusChanged']);
			await sandbox.advance({ api: 'fulfillbot', kind: 'order', id: 'ORD-20240115-002' });
			await sandbox.fault({ api: 'fulfillbot', path: '/orders', kind: 'status', status: 500 });

			const failed = await pollWith(['purchaseOrderStatusChanged'], staticData);
			expect(failed.items).toBeNull();
			expect(failed.staticData).toEqual(staticData);
			const next = await pollWith(['purchaseOrderStatusChanged'], failed.staticData);
			expect(json(next.items).map((e) => e.orderNo)).toEqual(['ORD-20240115-002']);

			await expect(
				pollWith(['purchaseOrderStatusChanged'], next.staticData, {}, 'sk-revoked'),
			).rejects.toThrow('Invalid API Key');
		});
	});
});
