import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runNode, type NodeRunResult } from '../support/engine';
import { useSandbox } from '../support/sandbox';
import { S2_SEED } from '../../sandbox/src';
import { API_OF, credentialsFor, REPRESENTATIVE, type NodeName } from '../hardening/support';
import { pacedCreates } from '../hardening/table';

/*
 * The Idempotency Key of every money-moving create through n8n-core, static data JSON round-tripped
 * between runs as n8n stores it: a repeated key returns the record (alreadyExists) instead of creating;
 * a lost answer is never created twice; a Retry that starts without the ledger sends nothing.
 * The real-n8n Retry (REST) is test/e2e/retry.test.ts.
 */

const sandbox = useSandbox();
jest.setTimeout(60_000);

interface Create {
	name: string;
	node: NodeName;
	parameters: IDataObject;
	path: string;
	/** The node keeps the key in static data (no API look-up). */
	ledger: boolean;
}

const rep = REPRESENTATIVE;
const CREATES: Create[] = (
	[
		{
			name: 'Fulfillbot › purchaseOrder › create',
			node: 'fulfillbot',
			parameters: { resource: 'purchaseOrder', ...rep.fulfillbot.purchaseOrder.parameters },
			path: '/orders',
			ledger: true,
		},
		{
			name: 'Fulfillbot › shippingOrder › create',
			node: 'fulfillbot',
			parameters: { resource: 'shippingOrder', ...rep.fulfillbot.shippingOrder.parameters },
			path: '/shipping/create',
			ledger: true,
		},
		{
			name: 'S2 › order › create',
			node: 's2',
			parameters: {
				resource: 'order',
				...rep.s2.order.parameters,
				channelOrderId: 'RETRY-1',
				idempotencyKey: 'RETRY-1',
			},
			path: '/order',
			ledger: false,
		},
		{
			name: 'S2 › fulfillment › create',
			node: 's2',
			parameters: { resource: 'fulfillment', ...rep.s2.fulfillment.parameters },
			path: '/fulfillment',
			ledger: false,
		},
		{
			name: 'SHOPLINE › fulfillment › create',
			node: 'shopline',
			parameters: { resource: 'fulfillment', ...rep.shopline.fulfillment.parameters },
			path: rep.shopline.fulfillment.target.path,
			ledger: false,
		},
	] as Array<Omit<Create, 'node'> & { node: NodeName }>
).map((c) => ({
	...c,
	ledger: c.node !== 's2',
	parameters: { operation: 'create', idempotencyKey: 'src-order-1001', ...c.parameters },
}));

function run(
	c: Create,
	options: {
		staticData?: IDataObject;
		mode?: 'webhook' | 'retry' | 'manual';
		parameters?: IDataObject;
	} = {},
): Promise<NodeRunResult> {
	return runNode({
		type: c.node,
		parameters: { ...c.parameters, ...options.parameters } as INodeParameters,
		credentials: credentialsFor(sandbox, c.node),
		staticData: options.staticData,
		mode: options.mode ?? 'webhook',
	});
}

/** Creates the sandbox made (POSTs to the create path it handled with a 2xx, dropped answers included). */
async function created(c: Create): Promise<number> {
	return (await sandbox.journal(API_OF[c.node])).filter(
		(e) =>
			e.method === 'POST' && e.path === c.path && Number(e.status) >= 200 && Number(e.status) < 300,
	).length;
}

