/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { IDataObject } from 'n8n-workflow';

import { SHOPLINE, SHOPLINE_SEED } from '../../sandbox/src';
import { faultPost, postsTo } from '../support/createFaults';
import { useSandbox } from '../support/sandbox';
import {
	BLANK,
	JSON_CONTENT_TYPE,
	orderRead,
	shoplineTestKit,
	type ShoplineRunOptions,
} from './support';

const sandbox = useSandbox();
const kit = shoplineTestKit(sandbox);
const { requests, api } = kit;
const fulfillment = (operation: string, parameters?: IDataObject, options?: ShoplineRunOptions) =>
	kit.run('fulfillment', operation, parameters, options);

const SEED = SHOPLINE_SEED.orders;
const LINES = SHOPLINE_SEED.lineItems;
const main = { handle: SHOPLINE.handle, version: SHOPLINE.version };

const UPS = {
	trackingCompany: 'UPS',
	trackingNumber: '1Z999AA10123456784',
	trackingUrl: 'https://www.ups.com/track',
};
const UPS_SENT = {
	tracking_company: 'UPS',
	tracking_number: '1Z999AA10123456784',
	tracking_url: 'https://www.ups.com/track',
};
const entries = (n: number) =>
	Array.from({ length: n }, (_, i) => ({
		trackingCompany: 'UPS',
		trackingNumber: `1Z${String(i).padStart(16, '0')}`,
		trackingUrl: '',
	}));

const orderOf = async (orderId: string) =>
	(await api<{ orders: IDataObject[] }>(`/orders.json?ids=${orderId}&status=any`)).orders[0];

