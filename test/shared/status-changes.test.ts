/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import fc from 'fast-check';

import {
	fingerprint,
	pack,
	track,
	trackedFromStatic,
	trackedToStatic,
	unpack,
	valueOf,
} from '../../nodes/shared/poll/compactState';
import {
	advance,
	emptyState,
	fromStatic,
	prime,
	toStatic,
	type ChangeState,
	type RecordShape,
} from '../../nodes/shared/poll/statusChanges';
import { recordCounts } from '../hardening/support';

interface Rec {
	id: string;
	status: string;
	createdAt: number;
}

const FLOW = ['pending', 'paid', 'purchased', 'in_warehouse', 'completed'];
const shape: RecordShape<Rec> = {
	id: (r) => r.id,
	status: (r) => r.status,
	createdAt: (r) => r.createdAt,
	isTerminal: (s) => s === 'completed' || s === 'cancelled',
};

/** The tracked statuses of the candidate ids. */
const values = (state: ChangeState, ids: string[]) =>
	Object.fromEntries(
		ids.flatMap((id) =>
			valueOf(state.statuses, id) === undefined ? [] : [[id, valueOf(state.statuses, id)]],
		),
	);

describe('compact state (ids as fingerprints, statuses as a table)', () => {
	it('fingerprints: 8 url-safe characters, stable, distinct across 200,000 similar ids', () => {
		expect(fingerprint('ORD-20240115-001')).toMatch(/^[A-Za-z0-9_-]{8}$/);
		expect(fingerprint('ORD-20240115-001')).toBe(fingerprint('ORD-20240115-001'));
		const seen = new Set<string>();
		for (let i = 0; i < 100_000; i++)
			seen
				.add(fingerprint(`ORD-20250101-${i}`))
				.add(fingerprint(`2105740193282631${String(i).padStart(10, '0')}`));
		expect(seen.size).toBe(200_000);
	});

	it('pack/unpack keep order and values; more than 64 values widen the index', () => {
		const entries: Array<[string, string]> = Array.from({ length: 300 }, (_, i) => [
			fingerprint(`id${i}`),
			`status-${i % 70}`,
		]);
		const packed = JSON.parse(JSON.stringify(pack(entries))) as unknown;
		expect(packed).toMatchObject({ w: 2 });
		expect(unpack(packed)).toEqual(entries);
		expect(unpack({ statuses: {} })).toBeUndefined();
		// A single value (a set) is stored without an index: 8 characters per entry.
		const set = pack(entries.map(([key]) => [key, '']));
		expect(set).toMatchObject({ v: [''], w: 0 });
		expect((set.e as string).length).toBe(300 * 8);
		expect(unpack(set)).toEqual(entries.map(([key]) => [key, '']));
	});

	it('ids sharing a fingerprint with another listed id are kept in full, so neither is mistaken for the other', () => {
		// A real 48-bit collision cannot be found quickly, so a weak key (the first letter) forces them.
		const weak = (id: string) => fingerprint(id.slice(0, 1));
		const tracked = track(
			[
				['a1', 'open'],
				['a2', 'paid'],
				['b1', 'open'],
			],
			['a1', 'a2', 'a3', 'b1', 'c1'],
			weak,
		);
		expect([...tracked.exact]).toEqual([
			['a1', 'open'],
			['a2', 'paid'],
		]);
		expect([...tracked.byKey]).toEqual([[weak('b1'), 'open']]);
		expect(['a1', 'a2', 'a3', 'b1', 'c1'].map((id) => valueOf(tracked, id, weak))).toEqual([
			'open',
			'paid',
			undefined,
			'open',
			undefined,
		]);
		// A clash only among listed ids that are not tracked costs nothing.
		expect(track([['b1', 'open']], ['a1', 'a2', 'b1'], weak).exact.size).toBe(0);

		const round = trackedFromStatic(JSON.parse(JSON.stringify(trackedToStatic(tracked))));
		expect(round).toEqual(tracked);
		// A plain `{ id: status }` map (a form never released) is not read as tracked records.
		expect(trackedFromStatic({ a: 'pending' })).toBeUndefined();
	});
});

let histories = 0;
afterAll(() => recordCounts('property-status-changes', { histories }));

