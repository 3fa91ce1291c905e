import type { IDataObject } from 'n8n-workflow';

import { collectPages } from '../../shared/paging';
import { mustFailPoll } from '../../shared/pollErrors';
import { advance, fromStatic, prime, toStatic, type Change } from '../../shared/statusChanges';
import { FULFILLBOT_MAX_PAGE_SIZE } from '../helpers/paging';
import { SOURCES, type Source } from './sources';

/**
 * One poll of Fulfillbot, independent of n8n so it can be tested against an in-memory API.
 * Requests: every page of each watched list (ceil(records / 100), at least 1 per list).
 */
export interface FulfillbotReader {
	page(
		path: string,
		page: number,
		limit: number,
	): Promise<{ items: IDataObject[]; total?: number }>;
	/** Passing trouble on one list: it keeps its state and is read again at the next poll. */
	warn(message: string): void;
}

export interface PollOptions {
	events: string[];
	/** "Only to Statuses" of purchase order changes (empty: all). */
	statuses: string[];
	pageSize?: number;
}

export interface Emitted {
	event: string;
	change: Change<IDataObject>;
}

/** Every record of a source, oldest first (the API lists newest first). */
async function fetchAll(
	reader: FulfillbotReader,
	source: Source,
	pageSize: number,
): Promise<IDataObject[]> {
	const all = await collectPages(Infinity, pageSize, async ({ page }, limit) => {
		const { items, total } = await reader.page(source.path, page, limit);
		return { records: items, total };
	});
	return all.reverse();
}

function wantedChange(
	source: Source,
	change: Change<IDataObject>,
	options: PollOptions,
): string | null {
	if (change.kind === 'created') {
		if (source.createdEvent && options.events.includes(source.createdEvent))
			return source.createdEvent;
		// Created and moved on between two polls (e.g. a shipping order already shipped): that move is a
		// change too, reported with previousStatus null.
		const movedOn = source.initialStatus !== undefined && change.status !== source.initialStatus;
		if (!movedOn) return null;
	}
	if (!source.changedEvent || !options.events.includes(source.changedEvent)) return null;
	if (
		source.key === 'purchaseOrders' &&
		options.statuses.length &&
		!options.statuses.includes(change.status)
	)
		return null;
	return source.changedEvent;
}

export function sourcesFor(events: string[]): Source[] {
	return SOURCES.filter(
		(s) =>
			(s.createdEvent && events.includes(s.createdEvent)) ||
			(s.changedEvent && events.includes(s.changedEvent)),
	);
}

/**
 * Polls each watched list and updates `data` (the node's static data) list by list. A list that
 * fails keeps its state (the next poll catches up), unless nothing is saved for it yet or the error
 * is one the user must fix (shared/pollErrors.ts): then the poll fails.
 */
export async function pollSources(
	reader: FulfillbotReader,
	data: IDataObject,
	options: PollOptions,
): Promise<Emitted[]> {
	const out: Emitted[] = [];
	for (const source of sourcesFor(options.events)) {
		const previous = fromStatic(data[source.key] as IDataObject | undefined);
		let records: IDataObject[];
		try {
			records = await fetchAll(reader, source, options.pageSize ?? FULFILLBOT_MAX_PAGE_SIZE);
		} catch (error) {
			if (mustFailPoll(error, !previous)) throw error;
			reader.warn(
				`Fulfillbot Trigger: poll of ${source.path} failed, retrying next poll: ${(error as Error).message}`,
			);
			continue;
		}
		if (!previous) {
			data[source.key] = toStatic(prime(records, source.shape));
			continue;
		}
		const { changes, state } = advance(previous, records, source.shape);
		for (const change of changes) {
			const event = wantedChange(source, change, options);
			if (event) out.push({ event, change });
		}
		data[source.key] = toStatic(state);
	}
	return out;
}
