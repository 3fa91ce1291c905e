import type { IDataObject } from 'n8n-workflow';

import { S2, S2_SEED } from '../../sandbox/src';
import * as faults from '../support/createFaults';
import { useSandbox } from '../support/sandbox';
import { BLANK, s2TestKit, type S2RunOptions, wireOf } from './support';

const sandbox = useSandbox();
const s2 = s2TestKit(sandbox);
const { requests } = s2;
const A = S2_SEED.orgA;

const fulfillment = (operation: string, parameters?: IDataObject, options?: S2RunOptions) =>
	s2.run('fulfillment', operation, parameters, options);

/** Seed 002's address, as node parameters and as the body's Address Object. */
const DOCS_ADDRESS_PARAMETERS = {
	addressName: 'test',
	addressCompany: 'test company',
	address1: 'test address',
	address2: 'test address2',
	addressCity: 'test city',
	addressState: 'test',
	addressPostalCode: '123456',
	addressCountryId: 'CN',
	addressPhone: '123456',
	addressEmail: '',
};
const DOCS_ADDRESS = {
	name: 'test',
	company: 'test company',
	address1: 'test address',
	address2: 'test address2',
	city: 'test city',
	state: 'test',
	postalCode: '123456',
	countryId: 'CN',
	phone: '123456',
	email: '',
};
const LABEL = `${S2.orgA}/2024-04-24/shipping_label/Snipaste_2024_04_15_13_37_25_wgfZCvetlGQmtEBqnQ__m.png`;
const ATTACHMENT = {
	fileName: '听雨 (24 x 26.25)_PFPWig.jpg',
	path: `${S2.orgA}/2024-04-24/fulfillment/听雨__24_x_26.25__PFPWig_bdsL5YZcA8A5Wcfshhj3E.jpg`,
};
const ITEMS = [
	{ productId: A.products[0], quantity: 2 },
	{ productId: A.products[1], quantity: 1 },
];

/** Seed 002's request body with the seeded ids in place of the docs' (truncated) ones. */
const DOCS_REQUEST = {
	orderId: A.orders.unfulfilled,
	address: DOCS_ADDRESS,
	warehouseId: A.warehouses[0],
	channelFulfillmentId: null,
	orderAccountId: A.accounts.testAccount,
	accountCode: 'test_account_code',
	orderType: 0,
	shippingMethod: 'Expedited',
	items: ITEMS,
	shipments: [{ items: ITEMS, prepaidLabels: [{ filePath: LABEL }], shippingCarrierId: 'OTHER' }],
	attachments: [ATTACHMENT],
	additionalReferenceIds: [],
};

/** Minimal valid create: the address and two items, everything else default. */
const MINIMAL = { ...DOCS_ADDRESS_PARAMETERS, items: { item: ITEMS } };

async function fulfillmentsWith(channelFulfillmentId: string): Promise<IDataObject[]> {
	return ((await sandbox.state()).s2.fulfillments as IDataObject[]).filter(
		(f) => f.channelFulfillmentId === channelFulfillmentId,
	);
}

