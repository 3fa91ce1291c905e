import { useSandbox } from '../../test/support/sandbox';
import { SHOPLINE, SHOPLINE_SEED } from '../src';
import { bearer, client } from './http';

const sandbox = useSandbox();
const JSON_TYPE = { 'Content-Type': 'application/json; charset=utf-8' };
const admin = (token: string = SHOPLINE.token, handle: string = SHOPLINE.handle) =>
	client(`${sandbox.shoplineStoreUrl(handle)}/admin/openapi/${SHOPLINE.version}`, {
		...bearer(token),
		...JSON_TYPE,
	});
const O = SHOPLINE_SEED.orders;
const L = SHOPLINE_SEED.lineItems;
const getOrder = async (id: string) =>
	(await admin().get('/orders.json', { params: { ids: id } })).data.orders[0];
const fulfil = (orderId: string, fulfillment: object) =>
	admin().post(`/orders/${orderId}/fulfillments.json`, { fulfillment });
const tracking = (n: number) =>
	Array.from({ length: n }, (_, i) => ({
		tracking_company: 'UPS',
		tracking_number: `1Z${i}`,
		tracking_url: 'https://www.ups.com/track',
	}));

describe('SHOPLINE POST orders/{order_id}/fulfillments.json', () => {
	it('ships part of an order: 201 {"fulfillment"} in the documented shape; quantities, status and updated_at move', async () => {
		await sandbox.clearJournal();
		const body = {
			line_items: [{ id: Number(L.unshipped[1]), quantity: 1 }],
			notify_customer: true,
			tracking_info_list: [
				{
					tracking_company: 'UPS',
					tracking_number: 123456789012345,
					tracking_url: 'www.example.com',
				},
				{ tracking_company: 'DHL', tracking_number: 'JD0002', tracking_url: null },
			],
			// Deprecated, ignored because tracking_info_list is given.
			tracking_company: 'IGNORED',
			tracking_number: 'IGNORED',
		};
		const res = await fulfil(O.unshipped, body);
		expect(res.status).toBe(201);
		const f = res.data.fulfillment;
		expect(f).toMatchObject({
			order_id: O.unshipped,
			name: '#1001.1',
			status: 'success',
			shipment_status: null,
			tracking_info_list: [
				{
					tracking_company: 'UPS',
					tracking_number: '123456789012345',
					tracking_url: 'www.example.com',
				},
				{ tracking_company: 'DHL', tracking_number: 'JD0002', tracking_url: null },
			],
			tracking_company: 'UPS',
			tracking_number: '123456789012345',
			tracking_numbers: ['123456789012345', 'JD0002'],
			tracking_url: 'www.example.com',
			tracking_urls: ['www.example.com'],
		});
		expect(f.id).toMatch(/^\d{16}$/);
		expect(f.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
		expect(f.updated_at).toBe(f.created_at);
		expect(f.line_items).toEqual([
			expect.objectContaining({
				id: L.unshipped[1],
				quantity: 2,
				fulfillment_quantity: 1,
				fulfillable_quantity: 1,
				price: '7.00',
				price_set: {
					presentment_money: { amount: '7.00', currency_code: 'USD' },
					shop_money: { amount: '7.00', currency_code: 'USD' },
				},
				tax_lines: [expect.objectContaining({ title: 'VAT' })],
				total_discount_set: expect.any(Object),
			}),
		]);
		const order = await getOrder(O.unshipped);
		expect(order.fulfillment_status).toBe('partial');
		expect(order.updated_at).toBe(f.created_at);
		expect(
			order.line_items.map(
				(l: { fulfillable_quantity: number; fulfillment_status: string | null }) => [
					l.fulfillable_quantity,
					l.fulfillment_status,
				],
			),
		).toEqual([
			[1, null],
			[1, 'partial'],
		]);
		expect(order.fulfillments.map((x: { id: string }) => x.id)).toEqual([f.id]);
		const [entry] = await sandbox.journal('shopline');
		expect(entry).toMatchObject({
			method: 'POST',
			path: `/orders/${O.unshipped}/fulfillments.json`,
			body: { fulfillment: body },
			status: 201,
		});
		expect(entry.headers['content-type']).toBe('application/json; charset=utf-8');
		expect(entry.headers.authorization).not.toContain(SHOPLINE.token);
	});

	it('shipping the rest makes the order shipped; an order updated_at cursor sees it again', async () => {
		const res = await fulfil(O.partial, {
			line_items: [{ id: L.partial[1], quantity: 2 }],
			tracking_number: 'LEGACY1',
			tracking_company: 'USPS',
		});
		expect(res.status).toBe(201);
		// Only the deprecated fields: they become the one tracking_info_list entry.
		expect(res.data.fulfillment.tracking_info_list).toEqual([
			{ tracking_company: 'USPS', tracking_number: 'LEGACY1', tracking_url: null },
		]);
		const order = await getOrder(O.partial);
		expect(order.fulfillment_status).toBe('shipped');
		const seen = await admin().get('/orders.json', {
			params: { updated_at_min: order.updated_at },
		});
		expect(seen.data.orders.map((o: { id: string }) => o.id)).toEqual([O.partial]);
	});

	it.each([
		[
			'quantity over fulfillable',
			O.unshipped,
			{ line_items: [{ id: L.unshipped[0], quantity: 2 }] },
			{ 'line_items.0.quantity': [expect.stringMatching(/at most 1/)] },
		],
		[
			'unknown line item',
			O.unshipped,
			{ line_items: [{ id: '999', quantity: 1 }] },
			{ 'line_items.0.id': [expect.stringMatching(/not in order/)] },
		],
		[
			"another order's line item",
			O.unshipped,
			{ line_items: [{ id: L.unpaid[0], quantity: 1 }] },
			{ 'line_items.0.id': [expect.stringMatching(/not in order/)] },
		],
		[
			'no line items',
			O.unshipped,
			{ tracking_info_list: tracking(1) },
			{ line_items: [expect.stringMatching(/required/)] },
		],
		[
			'11 tracking entries',
			O.unshipped,
			{ line_items: [{ id: L.unshipped[0], quantity: 1 }], tracking_info_list: tracking(11) },
			{ tracking_info_list: [expect.stringMatching(/at most 10/)] },
		],
		[
			'already shipped line',
			O.shipped,
			{ line_items: [{ id: L.shipped[0], quantity: 1 }] },
			{ 'line_items.0.quantity': [expect.stringMatching(/at most 0/)] },
		],
	])(
		'%s -> 422 {"errors": {field: [...]}} and nothing changes',
		async (_case, orderId, body, errors) => {
			const before = await getOrder(orderId);
			const res = await fulfil(orderId, body);
			expect(res.status).toBe(422);
			expect(res.data).toEqual({ errors });
			expect(await getOrder(orderId)).toEqual(before);
		},
	);

	it('10 tracking entries are fine; cancelled order is 422; wrong types 400; unknown order 404', async () => {
		expect(
			(
				await fulfil(O.unshipped, {
					line_items: [{ id: L.unshipped[0], quantity: 1 }],
					tracking_info_list: tracking(10),
				})
			).status,
		).toBe(201);
		const cancelled = await fulfil(O.cancelled, {
			line_items: [{ id: L.cancelled[0], quantity: 1 }],
		});
		expect(cancelled.status).toBe(422);
		expect(cancelled.data).toEqual({ errors: expect.stringMatching(/cancelled/) });
		const bad = await fulfil(O.unpaid, { line_items: [{ id: 'x', quantity: 0 }] });
		expect(bad.status).toBe(400);
		expect(Object.keys(bad.data.errors).sort()).toEqual([
			'fulfillment.line_items.0.id',
			'fulfillment.line_items.0.quantity',
		]);
		expect((await fulfil('999', { line_items: [] })).status).toBe(404);
		const text = await admin().post(`/orders/${O.unpaid}/fulfillments.json`, 'x', {
			headers: { 'Content-Type': 'text/plain' },
		});
		expect(text.status).toBe(400);
	});
});

describe('SHOPLINE fulfillments: list, count, cancel, update_tracking', () => {
	it("lists and counts an order's fulfillments (another store's order is 404)", async () => {
		const listRes = await admin().get(`/orders/${O.shipped}/fulfillments.json`);
		expect(listRes.status).toBe(200);
		expect(listRes.data.fulfillments.map((f: { id: string }) => f.id)).toEqual([
			SHOPLINE_SEED.fulfillments.shipped,
		]);
		expect((await admin().get(`/orders/${O.unshipped}/fulfillments/count.json`)).data).toEqual({
			count: 0,
		});
		expect((await admin().get(`/orders/${O.partial}/fulfillments/count.json`)).data).toEqual({
			count: 1,
		});
		const foreign = await admin().get(`/orders/${O.otherShipped}/fulfillments.json`);
		expect(foreign.status).toBe(404);
		expect(foreign.data).toEqual({ errors: 'Not Found' });
	});

	it('cancel restores quantities and recomputes the order; twice is 422', async () => {
		const url = `/orders/${O.partial}/fulfillments/${SHOPLINE_SEED.fulfillments.partial}/cancel.json`;
		const res = await admin().post(url, undefined);
		expect(res.status).toBe(200);
		expect(res.data.fulfillment).toMatchObject({
			id: SHOPLINE_SEED.fulfillments.partial,
			status: 'cancelled',
		});
		const order = await getOrder(O.partial);
		expect(order.fulfillment_status).toBe('unshipped');
		expect(
			order.line_items.map((l: { fulfillable_quantity: number }) => l.fulfillable_quantity),
		).toEqual([1, 2]);
		expect(order.updated_at).toBe(res.data.fulfillment.updated_at);
		expect((await admin().get(`/orders/${O.partial}/fulfillments/count.json`)).data).toEqual({
			count: 1,
		});
		const again = await admin().post(url, {});
		expect(again.status).toBe(422);
		expect(
			(await admin().post(`/orders/${O.partial}/fulfillments/4999999999999999/cancel.json`, {}))
				.status,
		).toBe(404);
	});

	it('update_tracking replaces the list, bumps updated_at; 11 entries 422; cancelled fulfillment 422', async () => {
		const url = `/orders/${O.shipped}/fulfillments/${SHOPLINE_SEED.fulfillments.shipped}/update_tracking.json`;
		const res = await admin().post(url, {
			fulfillment: {
				tracking_info_list: [
					{ tracking_company: 'FedEx', tracking_number: 'FX1', tracking_url: 'https://fedex.com' },
				],
				notify_customer: false,
			},
		});
		expect(res.status).toBe(200);
		expect(res.data.fulfillment).toMatchObject({
			tracking_number: 'FX1',
			tracking_numbers: ['FX1'],
			tracking_company: 'FedEx',
			status: 'success',
		});
		expect((await getOrder(O.shipped)).updated_at).toBe(res.data.fulfillment.updated_at);
		const tooMany = await admin().post(url, { fulfillment: { tracking_info_list: tracking(11) } });
		expect(tooMany.status).toBe(422);
		expect(tooMany.data.errors.tracking_info_list[0]).toMatch(/at most 10/);
		const missing = await admin().post(url, { fulfillment: {} });
		expect(missing.status).toBe(400);
		expect(Object.keys(missing.data.errors)).toEqual(['fulfillment.tracking_info_list']);
		await admin().post(
			`/orders/${O.shipped}/fulfillments/${SHOPLINE_SEED.fulfillments.shipped}/cancel.json`,
			{},
		);
		expect(
			(await admin().post(url, { fulfillment: { tracking_info_list: tracking(1) } })).status,
		).toBe(422);
	});
});

describe('SHOPLINE fulfillment orders', () => {
	it('one per order, remaining quantities per line, status from the order', async () => {
		const res = await admin().get(`/fulfillment_orders/${O.partial}/fulfillment_orders.json`);
		expect(res.status).toBe(200);
		expect(res.data.fulfillment_orders).toEqual([
			expect.objectContaining({
				id: expect.stringMatching(new RegExp(`^${O.partial}_\\d+$`)),
				order_id: O.partial,
				status: 'in_progress',
				line_items: [
					expect.objectContaining({ line_item_id: L.partial[0], total_quantity: 1, quantity: 0 }),
					expect.objectContaining({ line_item_id: L.partial[1], total_quantity: 2, quantity: 2 }),
				],
			}),
		]);
		const status = async (id: string) =>
			(await admin().get(`/fulfillment_orders/${id}/fulfillment_orders.json`)).data
				.fulfillment_orders[0].status;
		expect([await status(O.unshipped), await status(O.shipped), await status(O.cancelled)]).toEqual(
			['open', 'closed', 'cancelled'],
		);
		expect(
			(await admin().get(`/fulfillment_orders/${O.otherShipped}/fulfillment_orders.json`)).status,
		).toBe(404);
	});

	it('search filters by order_ids / status / updated_at and pages with the link header', async () => {
		const byStatus = await admin().get('/fulfillment_orders/fulfillment_orders_search.json', {
			params: { status: 'open' },
		});
		expect(byStatus.data.fulfillment_orders.map((f: { order_id: string }) => f.order_id)).toEqual([
			O.unshipped,
			O.unpaid,
			O.authorized,
		]);
		const byIds = await admin().get('/fulfillment_orders/fulfillment_orders_search.json', {
			params: { order_ids: `${O.shipped},${O.otherShipped}` },
		});
		expect(byIds.data.fulfillment_orders.map((f: { order_id: string }) => f.order_id)).toEqual([
			O.shipped,
		]);
		const bad = await admin().get('/fulfillment_orders/fulfillment_orders_search.json', {
			params: { status: 'shipped', limit: 0 },
		});
		expect(bad.status).toBe(400);
		expect(Object.keys(bad.data.errors).sort()).toEqual(['limit', 'status']);
		const busy = client(
			`${sandbox.shoplineStoreUrl(SHOPLINE.busyHandle)}/admin/openapi/${SHOPLINE.version}`,
			bearer(SHOPLINE.busyToken),
		);
		const seen: string[] = [];
		let res = await busy.get('/fulfillment_orders/fulfillment_orders_search.json', {
			params: { limit: 100 },
		});
		for (;;) {
			seen.push(...res.data.fulfillment_orders.map((f: { order_id: string }) => f.order_id));
			const next = /<([^>]+)>; rel="next"/.exec(res.headers.link ?? '')?.[1];
			if (!next) break;
			res = await client(next, bearer(SHOPLINE.busyToken)).get('');
		}
		expect(new Set(seen).size).toBe(SHOPLINE_SEED.busy.count);
		expect(seen[0]).toBe(SHOPLINE_SEED.busy.firstOrderId);
	});
});

describe('SHOPLINE advance machines', () => {
	it('order: unshipped -> partial -> shipped by creating real fulfillments, all stamped with one instant', async () => {
		const first = await sandbox.advance({ api: 'shopline', kind: 'order', id: O.unshipped });
		expect(first).toEqual([{ id: O.unshipped, from: 'unshipped', to: 'partial' }]);
		let order = await getOrder(O.unshipped);
		expect(order.fulfillments).toHaveLength(1);
		expect(
			order.line_items.map((l: { fulfillable_quantity: number }) => l.fulfillable_quantity),
		).toEqual([0, 2]);
		await sandbox.advance({ api: 'shopline', kind: 'order', id: O.unshipped });
		order = await getOrder(O.unshipped);
		expect(order.fulfillment_status).toBe('shipped');
		expect(order.fulfillments).toHaveLength(2);
		expect(order.fulfillments[1].tracking_info_list[0].tracking_number).toMatch(/^1Z/);
		expect(await sandbox.advance({ api: 'shopline', kind: 'order', id: O.unshipped })).toEqual([]);
		// A cancelled order never ships.
		expect(await sandbox.advance({ api: 'shopline', kind: 'order', id: O.cancelled })).toEqual([]);

		const many = await sandbox.advance({ api: 'shopline', kind: 'order' });
		expect(many.length).toBeGreaterThan(50);
		const stamps = new Set(
			(await sandbox.state()).shopline.orders
				.filter((o: { id: string }) => many.some((m) => m.id === o.id))
				.map((o: { updated_at: string }) => o.updated_at),
		);
		expect(stamps.size).toBe(1);
	});

	it('payment: unpaid -> pending -> authorized -> paid, bumping updated_at', async () => {
		const steps = [];
		for (let i = 0; i < 4; i++)
			steps.push(...(await sandbox.advance({ api: 'shopline', kind: 'payment', id: O.unpaid })));
		expect(steps.map((s) => s.to)).toEqual(['pending', 'authorized', 'paid']);
		const order = await getOrder(O.unpaid);
		expect(order.financial_status).toBe('paid');
		expect(order.updated_at).not.toBe('2026-03-04T13:00:00+08:00');
		expect(await sandbox.advance({ api: 'shopline', kind: 'payment', id: O.authorized })).toEqual([
			{ id: O.authorized, from: 'authorized', to: 'paid' },
		]);
	});

	it('fulfillment: shipment_status null -> picked_up -> out_for_delivery -> delivered; the order updated_at follows', async () => {
		const id = SHOPLINE_SEED.fulfillments.partial;
		const moves = [];
		for (let i = 0; i < 4; i++)
			moves.push(...(await sandbox.advance({ api: 'shopline', kind: 'fulfillment', id })));
		expect(moves).toEqual([
			{ id, from: 'null', to: 'picked_up' },
			{ id, from: 'picked_up', to: 'out_for_delivery' },
			{ id, from: 'out_for_delivery', to: 'delivered' },
		]);
		const order = await getOrder(O.partial);
		expect(order.fulfillments[0]).toMatchObject({
			shipment_status: 'delivered',
			updated_at: order.updated_at,
		});
		// Delivered (seeded) and cancelled fulfillments do not move.
		expect(
			await sandbox.advance({
				api: 'shopline',
				kind: 'fulfillment',
				id: SHOPLINE_SEED.fulfillments.shipped,
			}),
		).toEqual([]);
	});
});
