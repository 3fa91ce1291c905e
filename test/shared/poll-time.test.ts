/**
 * The poll time budget of n8n >= 2.36's durable poll path (`getPollBudgetMs()` on the poll context, see
 * nodes/shared/poll/pollTime.ts), through each polling trigger's n8n binding with static data round-tripped
 * as n8n stores it: a poll that has used its time stops before its next request, keeps the state it
 * started from and emits nothing; the next poll emits the change once. Within the budget (n8n's default
 * 36 s) nothing changes. The sandbox answers each request 60 ms late so a 1 ms budget is spent after one.
 */
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { FULFILLBOT_KEYS, S2, SHOPLINE, SHOPLINE_CATALOG, SHOPLINE_SEED } from '../../sandbox/src';
import { poll } from '../support/engine';
import { shoplineCall as shoplineRequest } from '../shopline/trigger-support';
import { useSandbox } from '../support/sandbox';

const sandbox = useSandbox({ rateLimits: { fulfillbot: null } });

interface Case {
	type: string;
	events: string[];
	credentials: () => Record<string, ICredentialDataDecryptedObject>;
	/** A status machine step (`POST /__sandbox/advance`), or a change sent over HTTP naming the record it changes. */
	change: { api: string; kind: string; id: string } | { send: () => Promise<void>; id: string };
	/** The item field naming the changed record (default `orderNo`, else `id`). */
	idField?: string;
	/**
	 * Reader calls of the first poll (one: the check before it passes, so the budget never stops it).
	 * SHOPLINE's activation reads the order list and, when it learns orders whose fulfillments it must
	 * read, those too: one or several, so either outcome is checked for what it must be.
	 */
	activationReads: 'one or several' | 'several';
	/** Reader calls of a poll after the one change: a SHOPLINE poll may need only one read. */
	changeReads: 'one' | 'several';
}

const CASES: Record<string, Case> = {
	'Fulfillbot Trigger': {
		type: 'fulfillbotTrigger',
		events: ['purchaseOrderStatusChanged'],
		credentials: () => ({
			fulfillbotApi: { apiKey: FULFILLBOT_KEYS.all, baseUrl: sandbox.fulfillbotBaseUrl },
		}),
		change: { api: 'fulfillbot', kind: 'order', id: 'ORD-20240115-002' },
		activationReads: 'several',
		changeReads: 'several',
	},
	'S2 Trigger': {
		type: 's2Trigger',
		events: ['fulfillmentStatusChanged'],
		credentials: () => ({
			s2Api: { accessToken: S2.token, organizationId: S2.orgA, baseUrl: sandbox.s2BaseUrl },
		}),
		change: { api: 's2', kind: 'fulfillment', id: '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a01' },
		activationReads: 'several',
		changeReads: 'several',
	},
	'SHOPLINE Trigger': {
		type: 'shoplineTrigger',
		events: ['orderFinancialStatusChanged'],
		credentials: () => ({
			shoplineApi: {
				handle: SHOPLINE.handle,
				accessToken: SHOPLINE.token,
				apiVersion: SHOPLINE.version,
				baseUrlOverride: sandbox.shoplineStoreUrl(),
			},
		}),
		change: { api: 'shopline', kind: 'payment', id: SHOPLINE_SEED.orders.unpaid },
		activationReads: 'one or several',
		changeReads: 'one',
	},
	'SHOPLINE Trigger (Product Updated)': {
		type: 'shoplineTrigger',
		events: ['productUpdated'],
		credentials: () => shoplineCredentials(),
		change: {
			send: async () =>
				await shoplineCall('PUT', `/products/${SHOPLINE_CATALOG.products.mug}.json`, {
					product: { title: 'Blue Mug 16oz' },
				}),
			id: SHOPLINE_CATALOG.products.mug,
		},
		// Activation: one products page (SHOPLINE's clock starts the cursor); a change: one read.
		activationReads: 'one or several',
		changeReads: 'one',
	},
	'SHOPLINE Trigger (Inventory Level Changed)': {
		type: 'shoplineTrigger',
		events: ['inventoryLevelChanged'],
		credentials: () => shoplineCredentials(),
		change: {
			send: async () =>
				await shoplineCall('POST', '/inventory_levels/set.json', {
					inventory_item_id: SHOPLINE_CATALOG.items.test,
					location_id: SHOPLINE_CATALOG.locations.main,
					available: 0,
				}),
			id: SHOPLINE_CATALOG.items.test,
		},
		idField: 'inventory_item_id',
		// A catalog page, then its items' levels: always two reads.
		activationReads: 'several',
		changeReads: 'several',
	},
};

