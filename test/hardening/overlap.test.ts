import type { IDataObject } from 'n8n-workflow';

import { poll, pollTogether } from '../support/engine';
import { useSandbox } from '../support/sandbox';
import { credentialsFor, type NodeName } from './support';

/**
 * n8n starts a poll on its cron tick without waiting for the previous one, and both start from the
 * same static data (research/scale-and-webhooks.md). Here three polls of each trigger start at once on
 * one Workflow, as n8n would run them: each change must be emitted once, by one of them.
 */
const sandbox = useSandbox({ rateLimits: { fulfillbot: null, shopline: null } });

const TRIGGERS: Record<
	NodeName,
	{ type: string; events: string[]; change(): Promise<Array<{ id: string | number }>> }
> = {
	fulfillbot: {
		type: 'fulfillbotTrigger',
		events: ['purchaseOrderStatusChanged'],
		change: async () => await sandbox.advance({ api: 'fulfillbot', kind: 'order' }),
	},
	s2: {
		type: 's2Trigger',
		events: ['orderStatusChanged'],
		change: async () => await sandbox.advance({ api: 's2', kind: 'order' }),
	},
	shopline: {
		type: 'shoplineTrigger',
		events: ['orderFinancialStatusChanged'],
		change: async () => await sandbox.advance({ api: 'shopline', kind: 'payment' }),
	},
};

describe.each(Object.keys(TRIGGERS) as NodeName[])('%s Trigger: overlapping polls', (node) => {
	const trigger = TRIGGERS[node];
	const options = (staticData?: IDataObject) => ({
		type: trigger.type,
		parameters: { events: trigger.events },
		credentials: credentialsFor(sandbox, node),
		staticData,
	});

	it('three polls started at once on one workflow: every change once, by one poll; the others read nothing', async () => {
		const { staticData } = await poll(options());
		const moved = await trigger.change();
		expect(moved.length).toBeGreaterThan(0);
		await sandbox.clearJournal();

		const results = await pollTogether(options(staticData), 3);
		const emitting = results.filter((r) => r.items !== null);
		expect(emitting).toHaveLength(1);
		const single = (await sandbox.journal(node)).length;

		// The same poll alone, from the same saved state: the same events and the same requests, so
		// the other two polls emitted nothing and sent nothing.
		await sandbox.clearJournal();
		const alone = await poll(options(staticData));
		const events = (items: Array<{ json: IDataObject }> | null) =>
			(items ?? []).map((i) => `${String(i.json.event)} ${JSON.stringify(i.json)}`).sort();
		expect(events(emitting[0].items)).toEqual(events(alone.items));
		expect(events(alone.items).length).toBeGreaterThanOrEqual(moved.length > 0 ? 1 : 0);
		expect((await sandbox.journal(node)).length).toBe(single);

		// And what the overlapping polls saved is the state after the change: nothing is emitted again.
		expect((await poll(options(results[0].staticData))).items).toBeNull();
	});
});
