/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import fc from 'fast-check';
import type { IDataObject } from 'n8n-workflow';

import { ShoplineTrigger } from '../../nodes/Shopline/ShoplineTrigger.node';
import { EVENTS } from '../../nodes/Shopline/trigger/events';
import { shoplineBinding } from '../../nodes/Shopline/trigger/poll';
import type { ShoplineReader } from '../../nodes/Shopline/trigger/reader';
import { recordCounts } from '../hardening/support';
import { bindingProbe, captureWarnings } from '../support/bindingProbe';
import { poll as pollEngine } from '../support/engine';
import { FakeClock, midPollFailure, STATE_KEY } from './trigger-support';

/**
 * Property: Product Updated and Inventory Level Changed against an in-memory catalog that changes at
 * random — products created and updated (several in one second, in the second the cursor stands on),
 * levels set (also to the value they had), connected, disconnected and connected again, a request
 * failing mid-poll, a small random Max Requests per Poll so the level walk spans polls. Every poll goes
 * through the trigger's n8n binding with the static data stored as JSON between polls (a restart each
 * time). A separate reading checks:
 * - Product Updated: each product change exactly once, in the poll after it, `created` only for new ones;
 * - Inventory Level Changed: per level, each event's previousAvailable is what the one before reported
 *   (null only for a level new since activation or connected again), its available differs from it and
 *   is a value the level had, and after two quiet rounds the last reported value is the level's value
 *   (a level changed since activation is reported; one never changed is not).
 * Not modelled: a product updated twice within one second with a poll in between keeps its updated_at
 * (shared/poll/updatedCursor.ts); the fake moves its clock on a second then.
 */

const START = Date.parse('2026-06-01T00:00:00Z');
const iso = (second: number) =>
	new Date(START + second * 1000 + 8 * 3600_000).toISOString().replace('.000Z', '+08:00');
const LOCATIONS = ['7001', '7002'];
const PAGE = 3; // products per catalog page: the walk spans several pages and polls

interface FProduct {
	id: string;
	createdSecond: number;
	second: number;
	seq: number;
	items: string[];
}
interface FLevel {
	available: number;
	second: number;
	connected: boolean;
	/** Every value it had. */
	history: number[];
	/** Disconnected at least once (a null previousAvailable may then start over). */
	reconnected: boolean;
}

class FakeCatalog extends FakeClock {
	products: FProduct[] = [];
	levels = new Map<string, FLevel>();

	create(variants: number, stock: number): void {
		if (this.products.length >= 12) return;
		this.n++;
		const id = `160578502648452507912${String(this.n).padStart(5, '0')}`;
		const items = Array.from({ length: variants }, (_, i) => `57850602${this.n}${i}`);
		this.products.push({
			id,
			createdSecond: this.clock,
			second: this.clock,
			seq: ++this.seq,
			items,
		});
		for (const [i, item] of items.entries()) this.connect(`${item}/${LOCATIONS[i % 2]}`, stock + i);
	}

	update(pick: number): void {
		const p = this.products[pick % Math.max(1, this.products.length)];
		if (p) this.touch(p);
	}

	private connect(key: string, available: number): void {
		const old = this.levels.get(key);
		this.levels.set(key, {
			available,
			second: this.clock,
			connected: true,
			history: [...(old?.history ?? []), available],
			reconnected: old !== undefined,
		});
	}

	private keys(): string[] {
		return this.products.flatMap((p) => p.items.flatMap((i) => LOCATIONS.map((l) => `${i}/${l}`)));
	}

	set(pick: number, value: number): void {
		const live = [...this.levels.entries()].filter(([, l]) => l.connected);
		const [, level] = live[pick % Math.max(1, live.length)] ?? [];
		if (!level) return;
		level.available = value;
		level.second = this.clock;
		level.history.push(value);
	}

	toggle(pick: number, value: number): void {
		const keys = this.keys();
		const key = keys[pick % Math.max(1, keys.length)];
		if (!key) return;
		const level = this.levels.get(key);
		if (level?.connected) level.connected = false;
		else this.connect(key, value);
	}

