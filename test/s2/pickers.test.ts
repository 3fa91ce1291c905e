import type { INodePropertyOptions } from 'n8n-workflow';

import { S2, S2_SEED } from '../../sandbox/src';
import { runPicker } from '../support/pickers';
import { useSandbox } from '../support/sandbox';

// The dropdown pickers (methods.loadOptions) run in n8n-core's own LoadOptionsContext, the
// context the editor uses, with the S2 credential's authenticate applied to each request.

const sandbox = useSandbox();
const A = S2_SEED.orgA;

async function pick(
	method: string,
	organizationId: string = S2.orgA,
): Promise<INodePropertyOptions[]> {
	return await runPicker({
		node: 's2',
		method,
		credentialType: 's2Api',
		credentials: { accessToken: S2.token, organizationId, baseUrl: sandbox.s2BaseUrl },
		parameters: { resource: 'fulfillment', operation: 'create' },
	});
}

describe('S2 › pickers', () => {
	it('accounts: GET /account (pages of 100), "name (code)" → id, sorted by name', async () => {
		const options = await pick('getAccounts');

		expect(options).toEqual([
			{
				name: 'Sandbox Store (SHOPLINE) (sandbox_store)',
				value: A.accounts.sandboxStore,
				description: 'MARKETPLACE_GENERIC',
			},
			{
				name: 'Test Account (test_account_code)',
				value: A.accounts.testAccount,
				description: 'MARKETPLACE_GENERIC',
			},
			{
				name: 'Wholesale Orders (wholesale)',
				value: A.accounts.wholesale,
				description: 'MARKETPLACE_GENERIC',
			},
		]);
		const journal = await sandbox.journal('s2');
		expect(
			journal.map(({ method, path, query, status }) => ({ method, path, query, status })),
		).toEqual([
			{ method: 'GET', path: '/account', query: { limit: '100', offset: '0' }, status: 200 },
		]);
		expect(journal[0].headers).toMatchObject({
			authorization: 'Bearer s2-***',
			'x-s2-organization': S2.orgA,
		});
	});

	it('products: "SKU · name" → id', async () => {
		const options = await pick('getProducts');

		expect(options.map((o) => o.value).sort()).toEqual([...A.products].sort());
		expect(options).toContainEqual({ name: 'SKU-GREY · SKU GREY', value: A.products[1] });
	});

	it('warehouses: from GET /inventory/overview', async () => {
		const options = await pick('getWarehouses');

		expect(options).toEqual([
			{ name: 'East Coast FC', value: A.warehouses[1] },
			{ name: 'test warehouse', value: A.warehouses[0] },
		]);
		expect((await sandbox.journal('s2')).map((e) => e.path)).toEqual(['/inventory/overview']);
	});

	it('org B sees its own records only', async () => {
		const options = await pick('getWarehouses', S2.orgB);

		expect(options.map((o) => o.value)).toEqual([...S2_SEED.orgB.warehouses]);
	});

	it('an API error becomes a NodeApiError with S2’s message', async () => {
		await sandbox.fault({
			api: 's2',
			method: 'GET',
			path: '/account',
			kind: 'status',
			status: 500,
		});

		await expect(pick('getAccounts')).rejects.toMatchObject({
			name: 'NodeApiError',
			httpCode: '500',
		});
	});
});
