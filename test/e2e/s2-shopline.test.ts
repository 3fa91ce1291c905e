/**
 * The S2 and SHOPLINE nodes in the pinned real n8n (one n8n user folder for both): the package linked in,
 * credentials and workflows imported with the CLI, `n8n execute` against the sandbox in this process.
 * Asserts the sandbox's final state, not only the output.
 */
import {
	S2,
	S2_SEED,
	SHOPLINE,
	SHOPLINE_SEED,
	startSandbox,
	type JournalEntry,
	type RunningSandbox,
} from '../../sandbox/src';
import { shoplineCredentialData } from './support/credentialData';
import { manualWorkflow, PACKAGE_NAME, RealN8n } from './support/n8n';

jest.setTimeout(600_000);

const A = S2_SEED.orgA;
const RETRY_KEY = 'e2e-shopline-1001';

describe('S2 and SHOPLINE nodes in real n8n', () => {
	let sandbox: RunningSandbox;
	let n8n: RealN8n;

	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- whole-state snapshot for assertions
	const state = async (): Promise<any> => (await fetch(`${sandbox.url}/__sandbox/state`)).json();
	const journal = async (api: string): Promise<JournalEntry[]> =>
		(await fetch(`${sandbox.url}/__sandbox/journal?api=${api}`)).json() as Promise<JournalEntry[]>;

	beforeAll(async () => {
		n8n = await RealN8n.create();
		sandbox = await startSandbox({ port: 0 });
		await n8n.importCredentials([
			{
				id: 'e2eS2Credential1',
				name: 'Sandbox S2',
				type: 's2Api',
				data: { accessToken: S2.token, organizationId: S2.orgA, baseUrl: `${sandbox.url}/s2` },
			},
			{
				id: 'e2eShoplineCred1',
				name: 'Sandbox SHOPLINE',
				type: 'shoplineApi',
				data: shoplineCredentialData(sandbox.url),
			},
		]);
		await n8n.importWorkflows([
			manualWorkflow('e2eS2Fulfillment', [
				{
					name: 'Create Fulfillment',
					type: `${PACKAGE_NAME}.s2`,
					typeVersion: 1,
					parameters: {
						resource: 'fulfillment',
						operation: 'create',
						channelFulfillmentId: RETRY_KEY,
						addressName: 'Ada Buyer',
						address1: '1 Main St',
						addressCity: 'Toronto',
						addressCountryId: 'CA',
						items: { item: [{ productId: A.products[0], quantity: 2 }] },
						additionalFields: { orderId: A.orders.unfulfilled },
						options: { ifExists: 'returnExisting' },
					},
					credentials: { s2Api: { id: 'e2eS2Credential1', name: 'Sandbox S2' } },
				},
			]),
			manualWorkflow('e2eShoplineFulfil', [
				{
					name: 'Create Fulfillment',
					type: `${PACKAGE_NAME}.shopline`,
					typeVersion: 1,
					parameters: {
						resource: 'fulfillment',
						operation: 'create',
						orderId: SHOPLINE_SEED.orders.unshipped,
						lineItemsSource: 'allUnfulfilled',
						notifyCustomer: true,
						trackingInfo: {
							entry: [
								{
									trackingCompany: 'UPS',
									trackingNumber: '1Z999AA10123456784',
									trackingUrl: 'https://www.ups.com/track',
								},
							],
						},
					},
					credentials: { shoplineApi: { id: 'e2eShoplineCred1', name: 'Sandbox SHOPLINE' } },
				},
			]),
		]);
	});

	afterAll(async () => {
		await sandbox?.close();
		await n8n?.dispose();
	});

	it('S2 Create Fulfillment run twice with the same Channel Fulfillment ID: one fulfillment in S2, the same one output both times', async () => {
		const first = await n8n.execute('e2eS2Fulfillment');
		if (!first.ok) throw new Error(`execution failed:\n${first.stdout}\n${first.stderr}`);
		const second = await n8n.execute('e2eS2Fulfillment');
		if (!second.ok) throw new Error(`execution failed:\n${second.stdout}\n${second.stderr}`);

		const created = (
			(await state()).s2.fulfillments as Array<{ id: string; channelFulfillmentId: string | null }>
		).filter((f) => f.channelFulfillmentId === RETRY_KEY);
		expect(created).toHaveLength(1);
		const [one] = first.outputs['Create Fulfillment'] as Array<{ id: string; status: string }>;
		const [again] = second.outputs['Create Fulfillment'] as Array<{
			id: string;
			alreadyExists?: boolean;
		}>;
		expect(one).toMatchObject({ id: created[0].id, status: 'CREATED' });
		expect(again).toMatchObject({ id: created[0].id, alreadyExists: true });

		const posts = (await journal('s2')).filter((e) => e.method === 'POST');
		expect(posts.map((e) => e.status)).toEqual([200, 409]);
		expect(posts[0].headers['x-s2-organization']).toBe(S2.orgA);
		expect(posts[0].body).toMatchObject({
			channelFulfillmentId: RETRY_KEY,
			orderId: A.orders.unfulfilled,
			items: [{ productId: A.products[0], quantity: 2 }],
		});
	});

	it('SHOPLINE Create Fulfillment (all unfulfilled lines): the order is shipped in the store, with the tracking number', async () => {
		const res = await n8n.execute('e2eShoplineFulfil');
		if (!res.ok) throw new Error(`execution failed:\n${res.stdout}\n${res.stderr}`);

		const order = (
			(await state()).shopline.orders as Array<{
				id: string;
				fulfillment_status: string;
				fulfillments: Array<{ id: string; tracking_info_list: unknown[] }>;
			}>
		).find((o) => o.id === SHOPLINE_SEED.orders.unshipped);
		expect(order?.fulfillment_status).toBe('shipped');
		expect(order?.fulfillments).toHaveLength(1);
		expect(order?.fulfillments[0].tracking_info_list).toEqual([
			{
				tracking_company: 'UPS',
				tracking_number: '1Z999AA10123456784',
				tracking_url: 'https://www.ups.com/track',
			},
		]);
		expect(res.outputs['Create Fulfillment']).toEqual([
			expect.objectContaining({ id: order?.fulfillments[0].id, status: 'success' }),
		]);

		const sent = await journal('shopline');
		expect(sent.map((e) => `${e.method} ${e.handle} ${e.version} ${e.path}`)).toEqual([
			`GET ${SHOPLINE.handle} ${SHOPLINE.version} /orders.json`,
			`POST ${SHOPLINE.handle} ${SHOPLINE.version} /orders/${SHOPLINE_SEED.orders.unshipped}/fulfillments.json`,
		]);
		expect(sent[1].headers['content-type']).toBe('application/json; charset=utf-8');
	});
});
