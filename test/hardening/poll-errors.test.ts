import type { IDataObject } from 'n8n-workflow';

import { SHOPLINE_CATALOG, type FaultSpec } from '../../sandbox/src';
import { poll } from '../support/engine';
import { shoplineCall as shoplineRequest } from '../shopline/trigger-support';
import { useSandbox } from '../support/sandbox';
import { credentialsFor, recordCounts, type NodeName } from './support';

/**
 * One error rule for the three triggers (nodes/shared/poll/pollErrors.ts), checked through each trigger
 * in the engine: after activation, a fault on the list it polls either fails the poll loudly
 * (something the user must fix) or is passing trouble — nothing emitted, the state exactly as
 * before, and the next poll reports what the failed one would have.
 */
const sandbox = useSandbox({ rateLimits: { fulfillbot: null, shopline: null } });

interface TriggerCase {
	node: NodeName;
	type: string;
	events: string[];
	listPath: string;
	/** Makes one change the next successful poll reports. */
	change(): Promise<unknown>;
}
/** Each trigger, and each of a trigger's sources that has a list of its own (keyed `<node>` or `<node> <source>`). */
const TRIGGERS: Record<string, TriggerCase> = {
	fulfillbot: {
		node: 'fulfillbot',
		type: 'fulfillbotTrigger',
		events: ['purchaseOrderStatusChanged'],
		listPath: '/orders',
		change: async () =>
			await sandbox.advance({ api: 'fulfillbot', kind: 'order', id: 'ORD-20240115-002' }),
	},
	s2: {
		node: 's2',
		type: 's2Trigger',
		events: ['orderStatusChanged'],
		listPath: '/order',
		change: async () => await sandbox.advance({ api: 's2', kind: 'order' }),
	},
	shopline: {
		node: 'shopline',
		type: 'shoplineTrigger',
		events: ['orderFinancialStatusChanged'],
		listPath: '/orders.json',
		change: async () => await sandbox.advance({ api: 'shopline', kind: 'payment' }),
	},
	'shopline products': {
		node: 'shopline',
		type: 'shoplineTrigger',
		events: ['productUpdated'],
		listPath: '/products/products.json',
		change: async () =>
			await shoplineCall('PUT', `/products/${SHOPLINE_CATALOG.products.mug}.json`, {
				product: { title: 'Blue Mug 16oz' },
			}),
	},
	'shopline levels': {
		node: 'shopline',
		type: 'shoplineTrigger',
		events: ['inventoryLevelChanged'],
		listPath: '/inventory_levels.json',
		change: async () =>
			await shoplineCall('POST', '/inventory_levels/set.json', {
				inventory_item_id: SHOPLINE_CATALOG.items.test,
				location_id: SHOPLINE_CATALOG.locations.main,
				available: 0,
			}),
	},
};
/** The three triggers, one source each (polled side by side below: one poll per trigger at a time). */
const ONE_PER_TRIGGER = ['fulfillbot', 's2', 'shopline'];

/** A SHOPLINE request as the merchant's other tools would send it. */
const shoplineCall = async (method: string, path: string, body: object) =>
	void (await shoplineRequest(sandbox, method, path, body));

const LOUD = [400, 401, 403, 404, 422];
const PASSING: Array<[string, Omit<FaultSpec, 'api' | 'path'>]> = [
	// (429 is waited out since issue 15: see the test below.)
	...[408, 500, 502, 503].map((status): [string, Omit<FaultSpec, 'api' | 'path'>] => [
		String(status),
		{ kind: 'status', status },
	]),
	['malformed JSON', { kind: 'malformed-json' }],
	['HTML page', { kind: 'html' }],
];

const counts = { triggers: 0, faultCases: 0 };
afterAll(() => recordCounts('poll-errors', counts));

const pollOf = (name: string, staticData?: IDataObject) =>
	poll({
		type: TRIGGERS[name].type,
		parameters: { events: TRIGGERS[name].events },
		credentials: credentialsFor(sandbox, TRIGGERS[name].node),
		staticData,
	});

describe.each(Object.keys(TRIGGERS))('%s Trigger: one error rule', (name) => {
	const trigger = TRIGGERS[name];
	const node = trigger.node;
	beforeAll(() => {
		counts.triggers += 1;
	});
	afterEach(() => {
		counts.faultCases += 1;
	});

	it.each(LOUD)('%s on the polled list fails the poll loudly', async (status) => {
		const primed = await pollOf(name);
		await sandbox.fault({ api: node, path: trigger.listPath, kind: 'status', status });
		await expect(pollOf(name, primed.staticData)).rejects.toMatchObject({
			httpCode: String(status),
		});
	});

	it.each(PASSING)(
		'%s on the polled list: nothing emitted, state kept, the next poll catches up',
		async (_label, fault) => {
			const primed = await pollOf(name);
			await trigger.change();
			await sandbox.fault({ api: node, path: trigger.listPath, ...fault } as FaultSpec);
			const failed = await pollOf(name, primed.staticData);
			expect(failed.items).toBeNull();
			expect(failed.staticData).toEqual(primed.staticData);
			const next = await pollOf(name, failed.staticData);
			expect(next.items?.length).toBeGreaterThan(0);
		},
	);

	it('429 on the polled list is waited out (the time the API gives): the change is emitted by the same poll', async () => {
		const primed = await pollOf(name);
		await trigger.change();
		await sandbox.fault({ api: node, path: trigger.listPath, kind: 'status', status: 429 });
		const next = await pollOf(name, primed.staticData);
		expect(next.items?.length).toBeGreaterThan(0);
		const listed = (await sandbox.journal(node)).filter((e) => e.path === trigger.listPath);
		expect(listed.map((e) => e.status)).toContain(429);
	});

	it('before the first state is saved, even passing trouble fails the activation', async () => {
		await sandbox.fault({ api: node, path: trigger.listPath, kind: 'status', status: 503 });
		await expect(pollOf(name)).rejects.toMatchObject({ httpCode: '503' });
	});
});

describe('an answer that never comes', () => {
	afterEach(() => {
		counts.faultCases += ONE_PER_TRIGGER.length;
	});

	it('each trigger gives up after 60 s: nothing emitted, state kept, the next poll catches up', async () => {
		const nodes = ONE_PER_TRIGGER;
		const primed = await Promise.all(nodes.map(async (node) => await pollOf(node)));
		for (const node of nodes) {
			await TRIGGERS[node].change();
			await sandbox.fault({
				api: TRIGGERS[node].node,
				path: TRIGGERS[node].listPath,
				kind: 'hang',
			});
		}
		// The three hang at once, so the suite waits one timeout, not three.
		const hung = await Promise.all(
			nodes.map(async (node, i) => await pollOf(node, primed[i].staticData)),
		);
		for (const [i, result] of hung.entries()) {
			expect(result.items).toBeNull();
			expect(result.staticData).toEqual(primed[i].staticData);
		}
		const journal = await Promise.all(
			nodes.map(async (node) => await sandbox.journal(TRIGGERS[node].node)),
		);
		expect(journal.map((entries) => entries.filter((e) => e.fault === 'hang').length)).toEqual([
			1, 1, 1,
		]);
		const next = await Promise.all(
			nodes.map(async (node, i) => await pollOf(node, hung[i].staticData)),
		);
		for (const result of next) expect(result.items?.length).toBeGreaterThan(0);
	}, 120_000);
});
