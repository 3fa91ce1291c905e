import { useSandbox } from '../../test/support/sandbox';
import { SHOPLINE, SHOPLINE_SEED } from '../src';
import { bearer, client } from './http';

const sandbox = useSandbox();
const admin = (token: string = SHOPLINE.token, handle: string = SHOPLINE.handle) =>
	client(`${sandbox.shoplineStoreUrl(handle)}/admin/openapi/${SHOPLINE.version}`, bearer(token));
const busy = () => admin(SHOPLINE.busyToken, SHOPLINE.busyHandle);
const list = (params: Record<string, string | number> = {}) =>
	admin().get('/orders.json', { params });
const O = SHOPLINE_SEED.orders;
const JSON_TYPE = { 'Content-Type': 'application/json; charset=utf-8' };

/** `<url>; rel="next", <url>; rel="previous"` -> { next: url, previous: url } */
function links(header: string | undefined): Record<string, string> {
	const out: Record<string, string> = {};
	for (const part of (header ?? '').split(/,\s*(?=<)/)) {
		const m = /^<([^>]+)>;\s*rel="(next|previous)"$/.exec(part.trim());
		if (m) out[m[2]] = m[1];
	}
	return out;
}

describe('SHOPLINE GET orders.json', () => {
	it('lists the store orders newest first, in the documented shape, with no link header on a single page', async () => {
		const res = await list();
		expect(res.status).toBe(200);
		expect(res.headers.link).toBeUndefined();
		expect(res.headers.traceid).toMatch(/^[0-9a-f]{32}$/);
		const names = res.data.orders.map((o: { name: string }) => o.name);
		expect(names).toEqual(['#1006', '#1005', '#1004', '#1003', '#1002', '#1001']);
		const first = res.data.orders.find((o: { id: string }) => o.id === O.unshipped);
		expect(first).toMatchObject({
			id: O.unshipped,
			name: '#1001',
			status: 'open',
			financial_status: 'paid',
			fulfillment_status: 'unshipped',
			currency: 'USD',
			total_price: '33.99',
			created_at: '2026-03-01T10:00:00+08:00',
			updated_at: '2026-03-01T10:05:00+08:00',
			cancelled_at: null,
			fulfillments: [],
			shipping_address: expect.objectContaining({ country_code: 'US', zip: '94103' }),
			customer: expect.objectContaining({ email: first.email }),
		});
		expect(first.line_items).toEqual([
			expect.objectContaining({
				id: SHOPLINE_SEED.lineItems.unshipped[0],
				quantity: 1,
				fulfillable_quantity: 1,
				requires_shipping: true,
				fulfillment_status: null,
				price: '19.99',
			}),
			expect.objectContaining({
				id: SHOPLINE_SEED.lineItems.unshipped[1],
				quantity: 2,
				fulfillable_quantity: 2,
				grams: 350,
			}),
		]);
		expect(first).not.toHaveProperty('handle');
		// Line ids are safe as JSON numbers (the docs send them as `long`).
		expect(Number.isSafeInteger(Number(first.line_items[0].id))).toBe(true);
	});

	it('seeded partial and shipped orders carry their fulfillments', async () => {
		const res = await list({ ids: `${O.partial},${O.shipped}` });
		const byId = Object.fromEntries(res.data.orders.map((o: { id: string }) => [o.id, o]));
		expect(byId[O.partial].fulfillment_status).toBe('partial');
		expect(byId[O.partial].fulfillments).toEqual([
			expect.objectContaining({
				id: SHOPLINE_SEED.fulfillments.partial,
				status: 'success',
				name: '#1002.1',
			}),
		]);
		expect(
			byId[O.partial].line_items.map(
				(l: { fulfillable_quantity: number }) => l.fulfillable_quantity,
			),
		).toEqual([0, 2]);
		const shipped = byId[O.shipped].fulfillments[0];
		expect(shipped).toMatchObject({
			id: SHOPLINE_SEED.fulfillments.shipped,
			status: 'success',
			shipment_status: 'delivered',
		});
		expect(shipped.tracking_info_list).toEqual([
			{
				tracking_company: 'UPS',
				tracking_number: '1Z999AA10000001003',
				tracking_url: 'https://www.ups.com/track',
			},
		]);
	});

	it.each([
		[{ status: 'cancelled' }, ['#1005']],
		[{ financial_status: 'unpaid' }, ['#1004']],
		[{ fulfillment_status: 'partial' }, ['#1002']],
		[{ fulfillment_status: 'shipped', status: 'open' }, ['#1003']],
		[{ name: '#1003' }, ['#1003']],
		[{ email: 'EVA.ROSSI.1004@example.com' }, ['#1004']],
		[{ ids: `${O.unshipped}, ${O.unpaid}, ${O.otherUnshipped}` }, ['#1004', '#1001']],
		[{ since_id: O.unpaid }, ['#1006', '#1005']],
		[
			{ created_at_min: '2026-03-05T14:00:00+08:00', created_at_max: '2026-03-06T07:00:00Z' },
			['#1006', '#1005'],
		],
		[
			{ sort_condition: 'updated_at:asc', status: 'open' },
			['#1001', '#1002', '#1004', '#1003', '#1006'],
		],
		[{ sort_condition: 'id:asc', limit: 2 }, ['#1001', '#1002']],
	])('%j -> %j', async (params, names) => {
		const res = await list(params);
		expect(res.status).toBe(200);
		expect(res.data.orders.map((o: { name: string }) => o.name)).toEqual(names);
	});

	it('updated_at_min / updated_at_max are inclusive to the second, offsets honoured', async () => {
		// #1003 was updated at 2026-03-05T08:00:00+08:00 = 00:00:00Z.
		const at = async (params: Record<string, string>) =>
			(await list(params)).data.orders.map((o: { name: string }) => o.name);
		expect(
			await at({ updated_at_min: '2026-03-05T00:00:00Z', updated_at_max: '2026-03-05T00:00:00Z' }),
		).toEqual(['#1003']);
		expect(
			await at({
				updated_at_min: '2026-03-05T08:00:01+08:00',
				updated_at_max: '2026-03-05T23:00:00+08:00',
			}),
		).toEqual([]);
		expect(
			await at({ updated_at_min: '2026-03-04T23:59:59Z', updated_at_max: '2026-03-04T23:59:59Z' }),
		).toEqual([]);
	});

	it('fields returns only the listed keys', async () => {
		const res = await list({ fields: 'id,name,updated_at,no_such_field', limit: 1 });
		expect(res.data.orders).toEqual([
			{ id: O.authorized, name: '#1006', updated_at: '2026-03-06T15:00:00+08:00' },
		]);
	});

	it('invalid parameters are 400 {"errors": {field: [...]}} naming each field', async () => {
		const res = await list({
			limit: 101,
			sort_condition: 'price',
			ids: 'abc',
			fulfillment_status: 'fulfilled',
		});
		expect(res.status).toBe(400);
		expect(Object.keys(res.data.errors).sort()).toEqual([
			'fulfillment_status',
			'ids',
			'limit',
			'sort_condition',
		]);
		expect(res.data.errors.ids[0]).toMatch(/numeric/);
		expect(res.data.errors.limit[0]).toMatch(/100/);
		expect(res.data.errors.sort_condition[0]).toMatch(/updated_at:desc/);
		const tooMany = await list({
			ids: Array.from({ length: 101 }, (_, i) => String(i + 1)).join(','),
		});
		expect(tooMany.status).toBe(400);
		expect(tooMany.data.errors.ids[0]).toMatch(/at most 100/);
	});

	it('a token never opens another store: other-store orders are invisible and its token is refused here', async () => {
		const mine = await list({ ids: O.otherUnshipped });
		expect(mine.data.orders).toEqual([]);
		const other = await admin(SHOPLINE.otherToken, SHOPLINE.otherHandle).get('/orders.json');
		expect(other.data.orders.map((o: { id: string }) => o.id)).toEqual([
			O.otherShipped,
			O.otherUnshipped,
		]);
		expect((await admin(SHOPLINE.token, SHOPLINE.otherHandle).get('/orders.json')).status).toBe(
			401,
		);
		expect((await admin(SHOPLINE.busyToken, SHOPLINE.handle).get('/orders.json')).status).toBe(401);
		expect((await admin().post(`/orders/${O.otherUnshipped}/cancel.json`, {})).status).toBe(404);
	});
});

