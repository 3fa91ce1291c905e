import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { fingerprint, pack, unpack } from '../../shared/poll/compactState';
import { instant } from '../../shared/poll/updatedCursor';
import { PageGuard } from '../../shared/transport/paging';
import { MAX_INVENTORY_IDS } from '../helpers/inventory';
import { dateToIso } from './clock';
import { EVENTS } from './events';
import type { LevelsReader } from './reader';

/*
 * Inventory Level Changed. get_inventory_quantities has no updated-since filter and takes inventory item
 * ids (required), and nothing lists the items changed since a time, so the trigger walks the catalog in
 * rounds: one products page (250 products, only `id,variants`), then the levels of that page's inventory
 * items, 50 ids a request (helpers/inventory.ts), as far as the poll's budget goes; the next poll goes
 * on where this one stopped, and after the last page a new round starts. Each level's `available` is
 * kept in a compact table (one fingerprint of item + location → available: about 10 bytes a level), and
 * a level whose `available` differs from the table's is reported, with `previousAvailable`.
 *
 * Cost: a round of P products with I inventory items is ceil(P / 250) + about ceil(I / 50) requests
 * (10,000 one-variant products: 40 + 200 = 240, three polls at the default 80); a change is reported
 * when the round reaches its level, and a level changed and changed back between two visits is not seen.
 *
 * A level not in the table is new to the trigger: connected since, an item created since, or one a
 * shifting page made the walk miss. It is reported (previousAvailable null) when its updated_at is at or
 * after the start of the previous round (before a round has ended: the activation), since the walk then
 * passed its item without it; otherwise it is learnt silently. Levels not met during a whole round
 * (disconnected, deleted) are dropped when the round ends: each entry carries the parity of the round
 * that last met it.
 */

/** Inventory item ids per levels request: the node's conservative figure (the SDK names no maximum). */
export const LEVELS_BATCH = MAX_INVENTORY_IDS;
/** Levels the table keeps at most (about 200 KB of static data); levels beyond it are not watched. */
export const MAX_LEVELS = 20_000;
/** Requests a poll gives the walk even when the orders' and products' reads spent the budget. */
export const MIN_LEVEL_REQUESTS = 2;

interface LevelsState {
	/** fingerprint(item/location) → available, plus `*` when met in an odd round. */
	table: Map<string, string>;
	/** page_info of the page the walk is in (absent: the first page). */
	page?: string;
	/** Inventory items of that page already read. */
	done: number;
	/** Rounds completed. */
	round: number;
	/** Unknown levels updated at or after this (SHOPLINE's clock) are reported; null: learnt silently. */
	since: string | null;
	/** SHOPLINE's clock when the current round began. */
	started?: string;
}

const levelKey = (level: IDataObject) =>
	fingerprint(`${String(level.inventory_item_id ?? '')}/${String(level.location_id ?? '')}`);
const parity = (round: number) => (round % 2 ? '*' : '');
const stripped = (value: string) => (value.endsWith('*') ? value.slice(0, -1) : value);
const availableText = (level: IDataObject) =>
	level.available === undefined || level.available === null ? '' : String(level.available);
const availableOf = (text: string): number | null => (text === '' ? null : Number(text));

function readState(saved: unknown): LevelsState | undefined {
	if (!saved || typeof saved !== 'object') return undefined;
	const d = saved as IDataObject;
	const entries = unpack(d.table);
	if (!entries || typeof d.done !== 'number' || typeof d.round !== 'number') return undefined;
	return {
		table: new Map(entries),
		...(typeof d.page === 'string' ? { page: d.page } : {}),
		done: d.done,
		round: d.round,
		since: typeof d.since === 'string' ? d.since : null,
		...(typeof d.started === 'string' ? { started: d.started } : {}),
	};
}

function writeState(s: LevelsState): IDataObject {
	return {
		table: pack(s.table),
		...(s.page !== undefined ? { page: s.page } : {}),
		done: s.done,
		round: s.round,
		since: s.since,
		...(s.started !== undefined ? { started: s.started } : {}),
	};
}