describe('S2 › Fulfillment', () => {
	describe('Create', () => {
		it('reproduces S2’s documented example request field for field from node parameters (seeded ids), headers included', async () => {
			const { items, error } = await fulfillment('create', {
				...DOCS_ADDRESS_PARAMETERS,
				shippingMethod: 'Expedited',
				items: { item: ITEMS },
				shipments: {
					shipment: [
						{
							items: { item: ITEMS },
							prepaidLabels: { label: [{ filePath: LABEL }] },
							shippingCarrierId: 'OTHER',
							trackingNumber: '',
						},
					],
				},
				attachments: { attachment: [ATTACHMENT] },
				additionalFields: {
					orderId: A.orders.unfulfilled,
					warehouseId: A.warehouses[0],
					orderAccountId: A.accounts.testAccount,
					accountCode: 'test_account_code',
					orderType: 0,
				},
			});

			expect(error).toBeUndefined();
			const journal = await sandbox.journal('s2');
			expect(journal).toHaveLength(1);
			const [entry] = journal;
			expect(entry).toMatchObject({
				method: 'POST',
				path: '/fulfillment',
				query: {},
				status: expect.any(Number),
			});
			expect(entry.status).toBeLessThan(300);
			expect(entry.headers.authorization).toBe('Bearer s2-***');
			expect(entry.headers['x-s2-organization']).toBe(S2.orgA);
			expect(entry.headers['content-type']).toMatch(/^application\/json/);
			// The two optional fields the docs' example sends empty (channelFulfillmentId null,
			// additionalReferenceIds []) are left out when not set, as the docs allow.
			const sent: IDataObject = { ...DOCS_REQUEST };
			delete sent.channelFulfillmentId;
			delete sent.additionalReferenceIds;
			expect(entry.body).toEqual(sent);
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({
				status: 'CREATED',
				address: DOCS_ADDRESS,
				shippingMethod: 'Expedited',
				orderId: A.orders.unfulfilled,
			});
			expect(items[0].json.id).toEqual(expect.any(String));
			expect(items[0].pairedItem).toEqual({ item: 0 });
			// The node returns what S2 answered, and S2 has it (GET adds fields such as shippingQuotes).
			expect(await s2.get(`/fulfillment/${String(items[0].json.id)}`)).toMatchObject(items[0].json);
		});

		it('defaults: shippingMethod "standard", no shipment given → one shipment with all items, no labels, carrier OTHER; attachments []', async () => {
			const { items, error } = await fulfillment('create', MINIMAL);

			expect(error).toBeUndefined();
			expect(items[0].json.status).toBe('CREATED');
			expect(await requests()).toEqual([
				{
					method: 'POST',
					path: '/fulfillment',
					query: {},
					body: {
						address: DOCS_ADDRESS,
						shippingMethod: 'standard',
						items: ITEMS,
						shipments: [{ items: ITEMS, prepaidLabels: [], shippingCarrierId: 'OTHER' }],
						attachments: [],
					},
					status: expect.any(Number),
				},
			]);
		});

		it('all optional fields, sent only when set: channelFulfillmentId, rmaId-free standalone, method, signature, note, reference IDs; country code upper-cased', async () => {
			const { error } = await fulfillment('create', {
				...MINIMAL,
				addressCountryId: ' cn ',
				channelFulfillmentId: ' SHOP-1001-F1 ',
				additionalFields: {
					orderAccountId: A.accounts.sandboxStore,
					orderType: 1,
					method: 2,
					signatureRequired: true,
					customerNote: 'Leave at the back door',
					additionalReferenceIds: 'PO-77, INV-12',
				},
			});

			expect(error).toBeUndefined();
			const [entry] = await requests();
			expect(entry.body).toEqual({
				address: DOCS_ADDRESS,
				shippingMethod: 'standard',
				items: ITEMS,
				shipments: [{ items: ITEMS, prepaidLabels: [], shippingCarrierId: 'OTHER' }],
				attachments: [],
				channelFulfillmentId: 'SHOP-1001-F1',
				orderAccountId: A.accounts.sandboxStore,
				orderType: 1,
				method: 2,
				signatureRequired: true,
				customerNote: 'Leave at the back door',
				additionalReferenceIds: ['PO-77', 'INV-12'],
			});
			expect(await fulfillmentsWith('SHOP-1001-F1')).toHaveLength(1);
		});

		it('items and shipments as JSON from an earlier node: split over two shipments, labels as URLs, a tracking number', async () => {
			const { error } = await fulfillment('create', {
				...DOCS_ADDRESS_PARAMETERS,
				itemsInputMode: 'json',
				itemsJson: JSON.stringify([
					{ productId: A.products[0], quantity: '2' },
					{ productId: A.products[1], quantity: 1 },
				]),
				shipmentsInputMode: 'json',
				shipmentsJson: JSON.stringify([
					{
						items: [{ productId: A.products[0], quantity: 1 }],
						prepaidLabels: ['https://labels.example.com/1.pdf'],
						shippingCarrierId: 'UPS',
						trackingNumber: '1Z999',
					},
					{
						items: [
							{ productId: A.products[0], quantity: 1 },
							{ productId: A.products[1], quantity: 1 },
						],
						prepaidLabels: [],
					},
				]),
			});

			expect(error).toBeUndefined();
			expect((await requests())[0].body).toMatchObject({
				items: ITEMS,
				shipments: [
					{
						items: [{ productId: A.products[0], quantity: 1 }],
						prepaidLabels: [{ filePath: 'https://labels.example.com/1.pdf' }],
						shippingCarrierId: 'UPS',
						trackingNumber: '1Z999',
					},
					{
						items: ITEMS.map((i) => ({ ...i, quantity: 1 })),
						prepaidLabels: [],
						shippingCarrierId: 'OTHER',
					},
				],
			});
		});

		it('a single shipment without items of its own carries all items (e.g. just to attach a label)', async () => {
			const { error } = await fulfillment('create', {
				...MINIMAL,
				shipments: {
					shipment: [
						{ prepaidLabels: { label: [{ filePath: LABEL }] }, shippingCarrierId: 'FEDEX' },
					],
				},
			});

			expect(error).toBeUndefined();
			expect((await requests())[0].body).toMatchObject({
				shipments: [
					{ items: ITEMS, prepaidLabels: [{ filePath: LABEL }], shippingCarrierId: 'FEDEX' },
				],
			});
		});

		describe('bad input is refused before any request', () => {
			it.each<[string, IDataObject, RegExp]>([
				[
					'missing address field (city blank by expression)',
					{ addressCity: BLANK },
					/^Address City: is required$/,
				],
				['missing recipient name', { addressName: BLANK }, /^Address Name: is required$/],
				[
					'country that is not ISO alpha-2',
					{ addressCountryId: 'XX' },
					/^Address Country: must be an ISO 3166-1 alpha-2 country code .*\(got "XX"\)$/,
				],
				[
					'country given as a name',
					{ addressCountryId: 'Canada' },
					/^Address Country: must be an ISO 3166-1 alpha-2/,
				],
				['bad email', { addressEmail: 'not-an-email' }, /^Address Email: is not an email address/],
				['no items', { items: {} }, /^Items: is empty$/],
				['empty JSON items', { itemsInputMode: 'json', itemsJson: '[]' }, /^Items: is empty$/],
				[
					'items JSON that is not JSON',
					{ itemsInputMode: 'json', itemsJson: '[{"productId":' },
					/^Items \(JSON\): is not valid JSON$/,
				],
				[
					'shipments JSON that is not JSON',
					{ shipmentsInputMode: 'json', shipmentsJson: '{items' },
					/^Shipments \(JSON\): is not valid JSON$/,
				],
				[
					'item without product',
					{ items: { item: [{ productId: ' ', quantity: 1 }] } },
					/^Items\[0\]\.productId: is required$/,
				],
				[
					'quantity 0',
					{ items: { item: [{ productId: A.products[0], quantity: 0 }] } },
					/^Items\[0\]\.quantity: must be a whole number of at least 1 \(got 0\)$/,
				],
				[
					'shipment quantities that do not add up',
					{
						shipments: {
							shipment: [
								{
									items: {
										item: [
											{ productId: A.products[0], quantity: 1 },
											{ productId: A.products[1], quantity: 1 },
										],
									},
								},
							],
						},
					},
					new RegExp(
						`^Shipments: item quantities do not add up to Items \\(product ${A.products[0]}: 2 in Items, 1 in Shipments\\)$`,
					),
				],
				[
					'a product shipped that is not in Items',
					{
						shipmentsInputMode: 'json',
						shipmentsJson: JSON.stringify([
							{ items: [...ITEMS, { productId: A.products[2], quantity: 1 }] },
						]),
					},
					new RegExp(`product ${A.products[2]}: 0 in Items, 1 in Shipments`),
				],
				[
					'one of several shipments without items',
					{
						shipmentsInputMode: 'json',
						shipmentsJson: JSON.stringify([{ items: ITEMS }, { items: [] }]),
					},
					/^Shipments\[1\]\.items: is empty$/,
				],
				[
					'shipment items that are not a list',
					{ shipmentsInputMode: 'json', shipmentsJson: '[{"items": "all"}]' },
					/^Shipments\[0\]\.items: must be an array \(got "all"\)$/,
				],
				[
					'a shipment item that is not an object',
					{ shipmentsInputMode: 'json', shipmentsJson: '[{"items": ["x"]}]' },
					/^Shipments\[0\]\.items\[0\]: must be an object/,
				],
				[
					'an order type that is not documented',
					{ additionalFields: { orderType: '=3' } },
					/^Order Type: must be one of 0 \(B2C\), 1 \(B2B\), 2 \(FBA\) \(got "3"\)$/,
				],
				[
					'a label without a path',
					{ shipments: { shipment: [{ prepaidLabels: { label: [{ filePath: '' }] } }] } },
					/^Shipments\[0\]\.prepaidLabels\[0\]\.filePath: is required$/,
				],
				[
					'an attachment without a path',
					{ attachments: { attachment: [{ fileName: 'a.pdf', path: '' }] } },
					/^Attachments\[0\]\.path: is required$/,
				],
			])('%s', async (_case, parameters, message) => {
				const before = (await sandbox.state()).s2.fulfillments;
				const { items, error } = await fulfillment('create', { ...MINIMAL, ...parameters });

				expect(items).toEqual([]);
				expect(error?.message).toMatch(message);
				expect(error?.description).toEqual(expect.any(String));
				expect(await sandbox.journal('s2')).toEqual([]);
				expect((await sandbox.state()).s2.fulfillments).toEqual(before);
			});
		});

		describe('duplicate Channel Fulfillment ID (409 ALREADY_EXISTS)', () => {
			const duplicate = { ...MINIMAL, channelFulfillmentId: A.channelFulfillmentIds.created };

			it('by default: a NodeApiError with S2’s message (the documented 409 payload) and the option to use in the description', async () => {
				const { items, error } = await fulfillment('create', duplicate);

				expect(items).toEqual([]);
				expect(error?.name).toBe('NodeApiError');
				expect((error as { httpCode?: string }).httpCode).toBe('409');
				expect(error?.message).toBe(
					`Fulfillment with channelFulfillmentId '${A.channelFulfillmentIds.created}' already exists for this organization`,
				);
				expect(error?.description).toMatch(
					/nothing new was created.*If It Already Exists → Return the Existing Fulfillment/,
				);
				expect(await requests()).toEqual([
					expect.objectContaining({ method: 'POST', path: '/fulfillment', status: 409 }),
				]);
				expect(await fulfillmentsWith(A.channelFulfillmentIds.created)).toHaveLength(1);
			});

			it('"Return the Existing Fulfillment" with the Order ID: the existing fulfillment, found through the order’s details', async () => {
				const existing = await s2.get(`/fulfillment/${A.fulfillments.created}`);
				const { items, error } = await fulfillment('create', {
					...duplicate,
					additionalFields: { orderId: A.orders.assigned },
					options: { ifExists: 'returnExisting' },
				});

				expect(error).toBeUndefined();
				expect(items.map((i) => i.json)).toEqual([{ ...existing, alreadyExists: true }]);
				expect(items[0].pairedItem).toEqual({ item: 0 });
				const journal = await sandbox.journal('s2');
				expect(journal.map(({ method, path, status }) => ({ method, path, status }))).toEqual([
					{ method: 'POST', path: '/fulfillment', status: 409 },
					{ method: 'GET', path: `/order/${A.orders.assigned}`, status: 200 },
					{ method: 'GET', path: `/fulfillment/${A.fulfillments.created}`, status: 200 },
				]);
				for (const entry of journal) {
					expect(entry.headers.authorization).toBe('Bearer s2-***');
					expect(entry.headers['x-s2-organization']).toBe(S2.orgA);
				}
				expect(await fulfillmentsWith(A.channelFulfillmentIds.created)).toHaveLength(1);
			});

			it('"Return the Existing Fulfillment" without an Order ID: {alreadyExists, channelFulfillmentId}, no further request', async () => {
				const { items, error } = await fulfillment('create', {
					...duplicate,
					options: { ifExists: 'returnExisting' },
				});

				expect(error).toBeUndefined();
				expect(items.map((i) => i.json)).toEqual([
					{ alreadyExists: true, channelFulfillmentId: A.channelFulfillmentIds.created },
				]);
				expect((await requests()).map((r) => r.method)).toEqual(['POST']);
			});

			it('"Return the Existing Fulfillment" when the order does not list it: {alreadyExists, channelFulfillmentId} after reading the order', async () => {
				const { items, error } = await fulfillment('create', {
					...duplicate,
					additionalFields: { orderId: A.orders.unfulfilled },
					options: { ifExists: 'returnExisting' },
				});

				expect(error).toBeUndefined();
				expect(items.map((i) => i.json)).toEqual([
					{ alreadyExists: true, channelFulfillmentId: A.channelFulfillmentIds.created },
				]);
				expect((await requests()).map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
					'POST /fulfillment 409',
					`GET /order/${A.orders.unfulfilled} 200`,
				]);
			});

			it.each(['error', 'returnExisting'])(
				'a workflow run twice with the same ID creates exactly one fulfillment (If It Already Exists: %s)',
				async (ifExists) => {
					const parameters = {
						...MINIMAL,
						channelFulfillmentId: 'RERUN-1',
						additionalFields: { orderId: A.orders.unfulfilled },
						options: { ifExists },
					};
					const first = await fulfillment('create', parameters);
					const second = await fulfillment('create', parameters);

					expect(first.error).toBeUndefined();
					const created = first.items[0].json;
					expect(created).toMatchObject({ status: 'CREATED', channelFulfillmentId: 'RERUN-1' });
					if (ifExists === 'error') {
						expect((second.error as { httpCode?: string }).httpCode).toBe('409');
					} else {
						expect(second.error).toBeUndefined();
						expect(second.items[0].json).toMatchObject({
							id: created.id,
							channelFulfillmentId: 'RERUN-1',
							alreadyExists: true,
						});
					}
					expect(await fulfillmentsWith('RERUN-1')).toHaveLength(1);
					const posts = (await sandbox.journal('s2')).filter((e) => e.method === 'POST');
					expect(posts.map((p) => p.status)).toEqual([expect.any(Number), 409]);
					expect(posts[0].status).toBeLessThan(300);
				},
			);
		});

		describe('never sent twice', () => {
			const create = (extra: S2RunOptions = {}) =>
				fulfillment('create', { ...MINIMAL, requestOptions: { timeout: 1000 } }, extra);

			it('HTTP 500 from POST /fulfillment: exactly one POST, a NodeApiError saying the fulfillment may exist', async () => {
				await faults.faultPost(sandbox, 's2', '/fulfillment', {
					kind: 'status',
					status: 500,
					count: 5,
				});
				const result = await create();

				faults.expectCreateFailed(
					result,
					500,
					/^S2 failed while creating the fulfillment \(HTTP 500\)/,
				);
				expect(result.error?.description).toMatch(
					/may or may not have been created.*will not be re-sent.*"Retry On Fail" off/,
				);
				expect(await faults.postsTo(sandbox, 's2')).toHaveLength(1);
			});

			it('no answer (hang) with a 1 s timeout: exactly one POST, then a clear NodeApiError', async () => {
				await faults.faultPost(sandbox, 's2', '/fulfillment', { kind: 'hang', count: 5 });
				const { items, error } = await create();

				expect(items).toEqual([]);
				expect(error?.name).toBe('NodeApiError');
				expect(error?.message).toBe('S2 did not answer the request to create the fulfillment');
				expect(error?.description).toMatch(/may or may not have been created \(.*timeout.*\)/i);
				await faults.expectOneHungPost(sandbox, 's2', '/fulfillment');
			});

			it('a credential refused before sending (Organization ID not a UUID): the credential’s own message, nothing sent', async () => {
				const { items, error } = await create({ organizationId: 'not-a-uuid' });

				expect(items).toEqual([]);
				expect(error?.message).toMatch(/Organization ID "not-a-uuid" is not a UUID/);
				expect(error?.message).not.toMatch(/did not answer/);
				expect(String(error?.description ?? '')).not.toMatch(/may or may not have been created/);
				expect(await sandbox.journal('s2')).toEqual([]);
			});

			it('continueOnFail: the failed create becomes an error item paired with its input, the other goes through', async () => {
				await faults.faultPost(sandbox, 's2', '/fulfillment', {
					kind: 'status',
					status: 500,
					count: 1,
				});
				const result = await create(faults.TWO_ITEMS);
				const { items } = result;

				faults.expectPairedWithInputs(result);
				expect(String(items[0].json.error)).toMatch(/S2 failed while creating the fulfillment/);
				expect(items[1].json).toMatchObject({ status: 'CREATED' });
				expect(await faults.postsTo(sandbox, 's2')).toHaveLength(2);
			});

			it('the operation tells users to keep Retry On Fail off', async () => {
				const { description, create, notice } = await faults.createOperationHelp(
					's2',
					'fulfillment',
				);
				expect(create?.description).toMatch(/Retry On Fail/);
				expect(notice?.displayName).toMatch(/Keep "Retry On Fail" off/);
				expect(description.usableAsTool).toBe(true);
			});
		});
	});

	describe('Get', () => {
		it('GET /fulfillment/{id} with the trimmed ID', async () => {
			const expected = await s2.get(`/fulfillment/${A.fulfillments.shipped}`);
			const { items, error } = await fulfillment('get', {
				fulfillmentId: ` ${A.fulfillments.shipped} `,
			});

			expect(error).toBeUndefined();
			expect(items.map((i) => i.json)).toEqual([expected]);
			const journal = await sandbox.journal('s2');
			expect(journal.map(wireOf)).toEqual([
				{
					method: 'GET',
					path: `/fulfillment/${A.fulfillments.shipped}`,
					query: {},
					body: null,
					status: 200,
				},
			]);
			expect(journal[0].headers).toMatchObject({
				authorization: 'Bearer s2-***',
				'x-s2-organization': S2.orgA,
			});
		});

		it('an unknown ID: S2’s message without the reference ID, which goes to the description', async () => {
			const { error } = await fulfillment('get', {
				fulfillmentId: '00000000-0000-4000-8000-000000000000',
			});

			expect(error?.name).toBe('NodeApiError');
			expect((error as { httpCode?: string }).httpCode).toBe('404');
			expect(error?.message).not.toMatch(/reference ID/i);
			expect(error?.description).toMatch(/S2 reference ID for support: [0-9a-f-]{36}\./);
			expect(JSON.stringify(error)).not.toContain(S2.token);
		});

		it('a blank ID is refused before any request', async () => {
			const { error } = await fulfillment('get', { fulfillmentId: BLANK });

			expect(error?.message).toBe('Fulfillment ID: is required');
			expect(await requests()).toEqual([]);
		});
	});
});