describe('SHOPLINE cursor paging (link header, page_info)', () => {
	type Order = { id: string; name: string };

	async function walk(
		first: Record<string, string | number>,
		between?: (page: number) => Promise<void>,
	) {
		const seen: string[] = [];
		const headers: Array<Record<string, string>> = [];
		let res = await busy().get('/orders.json', { params: first });
		for (let page = 1; ; page++) {
			expect(res.status).toBe(200);
			seen.push(...res.data.orders.map((o: Order) => o.id));
			const l = links(res.headers.link);
			headers.push(l);
			if (!l.next) break;
			await between?.(page);
			res = await client(l.next, bearer(SHOPLINE.busyToken)).get('');
		}
		return { seen, headers };
	}

	it('walks 250 orders in 3 pages; next absent on the last page, previous absent on the first', async () => {
		const { seen, headers } = await walk({ limit: 100 });
		expect(seen).toHaveLength(SHOPLINE_SEED.busy.count);
		expect(new Set(seen).size).toBe(SHOPLINE_SEED.busy.count);
		expect(seen[0]).toBe(SHOPLINE_SEED.busy.lastOrderId);
		expect(seen[249]).toBe(SHOPLINE_SEED.busy.firstOrderId);
		expect(headers.map((h) => Object.keys(h).sort())).toEqual([
			['next'],
			['next', 'previous'],
			['previous'],
		]);
		const next = new URL(headers[0].next);
		expect(next.pathname).toBe(
			`/shopline/${SHOPLINE.busyHandle}/admin/openapi/${SHOPLINE.version}/orders.json`,
		);
		expect([...next.searchParams.keys()].sort()).toEqual(['limit', 'page_info']);
		expect(next.searchParams.get('limit')).toBe('100');
	});

	it('the previous link returns the page before', async () => {
		const p1 = await busy().get('/orders.json', { params: { limit: 40 } });
		const p2 = await client(links(p1.headers.link).next, bearer(SHOPLINE.busyToken)).get('');
		const back = await client(links(p2.headers.link).previous, bearer(SHOPLINE.busyToken)).get('');
		expect(back.data.orders.map((o: Order) => o.id)).toEqual(
			p1.data.orders.map((o: Order) => o.id),
		);
		expect(links(back.headers.link).previous).toBeUndefined();
	});

	it('the cursor keeps the filters; no record is lost or repeated while orders change mid-walk', async () => {
		const expected = (await busy().get('/orders/count.json', { params: { status: 'open' } })).data
			.count;
		const { seen } = await walk({ limit: 50, status: 'open' }, async (page) => {
			// Every order gets a new updated_at (one advance call = one instant) and one unseen order ships.
			await sandbox.advance({ api: 'shopline', kind: 'payment' });
			if (page === 1)
				await sandbox.advance({
					api: 'shopline',
					kind: 'order',
					id: SHOPLINE_SEED.busy.orderId(10),
				});
		});
		expect(seen).toHaveLength(expected);
		expect(new Set(seen).size).toBe(expected);
	});

	it('sort_condition updated_at:desc pages through orders sharing one updated_at without loss', async () => {
		const { seen } = await walk({
			limit: 3,
			sort_condition: 'updated_at:desc',
			updated_at_min: SHOPLINE_SEED.busy.sharedUpdatedAt,
			updated_at_max: SHOPLINE_SEED.busy.sharedUpdatedAt,
		});
		expect(seen).toEqual(Array.from({ length: 10 }, (_, i) => SHOPLINE_SEED.busy.orderId(109 - i)));
	});

	it('page_info with other filters is refused; a forged page_info is refused; limit and fields may accompany it', async () => {
		const p1 = await busy().get('/orders.json', { params: { limit: 5 } });
		const pageInfo = new URL(links(p1.headers.link).next).searchParams.get('page_info')!;
		const mixed = await busy().get('/orders.json', {
			params: { page_info: pageInfo, status: 'open' },
		});
		expect(mixed.status).toBe(400);
		expect(mixed.data.errors.page_info[0]).toMatch(/status/);
		const forged = await busy().get('/orders.json', { params: { page_info: 'not-a-cursor' } });
		expect(forged.status).toBe(400);
		expect(forged.data).toEqual({
			errors: { page_info: [expect.stringMatching(/Invalid page_info/)] },
		});
		const ok = await busy().get('/orders.json', {
			params: { page_info: pageInfo, limit: 2, fields: 'id' },
		});
		expect(ok.status).toBe(200);
		expect(ok.data.orders).toEqual([
			{ id: SHOPLINE_SEED.busy.orderId(244) },
			{ id: SHOPLINE_SEED.busy.orderId(243) },
		]);
		expect(new URL(links(ok.headers.link).next).searchParams.get('fields')).toBe('id');
		// A cursor of one store opens nothing in another.
		const elsewhere = await admin().get('/orders.json', { params: { page_info: pageInfo } });
		expect(elsewhere.status).toBe(200);
		expect(elsewhere.data.orders).toEqual([]);
	});
});