/** The inventory item ids of a catalog page, in order, each once. */
function itemIds(products: IDataObject[]): string[] {
	const ids = new Set<string>();
	for (const product of products) {
		const variants = Array.isArray(product.variants) ? (product.variants as IDataObject[]) : [];
		for (const variant of variants) {
			const id = variant.inventory_item_id;
			if (id !== undefined && id !== null && String(id) !== '') ids.add(String(id));
		}
	}
	return [...ids];
}

/** Compares one answer's levels with the table (updated in place); returns the items to emit. */
function compare(s: LevelsState, levels: IDataObject[], emit: boolean): IDataObject[] {
	const out: IDataObject[] = [];
	const event = EVENTS.inventoryLevelChanged;
	for (const level of levels) {
		const key = levelKey(level);
		const now = availableText(level);
		const before = s.table.get(key);
		if (before === undefined) {
			if (s.table.size >= MAX_LEVELS) continue;
			const fresh = s.since !== null && instant(level.updated_at) >= instant(s.since);
			if (emit && fresh) out.push({ event, previousAvailable: null, ...level });
		} else if (stripped(before) !== now) {
			if (emit) out.push({ event, previousAvailable: availableOf(stripped(before)), ...level });
		}
		s.table.set(key, now + parity(s.round));
	}
	return out;
}

/** The end of a round: levels it did not meet are dropped, and the next round starts. */
function endRound(s: LevelsState): void {
	const met = parity(s.round);
	for (const [key, value] of s.table)
		if (value.endsWith('*') !== (met === '*')) s.table.delete(key);
	s.round += 1;
	s.since = s.started ?? s.since;
	delete s.started;
	delete s.page;
	s.done = 0;
}

const is429 = (error: unknown) => error instanceof NodeApiError && error.httpCode === '429';

/**
 * One poll of Inventory Level Changed from its saved state (undefined before the first), within `room`
 * requests (at least MIN_LEVEL_REQUESTS; at most one round a poll). The first poll only learns. A 429 the
 * rate budget could not ride out, after some levels were read, ends the poll with what it read.
 */
export async function pollLevels(
	reader: LevelsReader,
	saved: unknown,
	room: number,
): Promise<{ items: IDataObject[]; state: IDataObject }> {
	const previous = readState(saved);
	const s: LevelsState = previous
		? { ...previous, table: new Map(previous.table) }
		: { table: new Map(), done: 0, round: 0, since: null };
	const emit = previous !== undefined;
	const limit = Math.max(MIN_LEVEL_REQUESTS, room);
	const guard = new PageGuard();
	const items: IDataObject[] = [];
	let spent = 0;
	let read = 0;
	try {
		// A page is read only with room left for at least one levels request after it.
		for (let ended = false; spent + 2 <= limit && !ended; ) {
			const starting = s.page === undefined && s.done === 0;
			const page = await reader.catalogPage(s.page);
			spent++;
			if (starting) {
				const at = dateToIso(page.date);
				if (at !== undefined) s.started = at;
				// Activation: changes from now on count, also on levels the first round has not met yet.
				if (!emit && s.since === null) s.since = at ?? null;
			}
			const ids = itemIds(page.products);
			while (s.done < ids.length && spent < limit) {
				const batch = ids.slice(s.done, s.done + LEVELS_BATCH);
				const levels = await reader.inventoryLevels(batch);
				spent++;
				items.push(...compare(s, levels, emit));
				s.done += batch.length;
				read++;
			}
			if (s.done < ids.length) break;
			if (page.next === undefined) {
				endRound(s);
				ended = true;
			} else {
				guard.cursor(page.next);
				s.page = page.next;
				s.done = 0;
			}
		}
	} catch (error) {
		if (!(is429(error) && read > 0)) throw error;
	}
	return { items, state: writeState(s) };
}
