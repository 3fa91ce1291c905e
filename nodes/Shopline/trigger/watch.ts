import type { IDataObject } from 'n8n-workflow';

import { EVENTS, ORDER_EVENTS } from './events';
import { pollLevels } from './levels';
import { ordersPriming, pollOrders } from './orders';
import { pollProducts } from './products';
import type { ShoplineReader, ShoplineState } from './reader';

/**
 * One poll of SHOPLINE, independent of n8n so it can be tested against an in-memory store (reader.ts).
 * Each source the selected events need is read, in this order: orders (orders.ts: the `updated_at_min`
 * list, plus fulfillment reads within the budget), products (products.ts: one request when quiet),
 * inventory levels (levels.ts: the catalog walk, with what the budget leaves, at least
 * MIN_LEVEL_REQUESTS).
 */
export interface PollOptions {
	events: string[];
	/** Max Requests per Poll (default: no bound). */
	budget?: number;
}

const wantsOrders = (events: string[]) => events.some((e) => ORDER_EVENTS.includes(e));

/** True when a selected source has nothing saved yet: this poll records where the store is. */
export function isPriming(state: ShoplineState, events: string[]): boolean {
	return (
		(wantsOrders(events) && ordersPriming(state.orders)) ||
		(events.includes(EVENTS.productUpdated) && state.products === undefined) ||
		(events.includes(EVENTS.inventoryLevelChanged) && state.levels === undefined)
	);
}

/** Counts the requests made through a reader (a list read counts its pages). */
function counted(base: ShoplineReader): { reader: ShoplineReader; spent: () => number } {
	let spent = 0;
	const reader: ShoplineReader = {
		ordersUpdatedSince: async (since, maxPages, from) => {
			const read = await base.ordersUpdatedSince(since, maxPages, from);
			spent += read.pages;
			return read;
		},
		orderFulfillments: async (orderId) => (spent++, await base.orderFulfillments(orderId)),
		productsUpdatedSince: async (since, maxPages) => {
			const read = await base.productsUpdatedSince(since, maxPages);
			spent += read.pages;
			return read;
		},
		catalogPage: async (page) => (spent++, await base.catalogPage(page)),
		inventoryLevels: async (ids) => (spent++, await base.inventoryLevels(ids)),
	};
	return { reader, spent: () => spent };
}

/**
 * Polls once, from `state` (the whole saved state, {} before the first poll) to the next state: the
 * selected events' items, orders first, then products, then levels. Sources whose events are not
 * selected keep what they saved. A thrown error means nothing is emitted and nothing saved (the binding
 * keeps the stored state); `state` itself is not changed.
 */
export async function pollShopline(
	base: ShoplineReader,
	state: ShoplineState,
	options: PollOptions,
): Promise<{ items: IDataObject[]; state: ShoplineState }> {
	const { events } = options;
	const budget = options.budget ?? Infinity;
	const { reader, spent } = counted(base);
	const items: IDataObject[] = [];
	const next: ShoplineState = { ...state };
	if (wantsOrders(events)) {
		const orders = await pollOrders(reader, state.orders, events, { max: budget, spent });
		items.push(...orders.items);
		next.orders = orders.state;
	}
	if (events.includes(EVENTS.productUpdated)) {
		const products = await pollProducts(reader, state.products);
		items.push(...products.items);
		next.products = products.state;
	}
	if (events.includes(EVENTS.inventoryLevelChanged)) {
		const levels = await pollLevels(reader, state.levels, budget - spent());
		items.push(...levels.items);
		next.levels = levels.state;
	}
	return { items, state: next };
}