describe('shared status-change detection', () => {
	it('a first poll emits nothing and tracks only non-terminal records', () => {
		const state = prime(
			[
				{ id: 'a', status: 'pending', createdAt: 1 },
				{ id: 'b', status: 'completed', createdAt: 2 },
			],
			shape,
		);
		expect(state).toMatchObject({ since: 2, idsAtSince: ['b'] });
		expect(values(state, ['a', 'b'])).toEqual({ a: 'pending' });
	});

	it('emits a change once, a new record once, and forgets records after their terminal event', () => {
		let state = prime([{ id: 'a', status: 'pending', createdAt: 1 }], shape);
		const r1 = advance(
			state,
			[
				{ id: 'a', status: 'paid', createdAt: 1 },
				{ id: 'n', status: 'pending', createdAt: 5 },
			],
			shape,
		);
		expect(r1.changes.map((c) => [c.kind, c.id, c.previousStatus, c.status])).toEqual([
			['statusChanged', 'a', 'pending', 'paid'],
			['created', 'n', null, 'pending'],
		]);
		state = r1.state;
		const r2 = advance(
			state,
			[
				{ id: 'a', status: 'paid', createdAt: 1 },
				{ id: 'n', status: 'completed', createdAt: 5 },
			],
			shape,
		);
		expect(r2.changes.map((c) => [c.id, c.status])).toEqual([['n', 'completed']]);
		expect(values(r2.state, ['a', 'n'])).toEqual({ a: 'paid' });
		const r3 = advance(
			r2.state,
			[
				{ id: 'a', status: 'paid', createdAt: 1 },
				{ id: 'n', status: 'completed', createdAt: 5 },
			],
			shape,
		);
		expect(r3.changes).toEqual([]);
	});

	it('a record created in the same millisecond as the watermark is still new exactly once', () => {
		const state = prime([{ id: 'a', status: 'completed', createdAt: 7 }], shape);
		const r = advance(
			state,
			[
				{ id: 'a', status: 'completed', createdAt: 7 },
				{ id: 'b', status: 'completed', createdAt: 7 },
			],
			shape,
		);
		expect(r.changes.map((c) => c.id)).toEqual(['b']);
		expect(
			advance(
				r.state,
				[
					{ id: 'a', status: 'completed', createdAt: 7 },
					{ id: 'b', status: 'completed', createdAt: 7 },
				],
				shape,
			).changes,
		).toEqual([]);
	});

	it('survives the static-data round trip (as n8n persists it)', () => {
		const state = prime([{ id: 'a', status: 'pending', createdAt: 3 }], shape);
		expect(fromStatic(JSON.parse(JSON.stringify(toStatic(state))))).toEqual(state);
		expect(fromStatic(JSON.parse(JSON.stringify(toStatic(emptyState()))))).toEqual(emptyState());
	});

	/**
	 * Property: for any history of creations and forward status moves (several per poll, shared
	 * timestamps, polls that see nothing new, restarts through JSON), the events emitted are exactly
	 * the creations after the first poll and the status values each record passed through at poll
	 * boundaries — none missed, none repeated.
	 */
	it('random histories: 0 missed, 0 duplicated', () => {
		const step = fc.oneof(
			fc.record({ op: fc.constant('create' as const), ts: fc.integer({ min: 0, max: 3 }) }),
			fc.record({ op: fc.constant('move' as const), pick: fc.nat(), cancel: fc.boolean() }),
			fc.record({ op: fc.constant('poll' as const), restart: fc.boolean() }),
		);
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 5 }),
				fc.array(step, { maxLength: 60 }),
				(initial, steps) => {
					histories++;
					let clock = 100;
					const records: Rec[] = [];
					const create = (ts: number) => {
						clock += ts; // ts 0 = same timestamp as the previous record
						records.push({ id: `r${records.length}`, status: 'pending', createdAt: clock });
					};
					for (let i = 0; i < initial; i++) create(1);
					let state: ChangeState = prime(
						records.map((r) => ({ ...r })),
						shape,
					);
					const expected: string[] = [];
					const emitted: string[] = [];
					const lastPolled = new Map(records.map((r) => [r.id, r.status]));
					const poll = (restart: boolean) => {
						const { changes, state: next } = advance(
							state,
							records.map((r) => ({ ...r })),
							shape,
						);
						for (const c of changes)
							emitted.push(`${c.kind}:${c.id}:${c.previousStatus}->${c.status}`);
						for (const r of records) {
							const before = lastPolled.get(r.id);
							if (before === undefined) expected.push(`created:${r.id}:null->${r.status}`);
							else if (before !== r.status && !shape.isTerminal(before))
								expected.push(`statusChanged:${r.id}:${before}->${r.status}`);
							lastPolled.set(r.id, r.status);
						}
						state = restart
							? (fromStatic(JSON.parse(JSON.stringify(toStatic(next)))) as ChangeState)
							: next;
					};
					for (const s of steps) {
						if (s.op === 'create') create(s.ts);
						else if (s.op === 'poll') poll(s.restart);
						else {
							const open = records.filter((r) => !shape.isTerminal(r.status));
							if (!open.length) continue;
							const r = open[s.pick % open.length];
							r.status = s.cancel ? 'cancelled' : FLOW[FLOW.indexOf(r.status) + 1];
						}
					}
					poll(false);
					expect(emitted.sort()).toEqual(expected.sort());
					const remembered = values(
						state,
						records.map((r) => r.id),
					);
					expect(state.statuses.byKey.size + state.statuses.exact.size).toBe(
						Object.keys(remembered).length,
					);
					expect(
						Object.keys(remembered).every(
							(id) => !shape.isTerminal(records.find((r) => r.id === id)!.status),
						),
					).toBe(true);
				},
			),
			{ numRuns: 1000 },
		);
	});
});
