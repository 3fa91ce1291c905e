/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import fc from 'fast-check';
import type { IDataObject } from 'n8n-workflow';

import { ShoplineTrigger } from '../../nodes/Shopline/ShoplineTrigger.node';
import { EVENTS, ORDER_EVENTS } from '../../nodes/Shopline/trigger/events';
import { shoplineBinding } from '../../nodes/Shopline/trigger/poll';
import type { ShoplineReader } from '../../nodes/Shopline/trigger/reader';
import { recordCounts } from '../hardening/support';
import { bindingProbe, captureWarnings } from '../support/bindingProbe';
import { poll as pollEngine } from '../support/engine';
import { FakeClock, midPollFailure } from './trigger-support';

/**
 * Property: the SHOPLINE Trigger (cursor, change detection and its compact state together) against
 * an in-memory store whose orders change at random — several changes per second, new orders in the
 * second the cursor stands on, payments, refunds, fulfillments created, shipped, failed, retried and
 * cancelled, orders cancelled, a request failing mid-poll, restarts through JSON. A separate reading
 * of the events compares each successful poll with the store as the previous one saw it.
 * Expected: every event exactly once — 0 missed, 0 duplicated.
 *
 * Every poll runs through the n8n binding (the trigger's own poll binding in n8n-core's PollContext,
 * test/support/bindingProbe.ts), with the static data stored as JSON between polls as n8n stores it;
 * only the store is in memory. Each poll thus also starts as after a restart of n8n.
 *
 * Not modelled: an order changed twice within one second with a poll in between keeps its
 * updated_at, so its second change is invisible to any updated_at trigger (documented in
 * shared/poll/updatedCursor.ts); the fake store moves its clock on a second in that case.
 */

interface FFulfillment {
	id: string;
	status: 'success' | 'cancelled';
	shipment: string | null;
	seq: number;
	second: number;
}
interface FOrder {
	id: string;
	cancelled: boolean;
	financial: string;
	fulfillmentStatus: string;
	second: number;
	createdSecond: number;
	/** Sequence number of its last change (to apply the same-second rule). */
	seq: number;
	fulfillments: FFulfillment[];
}
interface Snapshot {
	second: number;
	financial: string;
	fulfillmentStatus: string;
	fulfillments: Map<string, string>;
}

const START = Date.parse('2026-06-01T00:00:00Z');
const iso = (second: number) =>
	new Date(START + second * 1000 + 8 * 3600_000).toISOString().replace('.000Z', '+08:00');
const MAX_ORDERS = 25; // below MAX_FULFILLMENT_FETCHES: every changed order is read in the same poll
const SHIPMENT_NEXT: Record<string, string[]> = {
	null: ['picked_up'],
	picked_up: ['in_transit'],
	in_transit: ['delivered', 'failure'],
	failure: ['in_transit'],
};
const done = (f: FFulfillment) => f.status === 'cancelled' || f.shipment === 'delivered';
const fValue = (f: FFulfillment) => `${f.status}/${f.shipment}`;

class FakeStore extends FakeClock {
	orders: FOrder[] = [];

	create(financial: string): void {
		if (this.orders.length >= MAX_ORDERS) return;
		this.n++;
		const id = `2105740193282631${String(this.n).padStart(10, '0')}`;
		this.orders.push({
			id,
			cancelled: false,
			financial,
			fulfillmentStatus: 'unshipped',
			second: this.clock,
			createdSecond: this.clock,
			seq: ++this.seq,
			fulfillments: [],
		});
	}

	mutate(kind: string, pick: number, alt: boolean): void {
		const open = this.orders.filter((o) => !o.cancelled);
		const o = open.length ? open[pick % open.length] : undefined;
		if (!o) return;
		const live = o.fulfillments.filter((f) => !done(f));
		const f = live.length ? live[pick % live.length] : undefined;
		switch (kind) {
			case 'pay':
				if (o.financial === 'paid' || o.financial.includes('refunded')) return;
				o.financial = 'paid';
				break;
			case 'refund':
				if (o.financial !== 'paid') return;
				o.financial = alt ? 'refunded' : 'partially_refunded';
				break;
			case 'fulfill':
				if (o.fulfillmentStatus === 'shipped') return;
				this.touch(o);
				o.fulfillments.push({
					id: `${4000 + this.seq}`,
					status: 'success',
					shipment: null,
					seq: this.seq,
					second: this.clock,
				});
				o.fulfillmentStatus = alt ? 'shipped' : 'partial';
				return;
			case 'ship': {
				if (!f) return;
				const next = SHIPMENT_NEXT[String(f.shipment)];
				f.shipment = next[pick % next.length];
				break;
			}
			case 'cancelFulfillment':
				if (!f) return;
				f.status = 'cancelled';
				break;
			case 'cancel':
				o.cancelled = true;
				break;
			default:
				return;
		}
		this.touch(o);
	}