function shoplineCredentials(): Record<string, ICredentialDataDecryptedObject> {
	return {
		shoplineApi: {
			handle: SHOPLINE.handle,
			accessToken: SHOPLINE.token,
			apiVersion: SHOPLINE.version,
			baseUrlOverride: sandbox.shoplineStoreUrl(),
		},
	};
}

/** A SHOPLINE request as the merchant's other tools would send it. */
const shoplineCall = async (method: string, path: string, body: object) =>
	void (await shoplineRequest(sandbox, method, path, body));

const makeChange = async (c: Case): Promise<unknown> =>
	'send' in c.change ? await c.change.send() : await sandbox.advance(c.change);

const pollWith = (c: Case, staticData?: IDataObject, pollBudgetMs?: number) =>
	poll({
		type: c.type,
		parameters: { events: c.events },
		credentials: c.credentials(),
		staticData,
		pollBudgetMs,
	});
const events = (c: Case, items: Array<{ json: IDataObject }> | null) =>
	(items ?? []).map((i) => [
		i.json.event,
		c.idField ? i.json[c.idField] : (i.json.orderNo ?? i.json.id),
	]);

describe.each(Object.entries(CASES))('%s: the poll time budget of n8n >= 2.36', (_name, c) => {
	beforeEach(async () => await sandbox.reset());

	it("within n8n's default budget (36 s) a poll reads and emits as without one", async () => {
		const primed = await pollWith(c, undefined, 36_000);
		await makeChange(c);
		const next = await pollWith(c, primed.staticData, 36_000);
		expect(events(c, next.items)).toEqual([[c.events[0], c.change.id]]);
	});

	it('a poll whose budget is spent stops before its next request and keeps its state; the change is emitted once', async () => {
		const primed = await pollWith(c);
		await makeChange(c);
		await sandbox.clearJournal();
		await sandbox.config({ latencyMs: 60 });
		const late = await pollWith(c, primed.staticData, 1);
		const sent = (await sandbox.journal()).length;
		await sandbox.config({ latencyMs: 0 });
		// A SHOPLINE poll after one change may need only one read (then the check never stops it).
		const stopped = late.items === null;
		if (c.changeReads === 'several') expect(stopped).toBe(true);
		if (stopped) expect(late.staticData).toEqual(primed.staticData);
		await sandbox.clearJournal();
		const next = await pollWith(c, late.staticData);
		if (stopped) expect(sent).toBeLessThan((await sandbox.journal()).length);
		const again = await pollWith(c, next.staticData);
		expect([...events(c, late.items), ...events(c, next.items), ...events(c, again.items)]).toEqual(
			[[c.events[0], c.change.id]],
		);
	});

	it('an activation that cannot finish in its budget fails loudly, naming the budget', async () => {
		await sandbox.config({ latencyMs: 60 });
		await sandbox.clearJournal();
		const outcome = await pollWith(c, undefined, 1).then(
			() => undefined,
			(error: Error) => error,
		);
		// Finished within its budget only when it needed a single read (the check before it passes).
		if (outcome === undefined && c.activationReads === 'one or several')
			expect(await sandbox.journal()).toHaveLength(1);
		else expect(outcome?.message).toMatch(/Poll stopped: it used the 0 s n8n gives one poll/);
		await sandbox.config({ latencyMs: 0 });
	});
});
