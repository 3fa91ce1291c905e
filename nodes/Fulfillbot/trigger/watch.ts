import type { IDataObject } from 'n8n-workflow';

import { collectPages } from '../../shared/transport/paging';
import { mustFailPoll } from '../../shared/poll/pollErrors';
import { advance, fromStatic, prime, toStatic, type Change } from '../../shared/poll/statusChanges';
import { FULFILLBOT_MAX_PAGE_SIZE } from '../helpers/paging';
import { toItem } from './items';
import { newestDownTo, pollPurchaseOrders } from './purchaseOrders';
import type { FulfillbotReader, FulfillbotState } from './reader';
import { sourcesFor, type Source } from './sources';

/*
 * One poll of Fulfillbot, independent of n8n so it can be tested against an in-memory API (reader.ts).
 * Requests: purchase orders see purchaseOrders.ts (bounded by the open orders, not the history);
 * packages, the newest pages until the arrival watermark (one when idle); shipping orders, every
 * page (Fulfillbot documents no filter for them: ceil(records / 100)).
 */

/** What one poll watches and how far it may go. */
export interface PollOptions {
	events: string[];
	/** "Only to Statuses" of purchase order changes (empty: all). */
	statuses: string[];
	pageSize?: number;
	/**
	 * Requests this poll should stay within (default: no bound). A list is not started once it is
	 * spent (the next poll starts with it); purchase orders left one by one wait for the next poll.
	 */
	budget?: number;
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

/** Counts the requests of one poll. */
function counted(reader: FulfillbotReader): { reader: FulfillbotReader; spent: () => number } {
	let spent = 0;
	return {
		spent: () => spent,
		reader: {
			page: async (...args) => (spent++, await reader.page(...args)),
			order: async (orderNo) => (spent++, await reader.order(orderNo)),
			warn: (message) => reader.warn(message),
		},
	};
}

/** One source's changes and next state. */
async function pollSource(
	reader: FulfillbotReader,
	source: Source,
	stored: IDataObject | undefined,
	pageSize: number,
	budgetLeft: () => number,
) {
	if (source.key === 'purchaseOrders')
		return await pollPurchaseOrders(reader, source, stored, pageSize, budgetLeft);
	const previous = fromStatic(stored);
	let records: IDataObject[];
	let total: IDataObject = {};
	if (source.key === 'packages') {
		// Packages only ever appear: the newest pages down to the arrival watermark are all that is new.
		const newest = await newestDownTo(reader, source, pageSize, previous, stored);
		records = newest.records.reverse();
		if (newest.total !== undefined) total = { total: newest.total };
	} else {
		records = await fetchAll(reader, source, pageSize);
	}
	if (!previous)
		return { changes: [], state: { ...toStatic(prime(records, source.shape)), ...total } };
	const { changes, state } = advance(previous, records, source.shape);
	return { changes, state: { ...toStatic(state), ...total } };
}

/**
 * Polls each watched list, from `state` (the whole saved state, {} before the first poll) to the next
 * state, list by list. A list that fails keeps its state (the next poll catches up), unless nothing is
 * saved for it yet or the error is one the user must fix (shared/poll/pollErrors.ts): then the poll
 * fails. When the budget is spent, the lists not started yet wait for the next poll, which starts with
 * them (`resume`). `state` itself is not changed.
 */
export async function pollFulfillbot(
	base: FulfillbotReader,
	state: FulfillbotState,
	options: PollOptions,
): Promise<{ items: IDataObject[]; state: FulfillbotState }> {
	const items: IDataObject[] = [];
	const { reader, spent } = counted(base);
	const budget = options.budget ?? Infinity;
	const budgetLeft = () => budget - spent();
	const sources = sourcesFor(options.events);
	const first = Math.max(
		0,
		sources.findIndex((s) => s.key === state.resume),
	);
	const next: FulfillbotState = { ...state };
	delete next.resume;
	for (let i = 0; i < sources.length; i++) {
		const source = sources[(first + i) % sources.length];
		// A list with nothing saved yet is always read: its first state is the baseline of its events.
		const primed = fromStatic(next[source.key]) !== undefined;
		if (i > 0 && budgetLeft() <= 0 && primed) {
			next.resume ??= source.key;
			continue;
		}
		let found: Awaited<ReturnType<typeof pollSource>>;
		try {
			found = await pollSource(
				reader,
				source,
				next[source.key],
				options.pageSize ?? FULFILLBOT_MAX_PAGE_SIZE,
				budgetLeft,
			);
		} catch (error) {
			if (mustFailPoll(error, !primed)) throw error;
			reader.warn(
				`Fulfillbot Trigger: poll of ${source.path} failed, retrying next poll: ${(error as Error).message}`,
			);
			continue;
		}
		for (const change of found.changes) {
			const event = wantedChange(source, change, options);
			if (event) items.push(toItem(event, change));
		}
		next[source.key] = found.state;
	}
	return { items, state: next };
}
