import type { IDataObject } from 'n8n-workflow';

import {
	emptyTracked,
	track,
	trackedFromStatic,
	trackedToStatic,
	valueOf,
	type Tracked,
} from './compactState';

/**
 * Status-change detection shared by the polling triggers. Each poll hands in the full current list
 * of one kind of record; the state remembers only what is needed to emit every change exactly once:
 * - `statuses`: last seen status of records that are NOT terminal yet (a record is dropped after
 *   the event that takes it to a terminal status, so the state stays bounded), kept compact
 *   (compactState.ts: about 9 bytes per record);
 * - a creation watermark (`since` + the ids created exactly at `since`), so a record never seen
 *   before is told apart from one that was dropped as terminal, even when several share a timestamp.
 * All of it is plain JSON: it lives in the trigger's workflow static data.
 */
export interface ChangeState {
	statuses: Tracked;
	since: number;
	idsAtSince: string[];
}

export interface RecordShape<T> {
	id(record: T): string;
	status(record: T): string;
	/** Creation time in ms (for the "new record" watermark). */
	createdAt(record: T): number;
	/** Terminal records are forgotten after their last event; `() => true` tracks creations only. */
	isTerminal(status: string): boolean;
}

export interface Change<T> {
	kind: 'created' | 'statusChanged';
	id: string;
	previousStatus: string | null;
	status: string;
	record: T;
}

/** The state of a first poll: everything current is known, nothing is emitted. */
export function prime<T>(records: T[], shape: RecordShape<T>): ChangeState {
	return advance(emptyState(), records, shape).state;
}

export function emptyState(): ChangeState {
	return { statuses: emptyTracked(), since: -Infinity, idsAtSince: [] };
}

/** Compares the current records with the state; returns the changes in list order and the next state. */
export function advance<T>(
	previous: ChangeState,
	records: T[],
	shape: RecordShape<T>,
): { changes: Array<Change<T>>; state: ChangeState } {
	const statuses: Array<[string, string]> = [];
	const changes: Array<Change<T>> = [];
	let since = previous.since;
	const atSince = new Set(previous.idsAtSince);

	const handled = new Set<string>();
	for (const record of records) {
		const id = shape.id(record);
		// Listed twice (pages shifted while they were walked): counts once, as first listed.
		if (handled.has(id)) continue;
		handled.add(id);
		const status = shape.status(record);
		const createdAt = shape.createdAt(record);
		const known = valueOf(previous.statuses, id);
		const isNew =
			known === undefined &&
			(createdAt > previous.since ||
				(createdAt === previous.since && !previous.idsAtSince.includes(id)));

		if (isNew) {
			changes.push({ kind: 'created', id, previousStatus: null, status, record });
		} else if (known !== undefined && known !== status) {
			changes.push({ kind: 'statusChanged', id, previousStatus: known, status, record });
		}
		if ((known !== undefined || isNew) && !shape.isTerminal(status)) statuses.push([id, status]);

		if (createdAt > since) {
			since = createdAt;
			atSince.clear();
		}
		if (createdAt === since) atSince.add(id);
	}
	return {
		changes,
		state: { statuses: track(statuses, handled), since, idsAtSince: [...atSince] },
	};
}

/** JSON-safe copy for static data (−Infinity is not JSON). */
export function toStatic(state: ChangeState): IDataObject {
	return {
		statuses: trackedToStatic(state.statuses),
		since: Number.isFinite(state.since) ? state.since : null,
		idsAtSince: state.idsAtSince,
	};
}

export function fromStatic(data: IDataObject | undefined): ChangeState | undefined {
	const statuses = data && typeof data === 'object' ? trackedFromStatic(data.statuses) : undefined;
	if (!data || !statuses) return undefined;
	return {
		statuses,
		since: typeof data.since === 'number' ? data.since : -Infinity,
		idsAtSince: (data.idsAtSince as string[]) ?? [],
	};
}
