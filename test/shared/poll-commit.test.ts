/**
 * n8n >= 2.36's durable poll path commits a poll's state with its execution row after poll() returned,
 * and the next poll starts from the state the database held when its task was claimed: under load that
 * was still the state before the emitting poll, and the change went out twice (n8n 2.40.7, crash test
 * with no kill: two executions, delivered twice). Through each polling trigger's n8n binding
 * (nodes/shared/poll/pollBinding.ts), with static data round-tripped as n8n stores it: a poll that starts
 * from the state an emitting poll started from emits nothing and keeps that state while the commit may
 * still come; once the committed state is read, polls go on; if it never comes (refused, failed), the
 * change is emitted again after COMMIT_WAIT_MS, because nothing holds it. Older n8n (no poll budget)
 * hands each poll the live static data, so a poll from an old state there is a restart: it reads again.
 */
import { COMMIT_WAIT_MS } from '../../nodes/shared/poll/pollBinding';
import { useSandbox } from '../support/sandbox';
import { events, makeChange, pollWith, triggerCases } from '../support/triggerCases';

const sandbox = useSandbox({ rateLimits: { fulfillbot: null } });
const CASES = triggerCases(sandbox);
const BUDGET = 36_000;

describe.each(Object.entries(CASES))('%s: the state commit after an emitting poll', (_name, c) => {
	beforeEach(async () => await sandbox.reset());
	afterEach(() => jest.restoreAllMocks());

	it('a poll from the state before an uncommitted emission emits nothing and keeps it; the committed state goes on', async () => {
		const primed = await pollWith(c, undefined, BUDGET);
		await makeChange(sandbox, c);
		const first = await pollWith(c, primed.staticData, BUDGET);
		expect(events(c, first.items)).toEqual([[c.events[0], c.change.id]]);
		// The next task read the database before the first poll's commit landed.
		await sandbox.clearJournal();
		const early = await pollWith(c, primed.staticData, BUDGET);
		expect(early.items).toBeNull();
		expect(early.staticData).toEqual(primed.staticData);
		expect(await sandbox.journal()).toHaveLength(0);
		// Once the commit shows, polls read again, and the change is not reported again.
		const after = await pollWith(c, first.staticData, BUDGET);
		expect(after.items).toBeNull();
		expect((await sandbox.journal()).length).toBeGreaterThan(0);
		const again = await pollWith(c, primed.staticData, BUDGET);
		expect(events(c, again.items)).toEqual([[c.events[0], c.change.id]]);
	});

	it('a commit that never lands: after COMMIT_WAIT_MS the old state is polled and the change emitted again', async () => {
		const primed = await pollWith(c, undefined, BUDGET);
		await makeChange(sandbox, c);
		const first = await pollWith(c, primed.staticData, BUDGET);
		expect(events(c, first.items)).toEqual([[c.events[0], c.change.id]]);
		const now = Date.now();
		jest.spyOn(Date, 'now').mockReturnValue(now + COMMIT_WAIT_MS - 1_000);
		expect((await pollWith(c, primed.staticData, BUDGET)).items).toBeNull();
		jest.spyOn(Date, 'now').mockReturnValue(now + COMMIT_WAIT_MS + 1_000);
		const retried = await pollWith(c, primed.staticData, BUDGET);
		expect(events(c, retried.items)).toEqual([[c.events[0], c.change.id]]);
	});

	it('without a poll budget (n8n before 2.36) a poll from an old state reads again', async () => {
		const primed = await pollWith(c);
		await makeChange(sandbox, c);
		const first = await pollWith(c, primed.staticData);
		const restarted = await pollWith(c, primed.staticData);
		expect(events(c, first.items)).toEqual([[c.events[0], c.change.id]]);
		expect(events(c, restarted.items)).toEqual([[c.events[0], c.change.id]]);
	});
});