	json(o: FOrder): IDataObject {
		return {
			id: o.id,
			status: o.cancelled ? 'cancelled' : 'open',
			financial_status: o.financial,
			fulfillment_status: o.fulfillmentStatus,
			created_at: iso(o.createdSecond),
			updated_at: iso(o.second),
		};
	}
}

const mutation = fc.oneof(
	{
		arbitrary: fc.record({
			op: fc.constant('create' as const),
			financial: fc.constantFrom('unpaid', 'authorized', 'paid'),
			same: fc.boolean(),
		}),
		weight: 2,
	},
	{
		arbitrary: fc.record({
			op: fc.constant('mutate' as const),
			kind: fc.constantFrom(
				'pay',
				'refund',
				'fulfill',
				'fulfill',
				'ship',
				'ship',
				'ship',
				'cancelFulfillment',
				'cancel',
			),
			pick: fc.nat(),
			alt: fc.boolean(),
			same: fc.boolean(),
		}),
		weight: 5,
	},
);
const pollStep = fc.record({
	op: fc.constant('poll' as const),
	failAt: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
});
const step = fc.oneof({ arbitrary: mutation, weight: 3 }, { arbitrary: pollStep, weight: 1 });
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function apply(store: FakeStore, s: Step): void {
	if (s.op === 'create') {
		store.tick(s.same);
		store.create(s.financial);
	} else if (s.op === 'mutate') {
		store.tick(s.same);
		store.mutate(s.kind, s.pick, s.alt);
	}
}

/** This store has orders only: the catalog events are not selected, so these are never called. */
const notRead = async (): Promise<never> => await Promise.reject(new Error('not an order read'));
const ordersOnly = {
	productsUpdatedSince: notRead,
	catalogPage: notRead,
	inventoryLevels: notRead,
};

/** "No bound" as a Max Requests per Poll the histories never reach. */
const UNBOUNDED = 1_000_000;
/** The in-memory store's reader of the history being run. */
let inMemory: ShoplineReader | undefined;
const probe = bindingProbe('shoplineTriggerInMemory', new ShoplineTrigger().description, (ctx) =>
	shoplineBinding(ctx, inMemory!),
);
const warnings = captureWarnings();
const pollThrough = async (staticData: IDataObject | undefined) =>
	await pollEngine({
		type: probe.type,
		parameters: { events: ORDER_EVENTS, requestsPerPoll: UNBOUNDED },
		staticData,
	});

let histories = 0;
afterAll(() => recordCounts('property-shopline', { histories }));