	productJson(p: FProduct): IDataObject {
		return {
			id: p.id,
			title: `Product ${p.id.slice(-3)}`,
			created_at: iso(p.createdSecond),
			updated_at: iso(p.second),
			variants: p.items.map((item, i) => ({
				id: `${item}9`,
				inventory_item_id: item,
				position: i,
			})),
		};
	}

	date(): string {
		return new Date(START + this.clock * 1000).toUTCString();
	}
}

const step = fc.oneof(
	{
		arbitrary: fc.record({
			op: fc.constant('create' as const),
			variants: fc.integer({ min: 1, max: 3 }),
			stock: fc.integer({ min: 0, max: 5 }),
			same: fc.boolean(),
		}),
		weight: 2,
	},
	{
		arbitrary: fc.record({
			op: fc.constant('update' as const),
			pick: fc.nat(),
			same: fc.boolean(),
		}),
		weight: 2,
	},
	{
		arbitrary: fc.record({
			op: fc.constant('set' as const),
			pick: fc.nat(),
			value: fc.integer({ min: 0, max: 4 }),
			same: fc.boolean(),
		}),
		weight: 4,
	},
	{
		arbitrary: fc.record({
			op: fc.constant('toggle' as const),
			pick: fc.nat(),
			value: fc.integer({ min: 0, max: 4 }),
			same: fc.boolean(),
		}),
		weight: 1,
	},
	{
		arbitrary: fc.record({
			op: fc.constant('poll' as const),
			failAt: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
		}),
		weight: 3,
	},
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function apply(store: FakeCatalog, s: Step): void {
	if (s.op === 'poll') return;
	store.tick(s.same);
	if (s.op === 'create') store.create(s.variants, s.stock);
	else if (s.op === 'update') store.update(s.pick);
	else if (s.op === 'set') store.set(s.pick, s.value);
	else store.toggle(s.pick, s.value);
}

let inMemory: ShoplineReader | undefined;
const probe = bindingProbe(
	'shoplineCatalogTriggerInMemory',
	new ShoplineTrigger().description,
	(ctx) => shoplineBinding(ctx, inMemory!),
);
const warnings = captureWarnings();

let histories = 0;
afterAll(() => recordCounts('property-shopline-catalog', { histories }));

describe('SHOPLINE Trigger, Product Updated and Inventory Level Changed: random histories', () => {
	it('each product change once; each level change reported once, in order, and the final value reached', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.integer({ min: 0, max: 10 }),
				fc.array(step, { maxLength: 6 }),
				fc.array(step, { maxLength: 40 }),
				fc.integer({ min: 2, max: 8 }),
				async (seeded, initial, steps, budget) => {
					histories++;
					const store = new FakeCatalog();
					for (let i = 0; i < seeded; i++) store.create(1 + (i % 3), i % 4);
					for (const s of initial) apply(store, s);
					store.clock++; // activation in a second of its own (see products.ts: activation)

					const failure = midPollFailure(warnings);
					const notOrders = async (): Promise<never> =>
						await Promise.reject(new Error('orders are not selected'));
					inMemory = {
						ordersUpdatedSince: notOrders,
						orderFulfillments: notOrders,
						productsUpdatedSince: async (since) => {
							failure.fail();
							const from = since === null ? -Infinity : Date.parse(since);
							const rows = store.products
								.filter((p) => START + p.second * 1000 >= from)
								.sort(
									(a, b) => ((Number(a.id.slice(-2)) * 7) % 5) - ((Number(b.id.slice(-2)) * 7) % 5),
								);
							return await Promise.resolve({
								products: rows.map((p) => store.productJson(p)),
								date: store.date(),
								pages: 1,
							});
						},
						catalogPage: async (page) => {
							failure.fail();
							const at = page === undefined ? 0 : Number(page);
							const products = store.products.slice(at, at + PAGE).map((p) => store.productJson(p));
							const next = at + PAGE < store.products.length ? String(at + PAGE) : undefined;
							return await Promise.resolve({ products, next, date: store.date() });
						},
						inventoryLevels: async (ids) => {
							failure.fail();
							expect(ids.length).toBeLessThanOrEqual(50);
							return await Promise.resolve(
								[...store.levels.entries()]
									.filter(([key, l]) => l.connected && ids.includes(key.split('/')[0]))
									.map(([key, l]) => ({
										inventory_item_id: key.split('/')[0],
										location_id: key.split('/')[1],
										available: l.available,
										updated_at: iso(l.second),
									})),
							);
						},
					};
					const pollThrough = async (staticData: IDataObject | undefined) =>
						await pollEngine({
							type: probe.type,
							parameters: {
								events: [EVENTS.productUpdated, EVENTS.inventoryLevelChanged],
								requestsPerPoll: budget,
							},
							staticData,
						});

					let { staticData } = await pollThrough(undefined);
					store.lastPollSeq = ++store.seq;
					const atActivation = new Map(
						[...store.levels.entries()]
							.filter(([, l]) => l.connected)
							.map(([k, l]) => [k, l.available]),
					);
					const setsAtActivation = new Map(
						[...store.levels.entries()].map(([k, l]) => [k, l.history.length]),
					);
					let previous = new Map(store.products.map((p) => [p.id, p.second]));
					const products: string[] = [];
					const expectedProducts: string[] = [];
					const levelEvents = new Map<
						string,
						Array<{ previous: number | null; available: number }>
					>();

					const poll = async () => {
						const result = await failure.poll(pollThrough, staticData);
						store.lastPollSeq = ++store.seq;
						if (!result) return;
						staticData = result.staticData;
						for (const { json } of result.items ?? []) {
							if (json.event === EVENTS.productUpdated) {
								products.push(`${String(json.id)}:${String(json.created)}`);
							} else {
								expect(json.event).toBe(EVENTS.inventoryLevelChanged);
								const key = `${String(json.inventory_item_id)}/${String(json.location_id)}`;
								const list = levelEvents.get(key) ?? [];
								list.push({
									previous: json.previousAvailable as number | null,
									available: json.available as number,
								});
								levelEvents.set(key, list);
							}
						}
						for (const p of store.products) {
							const before = previous.get(p.id);
							if (before !== p.second)
								expectedProducts.push(`${p.id}:${String(before === undefined)}`);
						}
						previous = new Map(store.products.map((p) => [p.id, p.second]));
					};

					await failure.play(steps, (s) => apply(store, s), poll);
					// Quiet polls until two more rounds of the walk ended: every level visited after the last change.
					const round = () =>
						Number(((staticData[STATE_KEY] as IDataObject).levels as IDataObject).round);
					const target = round() + 2;
					for (let i = 0; i < 500 && round() < target; i++) await poll();
					expect(round()).toBeGreaterThanOrEqual(target);

					expect(products.sort()).toEqual(expectedProducts.sort());
					for (const [key, level] of store.levels) {
						const events = levelEvents.get(key) ?? [];
						let reported: number | null | undefined = atActivation.get(key);
						for (const [i, e] of events.entries()) {
							// Unknown to the trigger (its first event: new, or changed before the walk first met it;
							// later only after it was disconnected and connected again); else what was reported last.
							if (e.previous === null) {
								expect(i === 0 || level.reconnected).toBe(true);
								// A level the activation knew is reported as unknown only after it was set again.
								if (atActivation.has(key) && !level.reconnected)
									expect(level.history.length).toBeGreaterThan(setsAtActivation.get(key)!);
							} else expect(e.previous).toBe(reported);
							expect(e.available).not.toBe(e.previous);
							expect(level.history).toContain(e.available);
							reported = e.available;
						}
						if (level.connected) expect(reported).toBe(level.available);
					}
				},
			),
			{ numRuns: 300 },
		);
	}, 300_000);
});
