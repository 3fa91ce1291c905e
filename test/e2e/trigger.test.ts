/**
 * The Fulfillbot Trigger in the pinned real n8n: `publish:workflow` + `n8n start` (activation polls at
 * once), against the sandbox in this process. Run 1 primes the state (no execution); between runs the
 * sandbox moves an order; run 2 (a restart: state read back from n8n's database) emits that change once.
 */
import {
	FULFILLBOT_KEYS,
	startSandbox,
	type JournalEntry,
	type RunningSandbox,
} from '../../sandbox/src';
import { trackedValueIn } from '../support/trackedState';
import { PACKAGE_NAME, RealN8n } from './support/n8n';

jest.setTimeout(600_000);

describe('Fulfillbot Trigger in real n8n', () => {
	let sandbox: RunningSandbox;
	let n8n: RealN8n;

	const control = async (path: string, body?: object) => {
		const res = await fetch(`${sandbox.url}/__sandbox${path}`, {
			method: body ? 'POST' : 'GET',
			headers: { 'Content-Type': 'application/json' },
			body: body ? JSON.stringify(body) : undefined,
		});
		return res.status === 204 ? null : res.json();
	};

	beforeAll(async () => {
		n8n = await RealN8n.create();
		sandbox = await startSandbox({ port: 0 });
		await n8n.importCredentials([
			{
				id: 'e2eTriggerCred01',
				name: 'Sandbox Fulfillbot',
				type: 'fulfillbotApi',
				data: { apiKey: FULFILLBOT_KEYS.all, baseUrl: `${sandbox.url}/fulfillbot/api/v1/open` },
			},
		]);
		await n8n.importWorkflows([
			{
				id: 'e2eFulfillbotTrg',
				name: 'e2e Fulfillbot Trigger',
				nodes: [
					{
						name: 'Fulfillbot Trigger',
						type: `${PACKAGE_NAME}.fulfillbotTrigger`,
						typeVersion: 1,
						position: [0, 0],
						parameters: {
							events: ['purchaseOrderStatusChanged'],
							pollTimes: { item: [{ mode: 'everyHour' }] },
						},
						credentials: { fulfillbotApi: { id: 'e2eTriggerCred01', name: 'Sandbox Fulfillbot' } },
					},
				],
				connections: {},
			},
		]);
	});

	afterAll(async () => {
		await sandbox?.close();
		await n8n?.dispose();
	});

	it('first activation primes without emitting; after a change, the next activation emits it exactly once', async () => {
		const first = await n8n.runPolling('e2eFulfillbotTrg', { minExecutions: 1, timeoutMs: 12_000 });
		expect(first.executions).toEqual([]);
		expect(trackedValueIn(first.staticData, 'ORD-20240115-002')).toBe('pending');
		const polls = ((await control('/journal?api=fulfillbot')) as JournalEntry[]).filter(
			(e) => e.path === '/orders',
		);
		// One activation: the newest page, each open status's list and the newest cancelled page (no history).
		expect(polls.map((e) => e.query.status ?? 'newest')).toEqual([
			'newest',
			'pending',
			'paid',
			'purchased',
			'shipped_to_warehouse',
			'in_warehouse',
			'cancelled',
		]);
		expect(polls.every((e) => e.headers.authorization === 'Bearer sk-***')).toBe(true);

		const moved = (await control('/advance', {
			api: 'fulfillbot',
			kind: 'order',
			id: 'ORD-20240115-002',
		})) as Array<{ to: string }>;
		expect(moved).toEqual([expect.objectContaining({ from: 'pending', to: 'paid' })]);

		const second = await n8n.runPolling('e2eFulfillbotTrg', {
			minExecutions: 1,
			timeoutMs: 60_000,
		});
		expect(second.executions).toHaveLength(1);
		expect(second.executions[0].status).toBe('success');
		expect(second.executions[0].outputs['Fulfillbot Trigger']).toEqual([
			expect.objectContaining({
				event: 'purchaseOrderStatusChanged',
				orderNo: 'ORD-20240115-002',
				previousStatus: 'pending',
				status: 'paid',
			}),
		]);
		expect(trackedValueIn(second.staticData, 'ORD-20240115-002')).toBe('paid');
	});
});
