/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import fc from 'fast-check';
import type { IDataObject } from 'n8n-workflow';

import { pollSources, type FulfillbotReader } from '../../nodes/Fulfillbot/trigger/watch';
import { recordCounts } from '../hardening/support';
import { trackedCount } from '../support/trackedState';

/**
 * Property: the Fulfillbot Trigger against an in-memory Fulfillbot whose three lists (purchase orders,
 * shipping orders, packages) change at random — several records per second, pages of 1-4 that shift
 * while they are walked (records created between two page requests), a list failing mid-poll, and
 * restarts through JSON. Each successful read of a list is compared with the previous one by a
 * separate reading of the events: new records after activation, and status moves of records that were
 * not finished. Expected: every such event exactly once — 0 missed, 0 duplicated — and the state holds
 * exactly the unfinished records.
 */

type ListKey = 'purchaseOrders' | 'shippingOrders' | 'packages';
interface Rec {
	id: string;
	status: string;
	second: number;
}

const PATHS: Record<ListKey, string> = {
	purchaseOrders: '/orders',
	shippingOrders: '/shipping/orders',
	packages: '/warehouse/packages',
};
const PO_FLOW = [
	'pending',
	'paid',
	'purchased',
	'shipped_to_warehouse',
	'in_warehouse',
	'completed',
];
const SO_FLOW = ['pending', 'shipped', 'delivered'];
const TERMINAL: Record<ListKey, (s: string) => boolean> = {
	purchaseOrders: (s) => s === 'completed' || s === 'cancelled',
	shippingOrders: (s) => s === 'delivered' || s === 'cancelled',
	packages: () => true,
};
const EVENTS = [
	'purchaseOrderCreated',
	'purchaseOrderStatusChanged',
	'shippingOrderStatusChanged',
	'packageArrived',
];
const START = Date.parse('2026-05-01T00:00:00Z');

class FakeFulfillbot {
	lists: Record<ListKey, Rec[]> = { purchaseOrders: [], shippingOrders: [], packages: [] };
	clock = 0;
	private n = 0;

	create(list: ListKey, same: boolean): void {
		if (!same) this.clock++;
		this.n++;
		const id =
			list === 'packages'
				? String(1000 + this.n)
				: `${list === 'purchaseOrders' ? 'ORD' : 'SHP'}-20260501-${String(this.n).padStart(5, '0')}`;
		this.lists[list].push({
			id,
			status: list === 'packages' ? 'in_warehouse' : 'pending',
			second: this.clock,
		});
	}

	move(list: 'purchaseOrders' | 'shippingOrders', pick: number, cancel: boolean): void {
		const flow = list === 'purchaseOrders' ? PO_FLOW : SO_FLOW;
		const open = this.lists[list].filter((r) => !TERMINAL[list](r.status));
		if (!open.length) return;
		const r = open[pick % open.length];
		r.status = cancel && r.status === 'pending' ? 'cancelled' : flow[flow.indexOf(r.status) + 1];
	}

	/** One page, newest first like the API, with `total`. */
	page(list: ListKey, page: number, limit: number): { items: IDataObject[]; total: number } {
		const rows = [...this.lists[list]].reverse(); // created in order: reversed = newest first
		const iso = (r: Rec) => new Date(START + r.second * 1000).toISOString().replace('.000Z', 'Z');
		const items = rows
			.slice((page - 1) * limit, page * limit)
			.map((r) =>
				list === 'packages'
					? { id: Number(r.id), status: r.status, arrivedAt: iso(r) }
					: { orderNo: r.id, status: r.status, createdAt: iso(r) },
			);
		return { items, total: rows.length };
	}
}

