/**
 * The poll time budget of n8n >= 2.36's durable poll path (`getPollBudgetMs()` on the poll context, see
 * nodes/shared/poll/pollTime.ts), through each polling trigger's n8n binding with static data round-tripped
 * as n8n stores it: a poll that has used its time stops before its next request, keeps the state it
 * started from and emits nothing; the next poll emits the change once. Within the budget (n8n's default
 * 36 s) nothing changes. The sandbox answers each request 60 ms late so a 1 ms budget is spent after one.
 */
import { useSandbox } from '../support/sandbox';
import { events, makeChange, pollWith, triggerCases } from '../support/triggerCases';

const sandbox = useSandbox({ rateLimits: { fulfillbot: null } });
const CASES = triggerCases(sandbox);

describe.each(Object.entries(CASES))('%s: the poll time budget of n8n >= 2.36', (_name, c) => {
	beforeEach(async () => await sandbox.reset());

	it("within n8n's default budget (36 s) a poll reads and emits as without one", async () => {
		const primed = await pollWith(c, undefined, 36_000);
		await makeChange(sandbox, c);
		const next = await pollWith(c, primed.staticData, 36_000);
		expect(events(c, next.items)).toEqual([[c.events[0], c.change.id]]);
	});

	it('a poll whose budget is spent stops before its next request and keeps its state; the change is emitted once', async () => {
		const primed = await pollWith(c);
		await makeChange(sandbox, c);
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
