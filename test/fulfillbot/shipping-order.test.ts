import type { IDataObject, IHttpRequestOptions, ILoadOptionsFunctions, INode } from 'n8n-workflow';

import { getRecipientShippingChannels } from '../../nodes/Fulfillbot/helpers/shippingChannels';
import { FULFILLBOT_KEYS } from '../../sandbox/src';
import { expectCreateFailed, expectOneHungPost, faultPost, postsTo } from '../support/createFaults';
import { useSandbox } from '../support/sandbox';
import { answered, BLANK, type FulfillbotRunOptions, fulfillbotTestKit } from './support';

const sandbox = useSandbox({ rateLimits: { fulfillbot: null } });
const fb = fulfillbotTestKit(sandbox);
const { requests, call } = fb;

const TYPED_RECIPIENT = {
	recipientSource: 'fields',
	recipientName: 'Jane Roe',
	recipientPhone: '+44 20 7946 0000',
	recipientCountry: 'GB',
	recipientState: '',
	recipientCity: 'London',
	recipientAddress: '1 High St',
	recipientZipCode: 'SW1A 1AA',
};

const shippingOrder = (
	operation: string,
	parameters?: IDataObject,
	options?: FulfillbotRunOptions,
) => fb.run('shippingOrder', operation, parameters, options);

const records = (data: unknown): IDataObject[] =>
	Array.isArray(data) ? data : ((data as { items?: IDataObject[] }).items ?? []);

/** Packages in the warehouse: a purchase order placed and advanced to in_warehouse. */
async function packagesInWarehouse(): Promise<IDataObject[]> {
	const order = await call('POST', '/orders', {
		items: [{ productId: '12345', skuId: 's001', quantity: 1 }],
	});
	for (let i = 0; i < 4; i++)
		await sandbox.advance({ api: 'fulfillbot', kind: 'order', id: String(order.orderNo) });
	const shippable = records(await call('GET', '/warehouse/packages/shippable?page=1&limit=100'));
	const mine = shippable.filter((p) => p.orderId === order.orderNo);
	if (!mine.length)
		throw new Error(
			`no shippable package for ${String(order.orderNo)}: ${JSON.stringify(shippable)}`,
		);
	return mine;
}

interface Fixture {
	packages: IDataObject[];
	address: IDataObject;
	channelId: string;
}

/** Packages, a saved address and a channel for its country; the journal is cleared after. */
async function fixture(): Promise<Fixture> {
	const packages = await packagesInWarehouse();
	const address = records(await call('GET', '/user/addresses'))[0];
	const weight = packages.reduce((sum, p) => sum + Number(p.weight), 0);
	const channels = records(
		await call(
			'GET',
			`/logistics/shipping-methods?country=${String(address.country)}&weight=${weight}`,
		),
	);
	await sandbox.clearJournal();
	return { packages, address, channelId: String(channels[0].channelId) };
}

async function createdShippingOrder(f: Fixture): Promise<IDataObject> {
	const order = await call('POST', '/shipping/create', {
		items: f.packages.map((p) => ({ inventoryId: p.id, quantity: p.quantity })),
		logisticsChannelId: f.channelId,
		recipientName: 'Jane Roe',
		recipientPhone: '+1-555-0100',
		recipientCountry: String(f.address.country),
		recipientCity: 'Los Angeles',
		recipientAddress: '1 Main St',
		recipientZipCode: '90001',
	});
	await sandbox.clearJournal();
	return order;
}

