import type { IDataObject } from 'n8n-workflow';

import {
	fingerprint,
	pack,
	packIds,
	track,
	unpack,
	unpackIds,
	valueOf,
} from '../../shared/poll/compactState';
import { PageGuard } from '../../shared/transport/paging';
import {
	advance,
	fromStatic,
	prime,
	toStatic,
	type Change,
	type ChangeState,
} from '../../shared/poll/statusChanges';
import { OPEN_PURCHASE_ORDER_STATUSES, type Source } from './sources';
import type { FulfillbotPage, FulfillbotReader } from './reader';

/**
 * Purchase orders without reading their history (issue 16). Each poll reads:
 * 1. the newest orders (unfiltered, newest first) down to the creation watermark: new orders;
 * 2. the open statuses' lists (`status` filter), page by page within the poll's budget (at least one
 *    page): where every order that can still change is. A scan that does not fit goes on at the next poll;
 * 3. the first page of `status=cancelled`: orders that come back from `completed` (a refund);
 * 4. once a scan is complete, one GET /orders/{orderNo} for each remembered open order it found in no
 *    list (it left for completed or cancelled), as many as the budget leaves; the others keep their
 *    last status for a later poll.
 * An idle poll costs 1 + 5 + 1 requests while no open status holds more than 100 orders, whatever
 * the history; so does the first activation. The state remembers the open orders' full numbers
 * (front-coded, shared/poll/compactState.ts), since step 4 must name them.
 */

/** Departures read in a poll even when its budget is spent: every poll makes progress. */
export const MIN_SINGLE_READS = 5;

export interface Found {
	changes: Array<Change<IDataObject>>;
	state: IDataObject;
}

/** Pages of one list (newest first) until `stop` says the last record read is old enough, or the list ends. */
export async function pagesUntil(
	reader: FulfillbotReader,
	path: string,
	pageSize: number,
	stop: (last: IDataObject) => boolean,
	status?: string,
	onPage?: (page: FulfillbotPage) => void,
): Promise<IDataObject[]> {
	const out: IDataObject[] = [];
	// An API handing the same page out forever fails the poll instead of looping (shared/transport/paging.ts).
	const guard = new PageGuard();
	for (let page = 1; ; page++) {
		const { items, total } = await reader.page(path, page, pageSize, status);
		guard.page(items, total);
		onPage?.({ items, total });
		out.push(...items);
		const last = items[items.length - 1];
		if (
			items.length < pageSize ||
			(total !== undefined && page * pageSize >= total) ||
			!last ||
			stop(last)
		)
			return out;
	}
}

/**
 * The newest records down to the watermark: all created after `since`, and all at it; without a
 * watermark (activation), all at the newest creation time (several may share that second). With
 * the list's `total` at the previous poll (kept in the source's `stored` state), the walk also stops once as many new records were found
 * as the total grew by (records are not deleted), so a burst of thousands created in one second is
 * not read again at every poll: an idle poll is one page.
 */
export async function newestDownTo(
	reader: FulfillbotReader,
	source: Source,
	pageSize: number,
	previous: ChangeState | undefined,
	stored: IDataObject | undefined,
): Promise<{ records: IDataObject[]; total?: number }> {
	const previousTotal = typeof stored?.total === 'number' ? stored.total : undefined;
	let bound = previous?.since;
	let total: number | undefined;
	// New records found, each once: records created while the list is walked push older ones onto the
	// next page, where they are listed again; counted twice, they would end the walk before the oldest new one.
	const found = new Set<string>();
	const records = await pagesUntil(
		reader,
		source.path,
		pageSize,
		(last) => {
			bound ??= source.shape.createdAt(last);
			return (
				source.shape.createdAt(last) < bound ||
				(previousTotal !== undefined && total !== undefined && found.size >= total - previousTotal)
			);
		},
		undefined,
		(page) => {
			total ??= page.total;
			if (previous)
				for (const r of page.items)
					if (!isOld(previous, source.shape.id(r), source.shape.createdAt(r)))
						found.add(source.shape.id(r));
		},
	);
	return { records, total };
}

/** Whether `record` is one the watermark says was seen (created before it, or at it and listed). */
const isOld = (state: ChangeState, id: string, createdAt: number) =>
	createdAt < state.since || (createdAt === state.since && state.idsAtSince.includes(id));

