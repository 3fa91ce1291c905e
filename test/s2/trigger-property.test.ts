/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import fc from 'fast-check';
import type { IDataObject } from 'n8n-workflow';

import { S2Trigger } from '../../nodes/S2/S2Trigger.node';
import { EVENTS } from '../../nodes/S2/trigger/events';
import { s2Binding } from '../../nodes/S2/trigger/poll';
import type { S2State } from '../../nodes/S2/trigger/reader';
import { recordCounts } from '../hardening/support';
import { bindingProbe, captureWarnings } from '../support/bindingProbe';
import { poll as pollEngine } from '../support/engine';
import { trackedExactly } from '../support/trackedState';
import { FakeS2, type FOrder, type Served } from './trigger-support';

const ALL_EVENTS = Object.values(EVENTS);
const NO_FILTERS = { orderStatuses: '', assignStatuses: '', fulfillmentStatuses: '' };
const TERMINAL = ['FULFILLED', 'CANCELLED'];
const STATE_KEY = 'node:Trigger under test';
/** "No bound" as a Max Requests per Poll the histories never reach. */
const UNBOUNDED = 1_000_000;

/** The in-memory S2 of the history being run, and its page size. */
let inMemory: { s2: FakeS2; pageSize: number } | undefined;
const probe = bindingProbe('s2TriggerInMemory', new S2Trigger().description, (ctx) =>
	s2Binding(ctx, inMemory!.s2, { pageSize: inMemory!.pageSize, minDetailReads: 1 }),
);
const warnings = captureWarnings();