describe('Fulfillbot › Shipping Order', () => {
	describe('Create', () => {
		it('from a saved address: reads GET /user/addresses once, then POST /shipping/create with the mapped recipient', async () => {
			const f = await fixture();
			const { items, error } = await shippingOrder('create', {
				items: { item: f.packages.map((p) => ({ inventoryId: p.id, quantity: p.quantity })) },
				recipientSource: 'savedAddress',
				addressId: f.address.id,
				logisticsChannelId: f.channelId,
				remark: 'Fragile',
			});

			expect(error).toBeUndefined();
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({ status: 'pending' });
			expect(items[0].json.orderNo).toEqual(expect.any(String));
			const a = f.address;
			expect(await requests()).toEqual([
				{ method: 'GET', path: '/user/addresses', query: {}, body: null, status: 200 },
				{
					method: 'POST',
					path: '/shipping/create',
					query: {},
					body: {
						items: f.packages.map((p) => ({ inventoryId: p.id, quantity: p.quantity })),
						logisticsChannelId: f.channelId,
						recipientName: a.name,
						recipientPhone: a.phone,
						recipientCountry: a.country,
						...(a.state ? { recipientState: a.state } : {}),
						recipientCity: a.city,
						recipientAddress: a.address,
						recipientZipCode: a.zipCode,
						remark: 'Fragile',
					},
					status: 201,
				},
			]);
		});

		it('with a typed recipient and items as JSON text ids: one POST, trimmed fields, no state/remark when blank', async () => {
			const f = await fixture();
			const { items, error } = await shippingOrder('create', {
				inputMode: 'json',
				itemsJson: JSON.stringify(
					f.packages.map((p) => ({ inventoryId: String(p.id), quantity: String(p.quantity) })),
				),
				...TYPED_RECIPIENT,
				recipientCountry: String(f.address.country),
				recipientName: '  Jane Roe ',
				logisticsChannelId: f.channelId,
			});

			expect(error).toBeUndefined();
			expect(items[0].json).toMatchObject({ status: 'pending' });
			expect(await requests()).toEqual([
				{
					method: 'POST',
					path: '/shipping/create',
					query: {},
					body: {
						items: f.packages.map((p) => ({ inventoryId: p.id, quantity: p.quantity })),
						logisticsChannelId: f.channelId,
						recipientName: 'Jane Roe',
						recipientPhone: TYPED_RECIPIENT.recipientPhone,
						recipientCountry: f.address.country,
						recipientCity: 'London',
						recipientAddress: '1 High St',
						recipientZipCode: 'SW1A 1AA',
					},
					status: 201,
				},
			]);
		});

		describe('bad input is refused before any request', () => {
			const valid = {
				items: { item: [{ inventoryId: 101, quantity: 1 }] },
				...TYPED_RECIPIENT,
				logisticsChannelId: 'ch-001',
			};
			it.each<[string, IDataObject, RegExp]>([
				['no items', { items: {} }, /^Items: is empty$/],
				[
					'inventoryId 0',
					{
						items: {
							item: [
								{ inventoryId: 101, quantity: 1 },
								{ inventoryId: 0, quantity: 1 },
							],
						},
					},
					/^Items\[1\]\.inventoryId: must be a whole number of at least 1 \(got 0\)$/,
				],
				[
					'quantity 0',
					{ items: { item: [{ inventoryId: 101, quantity: 0 }] } },
					/^Items\[0\]\.quantity: must be a whole number of at least 1 \(got 0\)$/,
				],
				[
					'inventoryId not an integer (JSON)',
					{ inputMode: 'json', itemsJson: '[{"inventoryId":"abc","quantity":1}]' },
					/^Items\[0\]\.inventoryId: must be a whole number/,
				],
				[
					'inventoryId missing (JSON)',
					{ inputMode: 'json', itemsJson: '[{"quantity":1}]' },
					/^Items\[0\]\.inventoryId: is required$/,
				],
				[
					'quantity 2.5 (JSON)',
					{ inputMode: 'json', itemsJson: '[{"inventoryId":101,"quantity":2.5}]' },
					/^Items\[0\]\.quantity: must be a whole number/,
				],
				[
					'country in lower case',
					{ recipientCountry: 'us' },
					/^Recipient Country: must be a two-letter country code in capitals/,
				],
				[
					'country with three letters',
					{ recipientCountry: 'USA' },
					/^Recipient Country: must be a two-letter country code/,
				],
				[
					'country blank by expression',
					{ recipientCountry: BLANK },
					/^Recipient Country: is required$/,
				],
				['recipient name blank', { recipientName: BLANK }, /^Recipient Name: is required$/],
				[
					'recipient phone blank',
					{ recipientPhone: '={{ "  " }}' },
					/^Recipient Phone: is required$/,
				],
				['recipient city blank', { recipientCity: BLANK }, /^Recipient City: is required$/],
				[
					'recipient address blank',
					{ recipientAddress: BLANK },
					/^Recipient Address: is required$/,
				],
				[
					'recipient zip code blank',
					{ recipientZipCode: BLANK },
					/^Recipient Zip Code: is required$/,
				],
				['channel blank', { logisticsChannelId: BLANK }, /^Logistics Channel: is required$/],
			])('%s', async (_case, parameters, message) => {
				const { items, error } = await shippingOrder('create', {
					inputMode: 'fields',
					...valid,
					...parameters,
				});

				expect(items).toEqual([]);
				expect(error?.message).toMatch(message);
				expect(error?.description).toEqual(expect.any(String));
				expect(await requests()).toEqual([]);
			});

			it('a saved address ID that does not exist: only the address read, no create', async () => {
				const { error } = await shippingOrder('create', {
					...valid,
					recipientSource: 'savedAddress',
					addressId: 987654,
				});

				expect(error?.message).toBe('Saved Address: no saved address has ID 987654');
				expect((await requests()).map((r) => `${r.method} ${r.path}`)).toEqual([
					'GET /user/addresses',
				]);
			});
		});

		describe('never sent twice', () => {
			const create = (extra: { continueOnFail?: boolean; items?: IDataObject[] } = {}) =>
				shippingOrder(
					'create',
					{
						items: { item: [{ inventoryId: 101, quantity: 1 }] },
						...TYPED_RECIPIENT,
						logisticsChannelId: 'ch-001',
						requestOptions: { timeout: 1000 },
					},
					extra,
				);

			it.each([500, 502])(
				'HTTP %i from POST /shipping/create: exactly one POST and a NodeApiError',
				async (status) => {
					await faultPost(sandbox, 'fulfillbot', '/shipping/create', {
						kind: 'status',
						status,
						count: 5,
					});
					const result = await create();

					expectCreateFailed(
						result,
						status,
						new RegExp(`^Fulfillbot failed while creating the shipping order \\(HTTP ${status}\\)`),
					);
					expect(result.error?.description).toMatch(
						/may or may not have been created.*Shipping Order → Get Many.*"Retry On Fail" off/,
					);
					expect(await sandbox.journal('fulfillbot')).toHaveLength(1);
				},
			);

			it('no answer (hang) with a 1 s request timeout: exactly one POST, then a clear NodeApiError', async () => {
				await faultPost(sandbox, 'fulfillbot', '/shipping/create', { kind: 'hang', count: 5 });
				const { error } = await create();

				expect(error?.name).toBe('NodeApiError');
				expect(error?.message).toBe(
					'Fulfillbot did not answer the request to create the shipping order',
				);
				expect(error?.description).toMatch(/timeout of 1000ms exceeded/);
				await expectOneHungPost(sandbox, 'fulfillbot', '/shipping/create');
			});

			it('continueOnFail: error items paired with their inputs, one POST each', async () => {
				await faultPost(sandbox, 'fulfillbot', '/shipping/create', {
					kind: 'status',
					status: 502,
					count: 2,
				});
				const { items, error } = await create({
					continueOnFail: true,
					items: [{ n: 1 }, { n: 2 }],
				});

				expect(error).toBeUndefined();
				expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
				expect(
					items.every((i) =>
						/Fulfillbot failed while creating the shipping order \(HTTP 502\)/.test(
							String(i.json.error),
						),
					),
				).toBe(true);
				expect(await postsTo(sandbox, 'fulfillbot')).toHaveLength(2);
			});
		});
	});

	describe('reads and actions', () => {
		it('Get Many: GET /shipping/orders?page=1&limit=50, one item per order; Limit 1 → one request for 1', async () => {
			const f = await fixture();
			const order = await createdShippingOrder(f);
			const { items, error } = await shippingOrder('getAll');

			expect(error).toBeUndefined();
			expect(items.map((i) => i.json.orderNo)).toContain(order.orderNo);
			expect(await requests()).toEqual([
				answered('GET', '/shipping/orders', { page: '1', limit: '50' }),
			]);

			await sandbox.clearJournal();
			const limited = await shippingOrder('getAll', { returnAll: false, limit: 1 });
			expect(limited.items).toHaveLength(1);
			expect((await requests()).map((r) => r.query)).toEqual([{ page: '1', limit: '1' }]);
		});

		it('Get Many with Return All: page size 100', async () => {
			const { error } = await shippingOrder('getAll', { returnAll: true });

			expect(error).toBeUndefined();
			expect((await requests()).map((r) => r.query)).toEqual([{ page: '1', limit: '100' }]);
		});

		it('Get: GET /shipping/orders/:id', async () => {
			const order = await createdShippingOrder(await fixture());
			const expected = await call('GET', `/shipping/orders/${String(order.orderNo)}`);
			await sandbox.clearJournal();
			const { items, error } = await shippingOrder('get', {
				shippingOrderId: ` ${String(order.orderNo)} `,
			});

			expect(error).toBeUndefined();
			expect(items.map((i) => i.json)).toEqual([expected]);
			expect(await requests()).toEqual([
				answered('GET', `/shipping/orders/${String(order.orderNo)}`),
			]);
		});

		it('Cancel: POST /shipping/orders/:id/cancel', async () => {
			const order = await createdShippingOrder(await fixture());
			const { items, error } = await shippingOrder('cancel', {
				shippingOrderId: String(order.orderNo),
			});

			expect(error).toBeUndefined();
			expect(items[0].json).toMatchObject({ status: 'cancelled' });
			expect(await requests()).toEqual([
				answered('POST', `/shipping/orders/${String(order.orderNo)}/cancel`),
			]);
		});

		it('Confirm Delivery: POST /shipping/orders/:id/confirm-delivery once shipped', async () => {
			const order = await createdShippingOrder(await fixture());
			await sandbox.advance({
				api: 'fulfillbot',
				kind: 'shipping-order',
				id: String(order.orderNo),
			});
			await sandbox.clearJournal();
			const { items, error } = await shippingOrder('confirmDelivery', {
				shippingOrderId: String(order.orderNo),
			});

			expect(error).toBeUndefined();
			expect(items[0].json).toMatchObject({ status: 'delivered' });
			expect(await requests()).toEqual([
				answered('POST', `/shipping/orders/${String(order.orderNo)}/confirm-delivery`),
			]);
		});

		it('a blank shipping order ID is refused before any request', async () => {
			const { error } = await shippingOrder('cancel', { shippingOrderId: BLANK });

			expect(error?.message).toBe('Shipping Order ID: is required');
			expect(await requests()).toEqual([]);
		});
	});

	describe('channel picker (getRecipientShippingChannels)', () => {
		/** The picker with the node's current parameters, over real HTTP to the sandbox. */
		function picker(parameters: IDataObject) {
			const context = {
				getCredentials: async () => ({
					apiKey: FULFILLBOT_KEYS.all,
					baseUrl: `${sandbox.fulfillbotBaseUrl}/`,
				}),
				getCurrentNodeParameter: (name: string) => parameters[name],
				getNode: () => ({ name: 'Fulfillbot' }) as INode,
				helpers: {
					async httpRequestWithAuthentication(_type: string, options: IHttpRequestOptions) {
						const url = new URL(`${String(options.baseURL)}${options.url}`);
						for (const [k, v] of Object.entries(options.qs ?? {}))
							url.searchParams.set(k, String(v));
						const response = await fetch(url, {
							headers: { Authorization: `Bearer ${FULFILLBOT_KEYS.all}` },
						});
						return { statusCode: response.status, headers: {}, body: await response.json() };
					},
				},
			};
			return getRecipientShippingChannels.call(context as unknown as ILoadOptionsFunctions);
		}

		it('typed country and weight: GET /logistics/shipping-methods?country=&weight=', async () => {
			const options = await picker({
				recipientSource: 'fields',
				recipientCountry: 'US',
				weight: 1500,
			});

			expect(options.length).toBeGreaterThan(0);
			expect(options.every((o) => typeof o.value === 'string' && o.value)).toBe(true);
			expect(await requests()).toEqual([
				answered('GET', '/logistics/shipping-methods', { country: 'US', weight: '1500' }),
			]);
		});

		it('saved address: its country, read from GET /user/addresses', async () => {
			const address = records(await call('GET', '/user/addresses'))[0];
			await sandbox.clearJournal();
			await picker({ recipientSource: 'savedAddress', addressId: address.id, weight: 0 });

			expect((await requests()).map((r) => [r.path, r.query])).toEqual([
				['/user/addresses', {}],
				['/logistics/shipping-methods', { country: address.country }],
			]);
		});
	});
});