describe('SHOPLINE › Fulfillment', () => {
	describe('Create', () => {
		it('POST orders/{id}/fulfillments.json with line_items, notify_customer and tracking_info_list; one item', async () => {
			const { items, error } = await fulfillment('create', {
				orderId: SEED.unshipped,
				lineItemsSource: 'fields',
				lineItems: {
					item: [
						{ id: LINES.unshipped[0], quantity: 1 },
						{ id: ` ${LINES.unshipped[1]} `, quantity: 2 },
					],
				},
				trackingInfo: { entry: [UPS] },
				notifyCustomer: true,
			});

			expect(error).toBeUndefined();
			expect(items).toHaveLength(1);
			expect(items[0].pairedItem).toEqual({ item: 0 });
			expect(items[0].json).toMatchObject({
				order_id: SEED.unshipped,
				status: 'success',
				tracking_info_list: [UPS_SENT],
			});
			expect(await requests()).toEqual([
				{
					method: 'POST',
					path: `/orders/${SEED.unshipped}/fulfillments.json`,
					query: {},
					body: {
						fulfillment: {
							line_items: [
								{ id: Number(LINES.unshipped[0]), quantity: 1 },
								{ id: Number(LINES.unshipped[1]), quantity: 2 },
							],
							notify_customer: true,
							tracking_info_list: [UPS_SENT],
						},
					},
					status: expect.any(Number),
					...main,
				},
			]);
			const [entry] = await sandbox.journal('shopline');
			expect(entry.status).toBeLessThan(300);
			expect(entry.headers['content-type']).toBe(JSON_CONTENT_TYPE);
			expect((await orderOf(SEED.unshipped)).fulfillment_status).toBe('shipped');
		});

		it('the seed-003 example, from node parameters (without the deprecated flat tracking fields)', async () => {
			await fulfillment('create', {
				orderId: SEED.unshipped,
				lineItems: { item: [{ id: '12345678901234', quantity: 1 }] },
				notifyCustomer: true,
				trackingInfo: {
					entry: [
						{
							trackingCompany: 'ABC',
							trackingNumber: '123456789012345',
							trackingUrl: 'www.example.com',
						},
					],
				},
			});

			const [sent] = await requests();
			// The docs' example, minus tracking_company/tracking_number/tracking_url (deprecated since
			// v20250601); tracking_number is a string, as the field list types it.
			expect(sent.body).toEqual({
				fulfillment: {
					line_items: [{ id: 12345678901234, quantity: 1 }],
					notify_customer: true,
					tracking_info_list: [
						{
							tracking_company: 'ABC',
							tracking_number: '123456789012345',
							tracking_url: 'www.example.com',
						},
					],
				},
			});
		});

		it('line item IDs go on the wire digit for digit, even past 2^53 (raw body seen by a loopback server)', async () => {
			// The sandbox parses JSON into JS numbers, which would round the ID; a bare server keeps the bytes.
			const seen: Array<{ url?: string; body: string; contentType?: string }> = [];
			const server = createServer((req, res) => {
				let body = '';
				req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
				req.on('end', () => {
					seen.push({ url: req.url, body, contentType: req.headers['content-type'] });
					res.writeHead(201, { 'Content-Type': 'application/json' });
					res.end('{"fulfillment":{"id":"1","status":"success"}}');
				});
			});
			await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
			try {
				const { port } = server.address() as AddressInfo;
				const { items, error } = await fulfillment(
					'create',
					{
						orderId: SEED.unshipped,
						lineItems: {
							item: [
								{ id: '9223372036854775807', quantity: 1 },
								{ id: '00012', quantity: 2 },
							],
						},
					},
					{ credentials: { baseUrlOverride: `http://127.0.0.1:${port}` } },
				);

				expect(error).toBeUndefined();
				expect(items.map((i) => i.json)).toEqual([{ id: '1', status: 'success' }]);
				expect(seen).toEqual([
					{
						url: `/admin/openapi/${SHOPLINE.version}/orders/${SEED.unshipped}/fulfillments.json`,
						body: '{"fulfillment":{"line_items":[{"id":9223372036854775807,"quantity":1},{"id":12,"quantity":2}],"notify_customer":false}}',
						contentType: JSON_CONTENT_TYPE,
					},
				]);
			} finally {
				await new Promise((resolve) => server.close(resolve));
			}
		});

		it('Line Items (JSON) from an earlier node: IDs as text or safe numbers, quantities as text', async () => {
			const { error } = await fulfillment('create', {
				orderId: SEED.unshipped,
				lineItemsSource: 'json',
				lineItemsJson: JSON.stringify([
					{ id: LINES.unshipped[0], quantity: '1' },
					{ id: Number(LINES.unshipped[1]), quantity: 1 },
				]),
			});

			expect(error).toBeUndefined();
			expect((await requests())[0].body).toEqual({
				fulfillment: {
					line_items: [
						{ id: Number(LINES.unshipped[0]), quantity: 1 },
						{ id: Number(LINES.unshipped[1]), quantity: 1 },
					],
					notify_customer: false,
				},
			});
		});

		it('All Unfulfilled Line Items: one GET of the order, then exactly one POST with each open line and its fulfillable quantity', async () => {
			const before = await orderOf(SEED.partial);
			const open = (before.line_items as IDataObject[]).filter(
				(l) => Number(l.fulfillable_quantity) > 0,
			);
			expect(open.length).toBeGreaterThan(0);

			const { items, error } = await fulfillment('create', {
				orderId: SEED.partial,
				lineItemsSource: 'allUnfulfilled',
				trackingInfo: { entry: [UPS] },
			});

			expect(error).toBeUndefined();
			expect(items).toHaveLength(1);
			const sent = await requests();
			expect(sent.map((r) => [r.method, r.path, r.query])).toEqual([
				['GET', '/orders.json', { ids: SEED.partial, status: 'any' }],
				['POST', `/orders/${SEED.partial}/fulfillments.json`, {}],
			]);
			expect(sent[1].body).toEqual({
				fulfillment: {
					line_items: open.map((l) => ({ id: Number(l.id), quantity: l.fulfillable_quantity })),
					notify_customer: false,
					tracking_info_list: [UPS_SENT],
				},
			});
			expect((await orderOf(SEED.partial)).fulfillment_status).toBe('shipped');
		});

		it('All Unfulfilled on a shipped order: a clear error after the GET, no POST', async () => {
			const { error } = await fulfillment('create', {
				orderId: SEED.shipped,
				lineItemsSource: 'allUnfulfilled',
			});

			expect(error?.message).toBe(`SHOPLINE order ${SEED.shipped} has no unfulfilled line items`);
			expect((await requests()).map((r) => r.method)).toEqual(['GET']);
		});

		it('All Unfulfilled on an unknown order: "order not found", no POST', async () => {
			const { error } = await fulfillment('create', {
				orderId: '21057401932826316666960000',
				lineItemsSource: 'allUnfulfilled',
			});

			expect(error?.message).toBe('SHOPLINE order 21057401932826316666960000 not found');
			expect((await requests()).map((r) => r.method)).toEqual(['GET']);
		});

		it('one fulfillment per input item, each paired with its input', async () => {
			const { items, error } = await fulfillment(
				'create',
				{
					orderId: SEED.unshipped,
					lineItems: { item: [{ id: '={{ $json.line }}', quantity: 1 }] },
				},
				{ items: [{ line: LINES.unshipped[0] }, { line: LINES.unshipped[1] }] },
			);

			expect(error).toBeUndefined();
			expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
			expect(
				(await requests()).map(
					(r) => (r.body as { fulfillment: { line_items: unknown[] } }).fulfillment.line_items,
				),
			).toEqual([
				[{ id: Number(LINES.unshipped[0]), quantity: 1 }],
				[{ id: Number(LINES.unshipped[1]), quantity: 1 }],
			]);
		});

		describe('bad input is refused before any request', () => {
			it.each<[string, IDataObject, RegExp]>([
				[
					'11 tracking entries',
					{ trackingInfo: { entry: entries(11) } },
					/^Tracking Info: has 11 entries; SHOPLINE accepts at most 10$/,
				],
				[
					'11 tracking entries with All Unfulfilled (not even the GET)',
					{ lineItemsSource: 'allUnfulfilled', trackingInfo: { entry: entries(11) } },
					/^Tracking Info: has 11 entries/,
				],
				[
					'a tracking entry without a number',
					{ trackingInfo: { entry: [UPS, { trackingCompany: 'DHL', trackingNumber: ' ' }] } },
					/^Tracking Info\[1\]\.trackingNumber: is required$/,
				],
				[
					'an order name as the order ID',
					{ orderId: '#1001' },
					/^Order ID: must be SHOPLINE's numeric ID/,
				],
				['no line items', { lineItems: {} }, /^Line Items: is empty$/],
				[
					'a line item ID that is not digits',
					{ lineItems: { item: [{ id: 'abc', quantity: 1 }] } },
					/^Line Items\[0\]\.id: must be a numeric ID, digits only \(got "abc"\)$/,
				],
				[
					'a line item ID blank by expression',
					{ lineItems: { item: [{ id: BLANK, quantity: 1 }] } },
					/^Line Items\[0\]\.id: is required$/,
				],
				[
					'a line item ID past the long range',
					{ lineItems: { item: [{ id: '9223372036854775808', quantity: 1 }] } },
					/^Line Items\[0\]\.id: is larger than a SHOPLINE line item ID can be/,
				],
				[
					'quantity 0',
					{ lineItems: { item: [{ id: LINES.unshipped[0], quantity: 0 }] } },
					/^Line Items\[0\]\.quantity: must be a whole number of at least 1 \(got 0\)$/,
				],
				[
					'JSON: an unsafe number ID',
					{
						lineItemsSource: 'json',
						lineItemsJson: '[{"id": 12345678901234567890, "quantity": 1}]',
					},
					/^Line Items\[0\]\.id: is a number too large to be exact/,
				],
				[
					'JSON: not JSON',
					{ lineItemsSource: 'json', lineItemsJson: '[{"id":' },
					/^Line Items \(JSON\): is not valid JSON$/,
				],
				['JSON: empty', { lineItemsSource: 'json', lineItemsJson: '[]' }, /^Line Items: is empty$/],
				[
					'JSON: quantity 1.5',
					{
						lineItemsSource: 'json',
						lineItemsJson: `[{"id": "${LINES.unshipped[0]}", "quantity": 1.5}]`,
					},
					/^Line Items\[0\]\.quantity: must be a whole number/,
				],
			])('%s', async (_why, parameters, message) => {
				const { error } = await fulfillment('create', {
					orderId: SEED.unshipped,
					lineItems: { item: [{ id: LINES.unshipped[0], quantity: 1 }] },
					...parameters,
				});

				expect(error?.message).toMatch(message);
				expect(await sandbox.journal()).toEqual([]);
			});

			it('10 tracking entries are accepted', async () => {
				const { error } = await fulfillment('create', {
					orderId: SEED.unshipped,
					lineItems: { item: [{ id: LINES.unshipped[0], quantity: 1 }] },
					trackingInfo: { entry: entries(10) },
				});

				expect(error).toBeUndefined();
				expect(
					((await requests())[0].body as { fulfillment: { tracking_info_list: unknown[] } })
						.fulfillment.tracking_info_list,
				).toHaveLength(10);
			});
		});

		describe('sent once: failures after sending are never retried by the node', () => {
			const create = (extra: IDataObject = {}) =>
				fulfillment('create', {
					orderId: SEED.unshipped,
					lineItems: { item: [{ id: LINES.unshipped[0], quantity: 1 }] },
					...extra,
				});

			it('a 500 answer: exactly one POST, then an error that says it may have been created', async () => {
				await faultPost(sandbox, 'shopline', `/orders/${SEED.unshipped}/fulfillments.json`, {
					kind: 'status',
					status: 500,
					count: 5,
				});
				const { error } = await create();

				expect(error?.message).toMatch(
					/^SHOPLINE failed while creating the fulfillment \(HTTP 500\)/,
				);
				expect(error?.description).toMatch(/may or may not have been created/);
				expect(error?.description).toMatch(/Retry On Fail/);
				expect((await requests()).filter((r) => r.method === 'POST')).toHaveLength(1);
			});

			it('no answer within the 1 s timeout: exactly one POST, then a clear error', async () => {
				await faultPost(sandbox, 'shopline', `/orders/${SEED.unshipped}/fulfillments.json`, {
					kind: 'hang',
					count: 5,
				});
				const { error } = await create({ requestOptions: { timeout: 1000 } });

				expect(error?.message).toBe(
					'SHOPLINE did not answer the request to create the fulfillment',
				);
				expect(error?.description).toMatch(/may or may not have been created \(.*timeout.*\)/i);
				expect(await postsTo(sandbox, 'shopline')).toHaveLength(1);
			});

			it('a 4xx refusal is shown as SHOPLINE said it (nothing was created)', async () => {
				const { error } = await create({
					lineItems: { item: [{ id: LINES.unshipped[0], quantity: 99 }] },
				});

				expect(error?.name).toBe('NodeApiError');
				expect(Number((error as { httpCode?: string }).httpCode)).toBeGreaterThanOrEqual(400);
				expect(error?.message).not.toMatch(/^SHOPLINE answered HTTP/);
				expect(error?.message).not.toMatch(/may or may not/);
				expect((await requests()).filter((r) => r.method === 'POST')).toHaveLength(1);
			});

			it('continueOnFail: the failed item becomes an error item paired with its input; the next item still runs', async () => {
				const { items, error } = await fulfillment(
					'create',
					{
						orderId: '={{ $json.order }}',
						lineItems: { item: [{ id: LINES.unshipped[0], quantity: 1 }] },
					},
					{ items: [{ order: '#1001' }, { order: SEED.unshipped }], continueOnFail: true },
				);

				expect(error).toBeUndefined();
				expect(items).toHaveLength(2);
				expect(items[0].json.error).toMatch(/^Order ID: must be SHOPLINE's numeric ID/);
				expect(items[0].pairedItem).toEqual({ item: 0 });
				expect(items[1].json).toMatchObject({ order_id: SEED.unshipped, status: 'success' });
				expect(items[1].pairedItem).toEqual({ item: 1 });
				expect((await requests()).filter((r) => r.method === 'POST')).toHaveLength(1);
			});
		});
	});

	describe('reads', () => {
		it('Get Many: GET orders/{id}/fulfillments.json, one item per fulfillment', async () => {
			const expected = await api<{ fulfillments: IDataObject[] }>(
				`/orders/${SEED.partial}/fulfillments.json`,
			);
			const { items, error } = await fulfillment('getAll', { orderId: SEED.partial });

			expect(error).toBeUndefined();
			expect(expected.fulfillments).toHaveLength(1);
			expect(items.map((i) => i.json)).toEqual(expected.fulfillments);
			expect(items[0].json.id).toBe(SHOPLINE_SEED.fulfillments.partial);
			expect(await requests()).toEqual([
				{
					method: 'GET',
					path: `/orders/${SEED.partial}/fulfillments.json`,
					query: {},
					body: null,
					status: 200,
					...main,
				},
			]);
		});

		it('Get Many of an order without fulfillments: no items', async () => {
			const { items, error } = await fulfillment('getAll', { orderId: SEED.unshipped });

			expect(error).toBeUndefined();
			expect(items).toEqual([]);
		});

		it('Count: GET orders/{id}/fulfillments/count.json → {count}', async () => {
			const { items, error } = await fulfillment('count', { orderId: SEED.partial });

			expect(error).toBeUndefined();
			expect(items.map((i) => i.json)).toEqual([{ count: 1 }]);
			expect(await requests()).toEqual([
				{
					method: 'GET',
					path: `/orders/${SEED.partial}/fulfillments/count.json`,
					query: {},
					body: null,
					status: 200,
					...main,
				},
			]);
		});
	});

	describe('Cancel and Update Tracking', () => {
		const F = SHOPLINE_SEED.fulfillments.partial;

		it('Cancel: POST orders/{id}/fulfillments/{fid}/cancel.json with {}; the cancelled fulfillment', async () => {
			const { items, error } = await fulfillment('cancel', {
				orderId: SEED.partial,
				fulfillmentId: F,
			});

			expect(error).toBeUndefined();
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({ id: F, status: 'cancelled' });
			expect(await requests()).toEqual([
				{
					method: 'POST',
					path: `/orders/${SEED.partial}/fulfillments/${F}/cancel.json`,
					query: {},
					body: {},
					status: 200,
					...main,
				},
			]);
		});

		it('Update Tracking: POST .../update_tracking.json {fulfillment: {tracking_info_list, notify_customer}}', async () => {
			const { items, error } = await fulfillment('updateTracking', {
				orderId: SEED.partial,
				fulfillmentId: F,
				trackingInfo: {
					entry: [UPS, { trackingNumber: 'LX123456789CN', trackingCompany: '', trackingUrl: '' }],
				},
				notifyCustomer: true,
			});

			expect(error).toBeUndefined();
			const list = [UPS_SENT, { tracking_number: 'LX123456789CN' }];
			expect(items[0].json).toMatchObject({ id: F, tracking_info_list: list });
			expect(await requests()).toEqual([
				{
					method: 'POST',
					path: `/orders/${SEED.partial}/fulfillments/${F}/update_tracking.json`,
					query: {},
					body: { fulfillment: { tracking_info_list: list, notify_customer: true } },
					status: 200,
					...main,
				},
			]);
		});

		it('Update Tracking with 10 entries: all ten sent, the tenth as given', async () => {
			const ten = entries(10);
			const { error } = await fulfillment('updateTracking', {
				orderId: SEED.partial,
				fulfillmentId: F,
				trackingInfo: { entry: ten },
			});

			expect(error).toBeUndefined();
			const sent = (
				(await requests())[0].body as { fulfillment: { tracking_info_list: IDataObject[] } }
			).fulfillment.tracking_info_list;
			expect(sent).toHaveLength(10);
			expect(sent[9]).toMatchObject({
				tracking_company: 'UPS',
				tracking_number: ten[9].trackingNumber,
			});
		});

		it.each<[string, IDataObject, RegExp]>([
			[
				'11 entries',
				{ trackingInfo: { entry: entries(11) } },
				/^Tracking Info: has 11 entries; SHOPLINE accepts at most 10$/,
			],
			['no entries', { trackingInfo: {} }, /^Tracking Info: is empty$/],
			[
				'a fulfillment ID that is not digits',
				{ fulfillmentId: 'F-1' },
				/^Fulfillment ID: must be SHOPLINE's numeric ID/,
			],
		])(
			'Update Tracking with %s is refused before any request',
			async (_why, parameters, message) => {
				const { error } = await fulfillment('updateTracking', {
					orderId: SEED.partial,
					fulfillmentId: F,
					trackingInfo: { entry: [UPS] },
					...parameters,
				});

				expect(error?.message).toMatch(message);
				expect(await sandbox.journal()).toEqual([]);
			},
		);
	});

	describe('line item picker (loadOptions)', () => {
		it('lists the order’s line items by ID, from orders.json?ids=', async () => {
			const order = await orderOf(SEED.unshipped);
			const options = await kit.loadOptions('getOrderLineItems', {
				resource: 'fulfillment',
				operation: 'create',
				orderId: SEED.unshipped,
			});

			expect(options.map((o) => o.value)).toEqual(
				(order.line_items as IDataObject[]).map((l) => String(l.id)),
			);
			expect(options[0].name).toMatch(/Sandbox T-Shirt/);
			expect(options[0].description).toMatch(/1 left to ship/);
			expect(await requests()).toEqual([orderRead(SEED.unshipped)]);
		});

		it('no order ID yet: an empty list and no request', async () => {
			expect(
				await kit.loadOptions('getOrderLineItems', {
					resource: 'fulfillment',
					operation: 'create',
					orderId: '',
				}),
			).toEqual([]);
			expect(await sandbox.journal()).toEqual([]);
		});
	});
});