const mutation = fc.oneof(
	{
		arbitrary: fc.record({ op: fc.constant('createOrder' as const), same: fc.boolean() }),
		weight: 3,
	},
	{ arbitrary: fc.record({ op: fc.constant('assign' as const), pick: fc.nat() }), weight: 1 },
	{ arbitrary: fc.record({ op: fc.constant('fulfill' as const), pick: fc.nat() }), weight: 1 },
	{ arbitrary: fc.record({ op: fc.constant('cancel' as const), pick: fc.nat() }), weight: 1 },
	{
		arbitrary: fc.record({
			op: fc.constant('createF' as const),
			pick: fc.nat(),
			shipments: fc.integer({ min: 1, max: 2 }),
			prepaid: fc.boolean(),
		}),
		weight: 3,
	},
	{
		arbitrary: fc.record({
			op: fc.constant('advanceF' as const),
			pick: fc.nat(),
			tracking: fc.boolean(),
		}),
		weight: 4,
	},
	{ arbitrary: fc.record({ op: fc.constant('track' as const), pick: fc.nat() }), weight: 1 },
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

const poll = fc.record({
	op: fc.constant('poll' as const),
	failAt: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
	during: fc.array(mutation, { maxLength: 6 }),
});
const step = fc.oneof({ arbitrary: mutation, weight: 2 }, { arbitrary: poll, weight: 1 });

const pick = <T>(list: T[], n: number): T | undefined =>
	list.length ? list[n % list.length] : undefined;

function apply(s2: FakeS2, m: Mutation, createdAfterPrime: Set<string> | null): void {
	const open = s2.orders.filter((o) => o.status === 'UNFULFILLED');
	const mark = (id: string) => createdAfterPrime?.add(id);
	switch (m.op) {
		case 'createOrder':
			s2.createOrder(m.same);
			return;
		case 'assign': {
			const o = pick(open, m.pick);
			if (o) o.assignStatus = o.assignStatus === 'ASSIGNED' ? 'UNASSIGNED' : 'ASSIGNED';
			return;
		}
		case 'fulfill': {
			const o = pick(open, m.pick);
			if (o) o.status = 'FULFILLED';
			return;
		}
		case 'cancel': {
			const o = pick(open, m.pick);
			if (o) Object.assign(o, { status: 'CANCELLED', frozen: true });
			return;
		}
		case 'createF': {
			const o = pick(open, m.pick);
			if (!o) return;
			const f = s2.createFulfillment(o, m.shipments, m.prepaid);
			mark(f.id);
			for (const s of f.shipments) mark(s.id);
			return;
		}
		case 'advanceF': {
			const movable = s2.orders
				.filter((o) => !o.frozen)
				.flatMap((o) =>
					o.fulfillments.filter((f) => f.status !== 'SHIPPED').map((f) => [o, f] as const),
				);
			const hit = pick(movable, m.pick);
			if (hit) s2.advanceFulfillment(hit[0], hit[1], m.tracking);
			return;
		}
		case 'track': {
			const untracked = s2.orders
				.filter((o) => !o.frozen)
				.flatMap((o) =>
					o.fulfillments.flatMap((f) => f.shipments.filter((s) => !s.trackingNumber)),
				);
			const s = pick(untracked, m.pick);
			if (s) s2.track(s);
			return;
		}
	}
}

/** Key of an emitted item, comparable with the oracle's expectations. */
function key(item: IDataObject): string {
	switch (item.event) {
		case EVENTS.orderStatusChanged:
			return `order:${item.id}:${item.previousStatus}->${item.status}`;
		case EVENTS.orderAssignStatusChanged:
			return `assign:${item.id}:${item.previousStatus}->${item.assignStatus}`;
		case EVENTS.fulfillmentCreated:
			return `fcreated:${item.id}:${item.status}`;
		case EVENTS.fulfillmentStatusChanged:
			return `fulfillment:${item.id}:${item.previousStatus}->${item.status}`;
		case EVENTS.shipmentStatusChanged:
			return `shipment:${item.id}:${item.previousStatus}->${item.status}`;
		default:
			return `tracking:${item.id}`;
	}
}

/** First value each record had in one poll's requests (a record listed twice counts as first seen). */
function firstServed(served: Served[]): Map<string, string> {
	const out = new Map<string, string>();
	for (const s of served) if (!out.has(`${s.kind}:${s.id}`)) out.set(`${s.kind}:${s.id}`, s.value);
	return out;
}

let histories = 0;
afterAll(() => recordCounts('property-s2', { histories }));

describe('S2 Trigger › random histories against an in-memory S2, through the n8n binding', () => {
	/**
	 * Property: for any history of orders, assign changes, fulfillments moving and shipments getting
	 * tracking numbers — several per poll, equal creation times, small pages, the list changing
	 * while it is paged (records shifting across page boundaries), failed polls and restarts through
	 * JSON — the events are exactly the transitions between the values the successful polls saw
	 * (none missed, none repeated), and after quiet polls every record was seen in its final state.
	 */
	it('0 missed, 0 duplicated', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.boolean(),
				fc.integer({ min: 1, max: 4 }),
				fc.array(mutation, { minLength: 1, maxLength: 12 }),
				fc.array(step, { maxLength: 40 }),
				// Requests per poll: small budgets leave order details for later polls (prioritised, in turn).
				fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
				async (newestFirst, pageSize, initial, steps, budget) => {
					histories++;
					const s2 = new FakeS2(newestFirst);
					s2.createOrder(false);
					for (const m of initial) apply(s2, m, null);
					const atPrime = new Map(s2.orders.map((o) => [o.id, o.status]));
					const createdAfterPrime = new Set<string>();
					const observed = new Map<string, string[]>();
					// A fulfillment's or shipment's updatedAt when a successful poll first served it.
					const firstUpdatedAt = new Map<string, string>();
					const emitted: string[] = [];
					inMemory = { s2, pageSize };
					let staticData: IDataObject | undefined;

					// Each poll through the trigger's binding in n8n-core's PollContext, the static data stored as
					// JSON between polls (as n8n stores it, so every poll also starts as after a restart).
					const runPoll = async (failAt: number | null, during: Mutation[]) => {
						s2.requests = 0;
						s2.pages = 0;
						s2.served = [];
						s2.failAt = failAt;
						s2.between = during.map((m) => () => apply(s2, m, createdAfterPrime));
						const warned = warnings.length;
						const { items, staticData: next } = await pollEngine({
							type: probe.type,
							parameters: {
								events: ALL_EVENTS,
								...NO_FILTERS,
								requestsPerPoll: budget ?? UNBOUNDED,
							},
							staticData,
						});
						if (failAt !== null && s2.requests >= failAt) {
							// All or nothing: nothing emitted, the saved state as it was, the failure logged.
							expect(items).toBeNull();
							expect(next).toEqual(staticData);
							expect(warnings.slice(warned)).toEqual([
								'S2 Trigger: poll failed, retrying next poll: S2 answered HTTP 503',
							]);
						} else {
							for (const { json: item } of items ?? []) {
								emitted.push(key(item));
								if (
									String(item.event).startsWith('shipment') ||
									item.event === EVENTS.trackingNumberAssigned
								) {
									expect(item).toEqual(
										expect.objectContaining({
											orderId: expect.any(String),
											fulfillmentId: expect.any(String),
										}),
									);
								}
							}
							for (const [k, v] of firstServed(s2.served))
								observed.set(k, [...(observed.get(k) ?? []), v]);
							for (const x of s2.served)
								if (x.updatedAt && !firstUpdatedAt.has(`${x.kind}:${x.id}`))
									firstUpdatedAt.set(`${x.kind}:${x.id}`, x.updatedAt);
							// Cost stays bounded after activation: order details within what the pages leave of the
							// budget (at least minDetailReads, 1 here), whatever the state carried over.
							if (budget !== undefined && staticData !== undefined)
								expect(s2.requests - s2.pages).toBeLessThanOrEqual(Math.max(1, budget - s2.pages));
							staticData = next;
						}
						for (const rest of s2.between.splice(0)) rest();
						s2.failAt = null;
					};

					const activatedAt = s2.now();
					await runPoll(null, []);
					expect(emitted).toEqual([]);
					// Records of orders the activation read; the others were first read later.
					const readAtActivation = new Set(observed.keys());
					for (const s of steps) {
						if (s.op === 'poll') await runPoll(s.failAt, s.during);
						else apply(s2, s, createdAfterPrime);
					}
					// Quiet polls until every watched order was read again (small budgets read a few a poll).
					for (let i = 0; i < 40; i++) await runPoll(null, []);

					const expected: string[] = [];
					for (const [k, values] of observed) {
						const [kind, id] = k.split(':');
						if (kind === 'order' || kind === 'assign') {
							const statuses = observed.get(`order:${id}`)!;
							for (let i = 1; i < values.length; i++) {
								if (values[i] !== values[i - 1] && !TERMINAL.includes(statuses[i - 1]))
									expected.push(`${kind}:${id}:${values[i - 1]}->${values[i]}`);
							}
							continue;
						}
						const isNew = createdAfterPrime.has(id);
						if (kind === 'fulfillment' && isNew) expected.push(`fcreated:${id}:${values[0]}`);
						if (kind === 'tracking' && isNew && values[0]) expected.push(`tracking:${id}`);
						// Existed at activation, first read after it changed: reported from an unknown value
						// (a status other than the initial CREATED, a tracking number it has).
						const changedUnread =
							!isNew &&
							!readAtActivation.has(k) &&
							Date.parse(firstUpdatedAt.get(k)!) >= activatedAt;
						if (changedUnread && kind === 'tracking' && values[0]) expected.push(`tracking:${id}`);
						if (changedUnread && kind !== 'tracking' && values[0] !== 'CREATED')
							expected.push(
								`${kind === 'fulfillment' ? 'fulfillment' : 'shipment'}:${id}:null->${values[0]}`,
							);
						for (let i = 1; i < values.length; i++) {
							if (values[i] === values[i - 1]) continue;
							if (kind === 'tracking') expected.push(`tracking:${id}`);
							else
								expected.push(
									`${kind === 'fulfillment' ? 'fulfillment' : 'shipment'}:${id}:${values[i - 1]}->${values[i]}`,
								);
						}
					}
					expect([...emitted].sort()).toEqual(expected.sort());

					// Nothing stopped being watched too early: the last look matches S2 now (orders already
					// FULFILLED or CANCELLED at activation are not watched, by design).
					const last = (k: string) => observed.get(k)?.at(-1);
					const watched = (o: FOrder) => !TERMINAL.includes(atPrime.get(o.id) ?? 'UNFULFILLED');
					for (const o of s2.orders) {
						expect(last(`order:${o.id}`)).toBe(o.status);
						if (!watched(o)) continue;
						for (const f of o.fulfillments) {
							expect(last(`fulfillment:${f.id}`)).toBe(f.status);
							for (const sh of f.shipments)
								expect([last(`shipmentStatus:${sh.id}`), last(`tracking:${sh.id}`)]).toEqual([
									sh.status,
									sh.trackingNumber ? 'tracked' : '',
								]);
						}
					}
					// Bounded state: only open orders are remembered or watched.
					const state = staticData![STATE_KEY] as S2State;
					const byId = new Map(s2.orders.map((o) => [o.id, o]));
					const allIds = s2.orders.map((o) => o.id);
					const remembered = trackedExactly(
						(state.orders as { statuses: unknown }).statuses,
						allIds,
					);
					expect(
						Object.keys(remembered).every((id) => !TERMINAL.includes(byId.get(id)!.status)),
					).toBe(true);
					for (const id of Object.keys(state.watch ? trackedExactly(state.watch, allIds) : {})) {
						const o = byId.get(id)!;
						const open = o.fulfillments.some(
							(f) => f.status !== 'SHIPPED' || f.shipments.some((sh) => !sh.trackingNumber),
						);
						expect(o.status === 'UNFULFILLED' || (o.status === 'FULFILLED' && open)).toBe(true);
					}
				},
			),
			// 300 (was 1000 on the core alone): through n8n-core each history costs about twice as much; 300
			// keep the file near a minute on a loaded 2-core machine (500 took 104-114 s at load 17).
			{ numRuns: 300 },
		);
	}, 300_000);
});
