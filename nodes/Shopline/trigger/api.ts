import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { PageGuard } from '../../shared/transport/paging';
import { pathSegment } from '../../shared/input/pathId';
import { pollTimeGuard } from '../../shared/poll/pollTime';
import { shoplineGet } from '../helpers/shoplineGet';
import type { CatalogPage, OrdersRead, ProductsRead, ShoplineReader } from './reader';

/*
 * The reader over HTTP: each request through the node's credential and SHOPLINE's rate budget
 * (helpers/shoplineGet.ts), and stopped once the poll's time is spent (shared/poll/pollTime.ts).
 */

/** Docs (Get orders): limit default 50, max 100. */
export const ORDERS_PAGE_SIZE = 100;
/** SDK (get_products): limit 1-250, default 50. */
export const PRODUCTS_PAGE_SIZE = 250;
/** The catalog walk needs only the products' ids and their variants' inventory_item_id. */
const CATALOG_FIELDS = 'id,variants';

/**
 * The list in a response. A body without it (a proxy's HTML page, cut-off JSON) is an error, not
 * an empty page: read as empty, a bad page 2 would let the cursor pass orders it never saw.
 */
function listIn(ctx: IPollFunctions, body: unknown, key: string): IDataObject[] {
	const value = body && typeof body === 'object' ? (body as IDataObject)[key] : undefined;
	if (Array.isArray(value)) return value as IDataObject[];
	throw new NodeOperationError(ctx.getNode(), `SHOPLINE sent a response without "${key}"`, {
		description: 'The trigger keeps its state and tries again at the next poll.',
	});
}

/** Records read from an `updated_at_min` list, with what OrdersRead and ProductsRead carry besides. */
type UpdatedRead = Omit<OrdersRead, 'orders'> & { records: IDataObject[] };

/**
 * Records of `path` updated at or after `since` (all when null), up to `maxPages` pages, or from the page
 * `from` (a page_info) on. On later pages only page_info and limit may be sent (docs/api-notes.md#shopline-paging:
 * page_info carries the other filters).
 */
async function updatedSince(
	ctx: IPollFunctions,
	list: { path: string; key: string; limit: number; filters: IDataObject },
	since: string | null,
	maxPages: number,
	from?: string,
): Promise<UpdatedRead> {
	const records: IDataObject[] = [];
	const guard = new PageGuard();
	let next = from;
	let date: string | undefined;
	let pages = 0;
	while (pages < maxPages) {
		pages++;
		const qs: IDataObject = next
			? { page_info: next, limit: list.limit }
			: {
					...list.filters,
					limit: list.limit,
					...(since === null ? {} : { updated_at_min: since }),
				};
		const page = await shoplineGet(ctx, list.path, qs);
		date ??= page.date;
		const found = listIn(ctx, page.body, list.key);
		records.push(...found);
		// A server handing the same token (or page) back would loop forever: fail the poll (its state is kept).
		guard.page(found);
		if (page.next === undefined) return { records, date, pages };
		guard.cursor(page.next);
		next = page.next;
	}
	return { records, next, date, pages };
}

/**
 * Orders updated at or after `since` (all orders when null), up to `maxPages` pages, or from the page
 * `from` (a page_info) on. status=any: cancelled and archived orders change too.
 */
export async function ordersUpdatedSince(
	ctx: IPollFunctions,
	since: string | null,
	maxPages = Infinity,
	from?: string,
): Promise<OrdersRead> {
	const { records, ...read } = await updatedSince(
		ctx,
		{ path: '/orders.json', key: 'orders', limit: ORDERS_PAGE_SIZE, filters: { status: 'any' } },
		since,
		maxPages,
		from,
	);
	return { orders: records, ...read };
}

/**
 * Products updated at or after `since` (get_products' `updated_at_min`, inclusive), up to `maxPages`
 * pages. No `status` filter: the SDK names no default, and a draft or archived product changes too.
 */
export async function productsUpdatedSince(
	ctx: IPollFunctions,
	since: string | null,
	maxPages = Infinity,
): Promise<ProductsRead> {
	const { records, ...read } = await updatedSince(
		ctx,
		{ path: '/products/products.json', key: 'products', limit: PRODUCTS_PAGE_SIZE, filters: {} },
		since,
		maxPages,
	);
	return { products: records, ...read };
}

/** The catalog walk of Inventory Level Changed: `page` a page_info, undefined for the first page. */
export async function catalogPage(ctx: IPollFunctions, page?: string): Promise<CatalogPage> {
	const qs: IDataObject = { limit: PRODUCTS_PAGE_SIZE, fields: CATALOG_FIELDS };
	const answer = await shoplineGet(
		ctx,
		'/products/products.json',
		page === undefined ? qs : { page_info: page, ...qs },
	);
	return {
		products: listIn(ctx, answer.body, 'products'),
		next: answer.next,
		date: answer.date,
	};
}

/** The levels of these inventory items at every location (get_inventory_quantities; not paged). */
export async function inventoryLevels(
	ctx: IPollFunctions,
	itemIds: string[],
): Promise<IDataObject[]> {
	const { body } = await shoplineGet(ctx, '/inventory_levels.json', {
		inventory_item_ids: itemIds.join(','),
	});
	return listIn(ctx, body, 'inventory_levels');
}

/** All fulfillments of one order (the endpoint is not paged). */
export async function orderFulfillments(
	ctx: IPollFunctions,
	orderId: string,
): Promise<IDataObject[]> {
	const { body } = await shoplineGet(
		ctx,
		`/orders/${pathSegment(ctx.getNode(), orderId, 'SHOPLINE order id')}/fulfillments.json`,
	);
	return listIn(ctx, body, 'fulfillments');
}

/** One page for "Fetch Test Event". */
export async function firstOrders(ctx: IPollFunctions, qs: IDataObject): Promise<IDataObject[]> {
	const { body } = await shoplineGet(ctx, '/orders.json', { status: 'any', ...qs });
	return listIn(ctx, body, 'orders');
}

/** One product for "Fetch Test Event". */
export async function firstProducts(ctx: IPollFunctions): Promise<IDataObject[]> {
	const { body } = await shoplineGet(ctx, '/products/products.json', { limit: 1 });
	return listIn(ctx, body, 'products');
}

/** The trigger's reader (reader.ts) over HTTP, each request first checked against the poll's time. */
export function apiReader(ctx: IPollFunctions, inTime = pollTimeGuard(ctx)): ShoplineReader {
	return {
		ordersUpdatedSince: async (since, maxPages, from) => {
			inTime();
			return await ordersUpdatedSince(ctx, since, maxPages, from);
		},
		orderFulfillments: async (orderId) => {
			inTime();
			return await orderFulfillments(ctx, orderId);
		},
		productsUpdatedSince: async (since, maxPages) => {
			inTime();
			return await productsUpdatedSince(ctx, since, maxPages);
		},
		catalogPage: async (page) => {
			inTime();
			return await catalogPage(ctx, page);
		},
		inventoryLevels: async (ids) => {
			inTime();
			return await inventoryLevels(ctx, ids);
		},
	};
}
