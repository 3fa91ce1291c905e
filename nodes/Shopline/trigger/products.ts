import type { IDataObject } from 'n8n-workflow';

import {
	consume,
	cursorFromStatic,
	cursorToStatic,
	emptyCursor,
	isAfterCursor,
	passSettledSecond,
	type UpdatedCursor,
} from '../../shared/poll/updatedCursor';
import { dateToIso, STAMPED } from './clock';
import { EVENTS } from './events';
import type { ProductsReader } from './reader';

/*
 * Product Updated: the orders' cursor on get_products' `updated_at_min` (inclusive, whole seconds),
 * with the ids at the cursor's second remembered (shared/poll/updatedCursor.ts). A quiet poll is one
 * request; a poll reads every page of what changed since the cursor. Nothing else is remembered, so the
 * item says what the cursor knows: whether the product was created since the previous poll (`created`).
 */

/**
 * Activation: the cursor starts at SHOPLINE's clock (the first page's Date), one request whatever the
 * catalog's size. A product updated in that same second before the read is reported at the next poll
 * (the filter is inclusive and SHOPLINE's times are whole seconds). Without a Date, every page is read
 * and the cursor starts at the newest product.
 */
async function activate(reader: ProductsReader): Promise<UpdatedCursor> {
	const first = await reader.productsUpdatedSince(null, 1);
	const at = dateToIso(first.date);
	if (at !== undefined) return { cursor: at, atCursor: [] };
	const all = await reader.productsUpdatedSince(null);
	return consume(emptyCursor(), all.products, STAMPED).next;
}

/** One poll of Product Updated from its saved state (undefined before the first): items and next state. */
export async function pollProducts(
	reader: ProductsReader,
	saved: unknown,
): Promise<{ items: IDataObject[]; state: IDataObject }> {
	const previous = cursorFromStatic(saved);
	if (!previous) return { items: [], state: cursorToStatic(await activate(reader)) };
	const read = await reader.productsUpdatedSince(previous.cursor);
	const { changed, next } = consume(previous, read.products, STAMPED);
	const event = EVENTS.productUpdated;
	const items = changed.map((product) => ({
		event,
		// A product without created_at is not claimed as new.
		created:
			typeof product.created_at === 'string' &&
			isAfterCursor(previous, product.created_at, STAMPED.id(product)),
		...product,
	}));
	return { items, state: cursorToStatic(passSettledSecond(next, read.date)) };
}
