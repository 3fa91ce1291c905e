/**
 * The webhook triggers' redelivery memory through n8n-core's WebhookContext, with the workflow's static data
 * loaded and saved per request as n8n 2.8.4 does it (test/support/webhook.ts WorkflowRow): every request a
 * copy of its own, saved whole, the last save wins. The real-n8n counterpart is
 * test/e2e/webhook-restart.test.ts.
 */
import type { IDataObject } from 'n8n-workflow';

import { fingerprint } from '../../nodes/shared/poll/compactState';
import { forgetDeliveriesInProcess, WorkflowRow } from '../support/webhook';
import { WEBHOOK_TRIGGERS, type WebhookTriggerUnderTest } from '../support/webhookDeliveries';

/** The ids a saved node static data holds, by fingerprint. */
function savedIds(node: IDataObject, ids: string[]): string[] {
	const stored = typeof node.recentDeliveries === 'string' ? node.recentDeliveries : '';
	const fps = new Set(stored.match(/.{8}/g) ?? []);
	return ids.filter((id) => fps.has(fingerprint(id)));
}

/** Deterministic choices for the interleavings (a small LCG). */
function chooser(seed: number) {
	let state = seed;
	return (n: number) => {
		state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
		return state % n;
	};
}

describe.each(WEBHOOK_TRIGGERS)('$name: redelivery memory as n8n saves it', (trigger) => {
	const { options } = trigger as WebhookTriggerUnderTest;
	beforeEach(() => forgetDeliveriesInProcess());

	it('100 deliveries that load the same copy, saved in reverse order: all 100 ids saved; after a restart every redelivery is dropped', async () => {
		const row = new WorkflowRow();
		const ids = Array.from({ length: 100 }, (_, i) => `evt-${i}`);
		const received = await Promise.all(ids.map((id) => row.receive(options, trigger.delivery(id))));
		expect(received.map((r) => r.items?.length)).toEqual(ids.map(() => 1));
		for (const r of [...received].reverse()) r.save();
		expect(savedIds(row.node(), ids)).toEqual(ids);

		forgetDeliveriesInProcess(); // restart: only the saved row remembers
		const again = await Promise.all(ids.map((id) => row.receive(options, trigger.delivery(id))));
		expect(again.map((r) => [r.status, r.items, r.answer])).toEqual(
			ids.map(() => [200, null, { message: 'Already received' }]),
		);
	});

	it('any order of loads, runs and saves: after each save the row holds exactly the ids of the requests saved so far', async () => {
		for (let seed = 1; seed <= 12; seed++) {
			forgetDeliveriesInProcess();
			const pick = chooser(seed);
			const row = new WorkflowRow();
			const ids = Array.from({ length: 30 }, (_, i) => `s${seed}-evt-${i}`);
			const pending: Array<{ id: string; save(): void }> = [];
			const saved: string[] = [];
			let next = 0;
			while (next < ids.length || pending.length) {
				if (next < ids.length && (!pending.length || pick(2) === 0)) {
					const id = ids[next++];
					const received = await row.receive(options, trigger.delivery(id));
					expect(received.items).toHaveLength(1);
					pending.push({ id, save: received.save });
				} else {
					const [request] = pending.splice(pick(pending.length), 1);
					request.save();
					saved.push(request.id);
					// Never an id whose own request has not saved yet (its run may not exist after a crash),
					// never one lost by a save that loaded an older copy.
					expect(savedIds(row.node(), ids).sort()).toEqual([...saved].sort());
				}
			}
		}
	});

	it("remembers the README's 1,000 ids: the 1,000th newest is still dropped after a restart, the 1,001st newest runs again", async () => {
		const row = new WorkflowRow();
		const ids = Array.from({ length: 1_001 }, (_, i) => `evt-${i}`);
		for (const id of ids)
			expect((await row.deliver(options, trigger.delivery(id))).items).toHaveLength(1);
		expect(String(row.node().recentDeliveries)).toHaveLength(8_000);
		// ids[1] is the 1,000th newest, ids[0] the 1,001st.
		expect((await row.deliver(options, trigger.delivery(ids[1]))).items).toBeNull();
		forgetDeliveriesInProcess();
		expect((await row.deliver(options, trigger.delivery(ids[1]))).items).toBeNull();
		expect((await row.deliver(options, trigger.delivery(ids[0]))).items).toHaveLength(1);
	});
});