export async function pollPurchaseOrders(
	reader: FulfillbotReader,
	source: Source,
	stored: IDataObject | undefined,
	pageSize: number,
	budgetLeft: () => number,
): Promise<Found> {
	const shape = source.shape;
	const previous = fromStatic(stored);
	const ids = unpackIds(stored?.ids);

	// Last read wins: an order that moved while the lists were read is taken as it was read last.
	const seen = new Map<string, IDataObject>();
	const put = (records: IDataObject[]) => {
		for (const r of records) {
			const id = shape.id(r);
			seen.delete(id);
			seen.set(id, r);
		}
	};
	// 1. New orders: newest first down to the watermark.
	const newest = await newestDownTo(reader, source, pageSize, previous, stored);
	put(newest.records);
	// 2. Where every open order is: the open statuses' lists, page by page, as far as the budget goes
	// (at least one page a poll); a scan that does not fit goes on at the next poll.
	const scan = readScan(stored);
	let pagesRead = 0;
	let guard = new PageGuard();
	while (scan.at < OPEN_PURCHASE_ORDER_STATUSES.length && (pagesRead === 0 || budgetLeft() > 0)) {
		const { items, total } = await reader.page(
			source.path,
			scan.page,
			pageSize,
			OPEN_PURCHASE_ORDER_STATUSES[scan.at],
		);
		pagesRead++;
		guard.page(items, total);
		put(items);
		for (const r of items) scan.seen.add(fingerprint(shape.id(r)));
		const last = items.length < pageSize || (total !== undefined && scan.page * pageSize >= total);
		if (last) {
			scan.at++;
			scan.page = 1;
			guard = new PageGuard();
		} else {
			scan.page++;
		}
	}
	const scanned = scan.at >= OPEN_PURCHASE_ORDER_STATUSES.length;
	// 3. The newest cancelled orders.
	const cancelled = await reader.page(source.path, 1, pageSize, 'cancelled');
	put(cancelled.items);

	// 4. Once a scan is complete: remembered open orders it found in no list left them (completed or
	// cancelled, or moved while the pages were read): read one by one, as far as the budget goes.
	const missing = scanned
		? (ids ?? []).filter((id) => !seen.has(id) && !scan.seen.has(fingerprint(id)))
		: [];
	const reads = Math.min(missing.length, Math.max(MIN_SINGLE_READS, budgetLeft()));
	const gone = new Set<string>();
	for (const id of missing.slice(0, reads)) {
		const order = await reader.order(id);
		if (order) put([order]);
		else gone.add(id); // a 404: gone, nothing to report
	}

	const records = [...seen.values()].sort((a, b) => shape.createdAt(a) - shape.createdAt(b));
	const known = cancelledKnown(stored);
	const base = previous
		? advance(previous, records, shape)
		: { changes: [], state: prime(records, shape) };
	const { changes, state } = base;

	// 5. Orders that came back from a final status (completed → cancelled, e.g. after a refund):
	// cancelled orders that were neither open nor new and are not remembered as cancelled. Every
	// cancelled order is remembered (a fingerprint each; learnt a few pages a poll after activation);
	// when the list's `total` is above what is remembered, the whole cancelled list is read to find them.
	const wasOpen = (id: string) =>
		previous !== undefined && valueOf(previous.statuses, id) !== undefined;
	const isNewHere = (r: IDataObject) =>
		!previous || !isOld(previous, shape.id(r), shape.createdAt(r));
	const remember = (r: IDataObject) => known.set.add(fingerprint(shape.id(r)));
	const cameBack = (r: IDataObject) => {
		const id = shape.id(r);
		if (known.set.has(fingerprint(id)) || wasOpen(id) || isNewHere(r) || !previous) return;
		changes.push({
			kind: 'statusChanged',
			id,
			previousStatus: 'completed',
			status: shape.status(r),
			record: r,
		});
	};
	for (const r of records)
		if (shape.status(r) === 'cancelled' && (wasOpen(shape.id(r)) || isNewHere(r))) remember(r);
	// The first page only gains orders newly cancelled (the list is newest first and nothing leaves it).
	for (const r of cancelled.items) {
		cameBack(r);
		remember(r);
	}
	if (cancelled.items.length < pageSize) known.learnFrom = undefined; // the whole list was on page 1
	if (known.learnFrom !== undefined) {
		// Learning the cancelled list after activation, a page or more a poll: what is found is old.
		const pages = Math.max(1, Math.min(budgetLeft(), 100));
		let page = known.learnFrom;
		const learning = new PageGuard();
		for (let n = 0; n < pages; n++, page++) {
			const { items, total } = await reader.page(source.path, page, pageSize, 'cancelled');
			learning.page(items, total);
			for (const r of items) remember(r);
			if (items.length < pageSize) {
				page = -1;
				break;
			}
		}
		known.learnFrom = page < 0 ? undefined : page;
	} else if (cancelled.total !== undefined && cancelled.total > known.set.size) {
		for (const r of await pagesUntil(reader, source.path, pageSize, () => false, 'cancelled')) {
			cameBack(r);
			remember(r);
		}
	}
	// Remembered orders this poll did not read keep their last status for a later poll; while the
	// first scan after activation runs, open orders it finds are learnt (no event: nothing to compare).
	const kept = new Map<string, string>();
	for (const id of ids ?? []) {
		const status = previous ? valueOf(previous.statuses, id) : undefined;
		if (!seen.has(id) && !gone.has(id) && status !== undefined) kept.set(id, status);
	}
	if (previous && scan.learning) {
		for (const r of records) {
			const id = shape.id(r);
			if (
				!wasOpen(id) &&
				!isNewHere(r) &&
				!shape.isTerminal(shape.status(r)) &&
				valueOf(state.statuses, id) === undefined
			)
				kept.set(id, shape.status(r));
		}
	}
	const next: IDataObject = {
		...save(state, records, shape, kept, known),
		...(newest.total === undefined ? {} : { total: newest.total }),
	};
	if (!scanned)
		next.scan = {
			at: scan.at,
			page: scan.page,
			seen: pack([...scan.seen].map((key) => [key, ''])),
			...(scan.learning || !previous ? { learning: true } : {}),
		};
	return { changes, state: next };
}