describe('SHOPLINE Trigger: random histories', () => {
	it('0 missed, 0 duplicated, with every order event selected', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(mutation, { maxLength: 8 }),
				fc.array(step, { maxLength: 45 }),
				async (initial, steps) => {
					histories++;
					const store = new FakeStore();
					for (const s of initial) apply(store, s);

					const failure = midPollFailure(warnings);
					const reader: ShoplineReader = {
						...ordersOnly,
						ordersUpdatedSince: async (since) => {
							failure.fail();
							const from = since === null ? -Infinity : Date.parse(since);
							// A stable but scrambled order, as any list may come back.
							const rows = store.orders
								.filter((o) => START + o.second * 1000 >= from)
								.sort(
									(a, b) =>
										((Number(a.id.slice(-3)) * 7) % 11) - ((Number(b.id.slice(-3)) * 7) % 11) ||
										a.seq - b.seq,
								);
							// Date: the store's clock (its current second), so the cursor passes settled seconds.
							const date = new Date(START + store.clock * 1000).toUTCString();
							return await Promise.resolve({
								orders: rows.map((o) => store.json(o)),
								date,
								pages: 1,
							});
						},
						orderFulfillments: async (orderId) => {
							failure.fail();
							const o = store.orders.find((x) => x.id === orderId)!;
							return await Promise.resolve(
								o.fulfillments.map((f) => ({
									id: f.id,
									status: f.status,
									shipment_status: f.shipment,
									created_at: iso(f.second),
								})),
							);
						},
					};

					// The separate reading: what the previous successful poll saw, and which orders the trigger
					// should still remember (with whether their fulfillments are known).
					const snapshot = () =>
						new Map<string, Snapshot>(
							store.orders.map((o) => [
								o.id,
								{
									second: o.second,
									financial: o.financial,
									fulfillmentStatus: o.fulfillmentStatus,
									fulfillments: new Map(o.fulfillments.map((f) => [f.id, fValue(f)])),
								},
							]),
						);
					const settled = (o: FOrder, known: boolean) =>
						o.cancelled ||
						(['paid', 'refunded'].includes(o.financial) &&
							o.fulfillmentStatus === 'shipped' &&
							known &&
							o.fulfillments.every(done));

					inMemory = reader;
					let { staticData } = await pollThrough(undefined);
					let previous = snapshot();
					let previousSeq = store.seq;
					store.lastPollSeq = ++store.seq;
					const remembered = new Map<string, { known: boolean }>(
						store.orders.filter((o) => !settled(o, false)).map((o) => [o.id, { known: false }]),
					);

					const emitted: string[] = [];
					const expected: string[] = [];
					const poll = async () => {
						// A failed poll is all or nothing (asserted by failure.poll); the next poll catches up.
						const result = await failure.poll(pollThrough, staticData);
						store.lastPollSeq = ++store.seq;
						if (!result) return;
						staticData = result.staticData;
						const out = (result.items ?? []).map((i) => i.json);
						for (const e of out) {
							const f = e as {
								event: string;
								id: string;
								previousFinancialStatus?: string;
								previousFulfillmentStatus?: string;
								previousStatus?: string;
								previousShipmentStatus?: string;
							};
							if (e.event === EVENTS.financialStatusChanged)
								emitted.push(
									`financial:${f.id}:${f.previousFinancialStatus}->${String(e.financial_status)}`,
								);
							else if (e.event === EVENTS.fulfillmentStatusChanged)
								emitted.push(
									`fulfillmentStatus:${f.id}:${f.previousFulfillmentStatus}->${String(e.fulfillment_status)}`,
								);
							else if (e.event === EVENTS.fulfillmentCreated)
								emitted.push(`fulfillmentCreated:${f.id}`);
							else if (e.event === EVENTS.shipmentStatusChanged)
								emitted.push(
									`shipment:${f.id}:${f.previousStatus}/${f.previousShipmentStatus}->${String(e.status)}/${String(e.shipment_status)}`,
								);
							else emitted.push(`${e.event}:${f.id}`);
						}

						for (const o of store.orders) {
							const before = previous.get(o.id);
							if (before && before.second === o.second) continue; // unchanged
							const memory = remembered.get(o.id);
							if (!before) {
								expected.push(
									`${EVENTS.orderCreated}:${o.id}`,
									...o.fulfillments.map((f) => `fulfillmentCreated:${f.id}`),
								);
							} else {
								expected.push(`${EVENTS.orderUpdated}:${o.id}`);
								if (memory && before.financial !== o.financial)
									expected.push(`financial:${o.id}:${before.financial}->${o.financial}`);
								if (memory && before.fulfillmentStatus !== o.fulfillmentStatus)
									expected.push(
										`fulfillmentStatus:${o.id}:${before.fulfillmentStatus}->${o.fulfillmentStatus}`,
									);
								const known = memory?.known ? before.fulfillments : undefined;
								for (const f of o.fulfillments) {
									const was = known?.get(f.id);
									if (was !== undefined) {
										if (was !== fValue(f)) expected.push(`shipment:${f.id}:${was}->${fValue(f)}`);
									} else if (known !== undefined || f.seq > previousSeq) {
										expected.push(`fulfillmentCreated:${f.id}`);
									}
								}
							}
							if (settled(o, true)) remembered.delete(o.id);
							else remembered.set(o.id, { known: true });
						}
						previous = snapshot();
						previousSeq = store.seq;
					};

					await failure.play(steps, (s) => apply(store, s), poll);
					await poll();
					await poll();

					expect(emitted.sort()).toEqual(expected.sort());
				},
			),
			{ numRuns: 1000 },
		);
	}, 300_000);
});
