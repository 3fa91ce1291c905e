/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import fc from 'fast-check';

import {
	collectLinkPages,
	consume,
	cursorFromStatic,
	cursorToStatic,
	emptyCursor,
	instant,
	isAfterCursor,
	type LinkPage,
	type Stamped,
	type UpdatedCursor,
} from '../../nodes/shared/poll/updatedCursor';
import { recordCounts } from '../hardening/support';

interface Rec {
	id: string;
	updated_at: string;
}
const shape: Stamped<Rec> = { id: (r) => r.id, updatedAt: (r) => r.updated_at };
const ids = (records: Rec[]) => records.map((r) => r.id);

let histories = 0;
afterAll(() => recordCounts('property-updated-cursor', { histories }));

describe('shared updated_at cursor', () => {
	it('compares timestamps as instants, whatever their offset', () => {
		expect(instant('2026-03-01T10:05:00+08:00')).toBe(instant('2026-03-01T02:05:00Z'));
		expect(instant('2026-03-01T10:05:00+08:00')).toBeLessThan(instant('2026-02-28T22:05:01-04:00'));
		expect(instant('')).toBeNaN();
		expect(instant(undefined)).toBeNaN();
	});

	it('first answer: everything is changed; cursor = newest updated_at as the API wrote it, with every id at it', () => {
		const { changed, repeated, next } = consume(
			emptyCursor(),
			[
				{ id: 'b', updated_at: '2026-03-01T10:05:00+08:00' },
				{ id: 'a', updated_at: '2026-03-01T02:05:00Z' }, // same instant as b
				{ id: 'c', updated_at: '2026-03-01T09:00:00+08:00' },
			],
			shape,
		);
		expect(ids(changed)).toEqual(['c', 'a', 'b']); // oldest first, ties by id
		expect(repeated).toEqual([]);
		expect(next).toEqual({ cursor: '2026-03-01T02:05:00Z', atCursor: ['a', 'b'] });
	});

	it('the boundary records the inclusive filter returns again are repeats; a new one in the same second is changed', () => {
		const previous: UpdatedCursor = { cursor: '2026-03-01T10:05:00+08:00', atCursor: ['a', 'b'] };
		const { changed, repeated, next } = consume(
			previous,
			[
				{ id: 'a', updated_at: '2026-03-01T10:05:00+08:00' },
				{ id: 'b', updated_at: '2026-03-01T10:05:00+08:00' },
				{ id: 'c', updated_at: '2026-03-01T10:05:00+08:00' },
			],
			shape,
		);
		expect(ids(changed)).toEqual(['c']);
		expect(ids(repeated)).toEqual(['a', 'b']);
		expect(next).toEqual({ cursor: '2026-03-01T10:05:00+08:00', atCursor: ['a', 'b', 'c'] });
	});

	it('a later timestamp moves the cursor and resets the boundary ids; an idle answer changes nothing', () => {
		const previous: UpdatedCursor = { cursor: '2026-03-01T10:05:00+08:00', atCursor: ['a'] };
		const moved = consume(
			previous,
			[
				{ id: 'a', updated_at: '2026-03-01T10:05:00+08:00' },
				{ id: 'a2', updated_at: '2026-03-01T10:05:01+08:00' },
			],
			shape,
		);
		expect(ids(moved.changed)).toEqual(['a2']);
		expect(moved.next).toEqual({ cursor: '2026-03-01T10:05:01+08:00', atCursor: ['a2'] });
		const idle = consume(
			moved.next,
			[{ id: 'a2', updated_at: '2026-03-01T10:05:01+08:00' }],
			shape,
		);
		expect(idle.changed).toEqual([]);
		expect(idle.next).toEqual(moved.next);
		expect(consume(moved.next, [], shape).next).toEqual(moved.next);
	});

	it('a record on two pages (pages shifting) counts once, with its newest updated_at', () => {
		const { changed } = consume(
			emptyCursor(),
			[
				{ id: 'a', updated_at: '2026-03-01T10:00:00+08:00' },
				{ id: 'a', updated_at: '2026-03-01T10:00:09+08:00' },
			],
			shape,
		);
		expect(changed).toEqual([{ id: 'a', updated_at: '2026-03-01T10:00:09+08:00' }]);
	});

	it('an unreadable timestamp is reported as changed but never moves the cursor', () => {
		const previous: UpdatedCursor = { cursor: '2026-03-01T10:05:00+08:00', atCursor: ['a'] };
		const { changed, next } = consume(previous, [{ id: 'x', updated_at: 'not a date' }], shape);
		expect(ids(changed)).toEqual(['x']);
		expect(next).toEqual(previous);
	});

	it('isAfterCursor: after, or equal and not handled', () => {
		const previous: UpdatedCursor = { cursor: '2026-03-01T10:05:00+08:00', atCursor: ['a'] };
		expect(isAfterCursor(previous, '2026-03-01T10:05:00+08:00', 'a')).toBe(false);
		expect(isAfterCursor(previous, '2026-03-01T10:05:00+08:00', 'b')).toBe(true);
		expect(isAfterCursor(previous, '2026-03-01T10:04:59+08:00', 'b')).toBe(false);
		expect(isAfterCursor(emptyCursor(), '2020-01-01T00:00:00Z', 'z')).toBe(true);
	});

	it('survives the static-data round trip; unknown data reads as no state', () => {
		const state: UpdatedCursor = { cursor: '2026-03-01T10:05:00+08:00', atCursor: ['a'] };
		expect(cursorFromStatic(JSON.parse(JSON.stringify(cursorToStatic(state))))).toEqual(state);
		expect(cursorFromStatic(JSON.parse(JSON.stringify(cursorToStatic(emptyCursor()))))).toEqual(
			emptyCursor(),
		);
		expect(cursorFromStatic(undefined)).toBeUndefined();
		expect(cursorFromStatic({})).toBeUndefined();
	});

	it('collectLinkPages follows next tokens to the end and fails on a repeated token (no third request)', async () => {
		const pages: Record<string, LinkPage<number>> = {
			start: { records: [1, 2], next: 'p2' },
			p2: { records: [3], next: 'p3' },
			p3: { records: [4] },
		};
		const asked: Array<string | undefined> = [];
		const all = await collectLinkPages(async (next) => {
			asked.push(next);
			return pages[next ?? 'start'];
		});
		expect(all).toEqual([1, 2, 3, 4]);
		expect(asked).toEqual([undefined, 'p2', 'p3']);
		let calls = 0;
		await expect(
			collectLinkPages(async () => ({ records: [calls++], next: 'same' })),
		).rejects.toThrow(/same next-page cursor twice/);
		expect(calls).toBe(2);
	});

	/**
	 * Property: an in-memory fake of an `updated_at_min` (inclusive) list with cursor paging, in any
	 * order, with a server clock in whole seconds (many updates per second, polls in the same second
	 * as updates), pages of 1-4 records, and restarts through JSON. Each poll walks all pages and
	 * consumes them. Expected: every record whose updated_at differs from what the previous poll saw
	 * (or that is new) is reported exactly once — 0 missed, 0 duplicated.
	 */
	it('random histories against a fake list endpoint: 0 missed, 0 duplicated', async () => {
		const step = fc.oneof(
			fc.record({ op: fc.constant('tick' as const), by: fc.integer({ min: 0, max: 2 }) }),
			fc.record({ op: fc.constant('create' as const) }),
			fc.record({ op: fc.constant('update' as const), pick: fc.nat() }),
			fc.record({ op: fc.constant('poll' as const), restart: fc.boolean() }),
		);
		await fc.assert(
			fc.asyncProperty(
				fc.integer({ min: 0, max: 6 }),
				fc.array(step, { maxLength: 50 }),
				fc.integer({ min: 1, max: 4 }),
				fc.integer(),
				async (initial, steps, limit, seed) => {
					histories++;
					const start = Date.parse('2026-03-01T00:00:00Z');
					let clock = 0; // server seconds
					const zones = ['+08:00', '-04:00', 'Z'];
					const stamp = (second: number, id: number) => {
						const zone = zones[Math.abs(id + seed) % 3];
						const offset =
							zone === 'Z'
								? 0
								: (zone.startsWith('-') ? -1 : 1) * Number(zone.slice(1, 3)) * 3600_000;
						return new Date(start + second * 1000 + offset).toISOString().replace('.000Z', zone);
					};
					const store: Array<{ n: number; second: number }> = [];
					const record = (r: { n: number; second: number }): Rec => ({
						id: `o${r.n}`,
						updated_at: stamp(r.second, r.n),
					});

					// The fake endpoint: filter, a stable but scrambled order, cursor pages of `limit`.
					let requests = 0;
					const list = async (min: string | null, pageInfo?: string): Promise<LinkPage<Rec>> => {
						requests++;
						const { from, offset } = pageInfo
							? (JSON.parse(pageInfo) as { from: number; offset: number })
							: { from: min === null ? -Infinity : instant(min), offset: 0 };
						const rows = store
							.filter((r) => start + r.second * 1000 >= from)
							.sort((a, b) => ((a.n * 7919 + seed) % 13) - ((b.n * 7919 + seed) % 13) || a.n - b.n);
						const slice = rows.slice(offset, offset + limit).map(record);
						const more = offset + limit < rows.length;
						return {
							records: slice,
							next: more ? JSON.stringify({ from, offset: offset + limit }) : undefined,
						};
					};
					const walk = async (state: UpdatedCursor) =>
						await collectLinkPages((next) => list(state.cursor, next));

					for (let i = 0; i < initial; i++) store.push({ n: store.length, second: clock });
					let state = consume(emptyCursor(), await walk(emptyCursor()), shape).next;
					let lastSeen = new Map(store.map((r) => [`o${r.n}`, r.second]));
					const emitted: string[] = [];
					const expected: string[] = [];

					const poll = async (restart: boolean) => {
						requests = 0;
						const { changed, next } = consume(state, await walk(state), shape);
						const pages = Math.max(
							1,
							Math.ceil(
								store.filter(
									(r) => state.cursor === null || start + r.second * 1000 >= instant(state.cursor),
								).length / limit,
							),
						);
						expect(requests).toBe(pages);
						for (const r of changed) emitted.push(`${r.id}@${instant(r.updated_at)}`);
						for (const r of store) {
							const id = `o${r.n}`;
							if (lastSeen.get(id) !== r.second) expected.push(`${id}@${start + r.second * 1000}`);
						}
						lastSeen = new Map(store.map((r) => [`o${r.n}`, r.second]));
						state = restart
							? (cursorFromStatic(
									JSON.parse(JSON.stringify(cursorToStatic(next))),
								) as UpdatedCursor)
							: next;
					};

					for (const s of steps) {
						if (s.op === 'tick') clock += s.by;
						else if (s.op === 'create') store.push({ n: store.length, second: clock });
						else if (s.op === 'update' && store.length) store[s.pick % store.length].second = clock;
						else if (s.op === 'poll') await poll(s.restart);
					}
					await poll(false);
					expect(emitted.sort()).toEqual(expected.sort());
					expect(new Set(emitted).size).toBe(emitted.length);
				},
			),
			{ numRuns: 1000 },
		);
	});
});