/** A scan of the open lists that spans polls: where it is, and the orders it found so far. */
interface Scan {
	at: number;
	page: number;
	seen: Set<string>;
	/** The first scan after an activation that did not finish it: what it finds is learnt. */
	learning: boolean;
}

function readScan(stored: IDataObject | undefined): Scan {
	const saved = stored?.scan as IDataObject | undefined;
	const entries = unpack(saved?.seen);
	if (!saved || !entries || typeof saved.at !== 'number' || typeof saved.page !== 'number')
		return { at: 0, page: 1, seen: new Set(), learning: false };
	return {
		at: saved.at,
		page: saved.page,
		seen: new Set(entries.map(([key]) => key)),
		learning: saved.learning === true,
	};
}

interface Cancelled {
	set: Set<string>;
	/** The next page of the cancelled list to learn; undefined once it is all known. */
	learnFrom?: number;
}

function cancelledKnown(stored: IDataObject | undefined): Cancelled {
	const saved = stored?.cancelled as IDataObject | undefined;
	const entries = unpack(saved);
	if (!entries) return { set: new Set(), learnFrom: 2 };
	return {
		set: new Set(entries.map(([key]) => key)),
		learnFrom: typeof saved?.learnFrom === 'number' ? saved.learnFrom : undefined,
	};
}

/** The static form: the shared change state plus the open orders' numbers and the cancelled orders seen. */
function save(
	state: ChangeState,
	records: IDataObject[],
	shape: Source['shape'],
	kept: Map<string, string>,
	cancelled: Cancelled,
): IDataObject {
	const open = new Map<string, string>();
	for (const r of records) {
		const id = shape.id(r);
		const status = valueOf(state.statuses, id);
		if (status !== undefined) open.set(id, status);
	}
	for (const [id, status] of kept) open.set(id, status);
	const full: ChangeState = { ...state, statuses: track(open, records.map(shape.id)) };
	const known: IDataObject = pack([...cancelled.set].map((key) => [key, '']));
	if (cancelled.learnFrom !== undefined) known.learnFrom = cancelled.learnFrom;
	return { ...toStatic(full), ids: packIds(open.keys()), cancelled: known };
}