const mutation = fc.oneof(
	fc.record({
		op: fc.constant('create' as const),
		list: fc.constantFrom<ListKey>('purchaseOrders', 'shippingOrders', 'packages'),
		same: fc.boolean(),
	}),
	fc.record({
		op: fc.constant('move' as const),
		list: fc.constantFrom('purchaseOrders' as const, 'shippingOrders' as const),
		pick: fc.nat(),
		cancel: fc.boolean(),
	}),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;
const pollStep = fc.record({
	op: fc.constant('poll' as const),
	restart: fc.boolean(),
	failAt: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
	/** Mutations made between page requests of this poll (pages shift under the walk). */
	during: fc.array(fc.record({ after: fc.integer({ min: 1, max: 5 }), m: mutation }), {
		maxLength: 3,
	}),
});
const step = fc.oneof({ arbitrary: mutation, weight: 3 }, { arbitrary: pollStep, weight: 1 });

const apply = (api: FakeFulfillbot, m: Mutation) =>
	m.op === 'create' ? api.create(m.list, m.same) : api.move(m.list, m.pick, m.cancel);

let histories = 0;
afterAll(() => recordCounts('property-fulfillbot', { histories }));

describe('Fulfillbot Trigger: random histories', () => {
	it('0 missed, 0 duplicated; the state holds exactly the unfinished records', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(mutation, { maxLength: 8 }),
				fc.array(step, { maxLength: 40 }),
				fc.integer({ min: 1, max: 4 }),
				fc.subarray(['paid', 'in_warehouse', 'completed', 'cancelled']),
				async (initial, steps, pageSize, only) => {
					histories++;
					const api = new FakeFulfillbot();
					for (const m of initial) apply(api, m);

					let data: IDataObject = {};
					let requests = 0;
					let failAt: number | null = null;
					let during: Array<{ after: number; m: Mutation }> = [];
					/** What each list showed at its last successful read (id → status, later reads of a page win). */
					const shown: Partial<Record<ListKey, Map<string, string>>> = {};
					const walking = new Map<ListKey, Map<string, string>>();
					const failed = new Set<ListKey>();
					const reader: FulfillbotReader = {
						page: async (path, page, limit) => {
							requests++;
							for (const d of during.filter((x) => x.after === requests)) apply(api, d.m);
							const list = (Object.keys(PATHS) as ListKey[]).find((k) => PATHS[k] === path)!;
							if (page === 1) walking.set(list, new Map());
							if (requests === failAt) {
								failed.add(list);
								throw new Error('socket hang up');
							}
							const result = api.page(list, page, limit);
							for (const item of result.items)
								walking.get(list)!.set(String(item.orderNo ?? item.id), String(item.status));
							return await Promise.resolve(result);
						},
						warn: () => undefined,
					};

					const emitted: string[] = [];
					const expected: string[] = [];
					const options = { events: EVENTS, statuses: only, pageSize };
					const poll = async (restart: boolean) => {
						requests = 0;
						walking.clear();
						failed.clear();
						const out = await pollSources(reader, data, options);
						for (const { event, change } of out)
							emitted.push(`${event}:${change.id}:${change.previousStatus}->${change.status}`);
						for (const list of Object.keys(PATHS) as ListKey[]) {
							// A list whose walk failed keeps its state: it is compared at its next complete read.
							const now = walking.get(list);
							if (!now || failed.has(list)) continue;
							const before = shown[list];
							if (before) {
								for (const [id, status] of now) {
									const was = before.get(id);
									if (was === undefined) {
										if (list === 'purchaseOrders')
											expected.push(`purchaseOrderCreated:${id}:null->${status}`);
										if (list === 'shippingOrders' && status !== 'pending')
											expected.push(`shippingOrderStatusChanged:${id}:null->${status}`);
										if (list === 'packages') expected.push(`packageArrived:${id}:null->${status}`);
									} else if (was !== status && !TERMINAL[list](was) && list !== 'packages') {
										if (list === 'shippingOrders')
											expected.push(`shippingOrderStatusChanged:${id}:${was}->${status}`);
										else if (!only.length || only.includes(status))
											expected.push(`purchaseOrderStatusChanged:${id}:${was}->${status}`);
									}
								}
							}
							shown[list] = now;
						}
						if (restart) data = JSON.parse(JSON.stringify(data)) as IDataObject;
					};

					// Activation: no faults, nothing emitted.
					await poll(false);
					expect(emitted).toEqual([]);
					for (const s of steps) {
						if (s.op !== 'poll') {
							apply(api, s);
							continue;
						}
						failAt = s.failAt;
						during = s.during;
						await poll(s.restart);
						failAt = null;
						during = [];
					}
					await poll(true);
					await poll(false); // records created during the last walks are read now

					expect(emitted.sort()).toEqual(expected.sort());
					for (const list of ['purchaseOrders', 'shippingOrders'] as const) {
						const open = api.lists[list].filter((r) => !TERMINAL[list](r.status)).length;
						expect(trackedCount((data[list] as IDataObject).statuses)).toBe(open);
					}
				},
			),
			{ numRuns: 1000 },
		);
	});
});