describe('SHOPLINE POST orders/{id}/cancel.json', () => {
	it('cancels an open order: status, cancelled_at, cancel_reason, updated_at bumped', async () => {
		const res = await admin().post(`/orders/${O.unpaid}/cancel.json`, {
			cancel_reason: 'customer',
			email: false,
		});
		expect(res.status).toBe(200);
		expect(res.data.order).toMatchObject({
			id: O.unpaid,
			status: 'cancelled',
			cancel_reason: 'customer',
		});
		expect(res.data.order.cancelled_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
		expect(res.data.order.updated_at).toBe(res.data.order.cancelled_at);
		expect(Date.parse(res.data.order.updated_at)).toBeGreaterThan(
			Date.parse('2026-03-04T13:00:00+08:00') - 1,
		);
		const entry = (await sandbox.journal('shopline')).at(-1)!;
		expect(entry).toMatchObject({
			method: 'POST',
			path: `/orders/${O.unpaid}/cancel.json`,
			body: { cancel_reason: 'customer', email: false },
			status: 200,
			handle: SHOPLINE.handle,
		});
	});

	it('works without a body (JSON content type, as the docs require on every call)', async () => {
		const res = await admin().post(`/orders/${O.unshipped}/cancel.json`, undefined, {
			headers: JSON_TYPE,
		});
		expect(res.status).toBe(200);
		expect(res.data.order.status).toBe('cancelled');
	});

	it('refuses a shipped or already cancelled order with 422 {"errors": [...]}; unknown order 404', async () => {
		const shipped = await admin().post(`/orders/${O.shipped}/cancel.json`, {});
		expect(shipped.status).toBe(422);
		expect(shipped.data).toEqual({ errors: [expect.stringMatching(/shipped/)] });
		const again = await admin().post(`/orders/${O.cancelled}/cancel.json`, {});
		expect(again.status).toBe(422);
		expect(again.data.errors[0]).toMatch(/already been cancelled/);
		const missing = await admin().post('/orders/999/cancel.json', {});
		expect(missing.status).toBe(404);
		expect(missing.data).toEqual({ errors: 'Not Found' });
	});

	it('a body that is not JSON is 400', async () => {
		const res = await admin().post(`/orders/${O.unpaid}/cancel.json`, 'reason=x', {
			headers: { 'Content-Type': 'text/plain' },
		});
		expect(res.status).toBe(400);
		expect(res.data).toEqual({ errors: expect.any(String) });
	});
});

describe('SHOPLINE frozen (402) and locked (423) stores', () => {
	it('answer every request, with SHOPLINE-shaped bodies and a traceId', async () => {
		for (const path of [
			'/orders.json',
			'/orders/count.json',
			`/orders/${O.unshipped}/fulfillments.json`,
		]) {
			const frozen = await admin(SHOPLINE.frozenToken, SHOPLINE.frozenHandle).get(path);
			expect(frozen.status).toBe(402);
			expect(frozen.data).toEqual({ errors: expect.stringMatching(/frozen/) });
			expect(frozen.headers.traceid).toBeTruthy();
			const locked = await admin(SHOPLINE.lockedToken, SHOPLINE.lockedHandle).get(path);
			expect(locked.status).toBe(423);
			expect(locked.data).toEqual({ code: 423, message: expect.stringMatching(/locked/) });
		}
		// The token is checked first: a wrong token is still a 401.
		expect((await admin(SHOPLINE.token, SHOPLINE.frozenHandle).get('/orders.json')).status).toBe(
			401,
		);
	});
});