describe('Idempotency Key on every money-moving create (engine)', () => {
	it('the table here has every money-moving create of the built descriptions (a new one must join it)', () => {
		const here = CREATES.map(
			(c) => `${c.node} › ${String(c.parameters.resource)} › ${String(c.parameters.operation)}`,
		);
		expect(here.sort()).toEqual(pacedCreates().sort());
	});

	describe.each(CREATES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
		it('a repeated key returns the record it created, marked alreadyExists, and creates nothing', async () => {
			const first = await run(c);
			expect(first.error).toBeUndefined();
			expect(first.items[0].json.alreadyExists).toBeUndefined();
			const again = await run(c, { staticData: first.staticData });
			expect(again.error).toBeUndefined();
			expect(again.items).toHaveLength(1);
			expect(again.items[0].json.alreadyExists).toBe(true);
			const id = first.items[0].json.orderNo ?? first.items[0].json.id;
			if (c.node !== 's2' || c.path === '/order')
				expect(again.items[0].json.orderNo ?? again.items[0].json.id).toBe(id);
			expect(await created(c)).toBe(1);
		});

		it('another key creates another record', async () => {
			const first = await run(c);
			const other = await run(c, {
				staticData: first.staticData,
				parameters:
					c.path === '/order'
						? { channelOrderId: 'RETRY-2', idempotencyKey: 'RETRY-2' }
						: { idempotencyKey: 'src-order-1002' },
			});
			if (other.error)
				expect(other.error.message).not.toMatch(
					/Idempotency Key|no answer came back|no longer found/,
				);
			expect(other.items[0]?.json.alreadyExists).toBeUndefined();
			expect(await created(c)).toBe(other.error ? 1 : 2);
		});

		it('a 500 is not created: the retry creates it once', async () => {
			await sandbox.fault({
				api: API_OF[c.node],
				method: 'POST',
				path: c.path.replace(/\d{6,}/, '*'),
				kind: 'status',
				status: 500,
			});
			const failed = await run(c);
			expect(failed.error).toBeDefined();
			const retried = await run(c, { staticData: failed.staticData, mode: 'retry' });
			expect(retried.error).toBeUndefined();
			expect(retried.items[0].json.alreadyExists).toBeUndefined();
			expect(await created(c)).toBe(1);
		});

		it('an answer lost after the API created it: the retry creates nothing', async () => {
			await sandbox.fault({
				api: API_OF[c.node],
				method: 'POST',
				path: c.path.replace(/\d{6,}/, '*'),
				kind: 'commit-then-drop',
			});
			const failed = await run(c);
			expect(failed.error).toBeDefined();
			expect(await created(c)).toBe(1);
			const retried = await run(c, { staticData: failed.staticData, mode: 'retry' });
			expect(await created(c)).toBe(1);
			if (c.ledger) {
				// Nothing can find it through the API: the item fails saying it may exist, never creates again.
				expect(retried.error?.message).toMatch(/no answer came back, so it may have been created/);
			} else {
				expect(retried.error).toBeUndefined();
				expect(retried.items[0].json.alreadyExists).toBe(true);
			}
		});

		it('two items with the same key in one run: one record', async () => {
			const both = await runNode({
				type: c.node,
				parameters: c.parameters as INodeParameters,
				credentials: credentialsFor(sandbox, c.node),
				items: [{}, {}],
				mode: 'webhook',
			});
			expect(both.error).toBeUndefined();
			expect(both.items.map((i) => i.json.alreadyExists ?? false)).toEqual([false, true]);
			expect(await created(c)).toBe(1);
		});

		it('no key: every run creates (as before)', async () => {
			const parameters = { idempotencyKey: '' };
			await run(c, { parameters });
			const second = await run(c, { parameters });
			expect(await created(c)).toBe(second.error ? 1 : 2);
			if (c.node === 'fulfillbot' && c.path === '/orders') expect(second.error).toBeUndefined();
		});

		if (c.ledger) {
			it('a Retry without the saved ledger (original workflow, or a manual run) sends nothing', async () => {
				const retried = await run(c, { mode: 'retry' });
				expect(retried.error?.message).toMatch(
					/cannot tell which items the failed execution created/,
				);
				expect(await sandbox.journal(API_OF[c.node])).toEqual([]);
			});
		}
	});
});

describe('S2 Order → Create: the look-up matches the channel order ID exactly, in the same account', () => {
	const order = CREATES.find((c) => c.path === '/order')!;
	const keyed = (id: string, extra: IDataObject = {}) =>
		run(order, { parameters: { channelOrderId: id, idempotencyKey: id, ...extra } });

	it('a key that is a prefix of an existing order’s ID creates its own order', async () => {
		await keyed('RETRY-10');
		const shorter = await keyed('RETRY-1');
		expect(shorter.error).toBeUndefined();
		expect(shorter.items[0].json.alreadyExists).toBeUndefined();
		expect(shorter.items[0].json.channelOrderId).toBe('RETRY-1');
		expect(await created(order)).toBe(2);
	});

	it('the same channel order ID in another account is another order', async () => {
		await keyed('RETRY-7');
		const other = await keyed('RETRY-7', { accountId: S2_SEED.orgA.accounts.wholesale });
		expect(other.error).toBeUndefined();
		expect(other.items[0].json.alreadyExists).toBeUndefined();
		expect(await created(order)).toBe(2);
		const again = await keyed('RETRY-7', { accountId: S2_SEED.orgA.accounts.wholesale });
		expect(again.items[0].json.alreadyExists).toBe(true);
		expect(again.items[0].json.id).toBe(other.items[0].json.id);
	});

	it('a key that is not the Channel Order ID is refused before anything is sent', async () => {
		const { error } = await run(order, { parameters: { idempotencyKey: 'something-else' } });
		expect(error?.message).toMatch(/^Idempotency Key: must be the Channel Order ID/);
		expect(await sandbox.journal('s2')).toEqual([]);
	});
});

describe('S2 Fulfillment → Create: the key is the Channel Fulfillment ID', () => {
	const fulfillment = CREATES.find((c) => c.path === '/fulfillment')!;

	it('is sent as channelFulfillmentId; a different Channel Fulfillment ID is refused, nothing sent', async () => {
		await run(fulfillment);
		const [post] = await sandbox.journal('s2');
		expect((post.body as IDataObject).channelFulfillmentId).toBe('src-order-1001');
		await sandbox.clearJournal();
		const { error } = await run(fulfillment, { parameters: { channelFulfillmentId: 'other' } });
		expect(error?.message).toMatch(/^Idempotency Key: differs from Channel Fulfillment ID/);
		expect(await sandbox.journal('s2')).toEqual([]);
	});
});
