import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { PageGuard } from '../../shared/transport/paging';
import { pathSegment } from '../../shared/input/pathId';
import { shoplineGet } from '../helpers/shoplineGet';

/** Docs (Get orders): limit default 50, max 100. */
export const ORDERS_PAGE_SIZE = 100;

/**
 * The list in a response. A body without it (a proxy's HTML page, cut-off JSON) is an error, not
 * an empty page: read as empty, a bad page 2 would let the cursor pass orders it never saw.
 */
function list(ctx: IPollFunctions, body: unknown, key: string): IDataObject[] {
	const value = body && typeof body === 'object' ? (body as IDataObject)[key] : undefined;
	if (Array.isArray(value)) return value as IDataObject[];
	throw new NodeOperationError(ctx.getNode(), `SHOPLINE sent a response without "${key}"`, {
		description: 'The trigger keeps its state and tries again at the next poll.',
	});
}

/** Orders read from the `updated_at_min` list: `next` when pages were left, `date` of the first answer. */
export interface OrdersRead {
	orders: IDataObject[];
	/** page_info of the first page not read (when `maxPages` stopped the walk). */
	next?: string;
	/** The first answer's Date header (SHOPLINE's clock when the walk started). */
	date?: string;
	/** Requests made. */
	pages: number;
}

/**
 * Orders updated at or after `since` (all orders when null), up to `maxPages` pages, or from the page
 * `from` (a page_info) on. status=any: cancelled and archived orders change too. On later pages only
 * page_info and limit may be sent (the docs' paging rule: page_info carries the other filters).
 */
export async function ordersUpdatedSince(
	ctx: IPollFunctions,
	since: string | null,
	maxPages = Infinity,
	from?: string,
): Promise<OrdersRead> {
	const orders: IDataObject[] = [];
	const guard = new PageGuard();
	let next = from;
	let date: string | undefined;
	let pages = 0;
	while (pages < maxPages) {
		pages++;
		const qs: IDataObject = next
			? { page_info: next, limit: ORDERS_PAGE_SIZE }
			: {
					status: 'any',
					limit: ORDERS_PAGE_SIZE,
					...(since === null ? {} : { updated_at_min: since }),
				};
		const page = await shoplineGet(ctx, '/orders.json', qs);
		date ??= page.date;
		const records = list(ctx, page.body, 'orders');
		orders.push(...records);
		// A server handing the same token (or page) back would loop forever: fail the poll (its state is kept).
		guard.page(records);
		if (page.next === undefined) return { orders, date, pages };
		guard.cursor(page.next);
		next = page.next;
	}
	return { orders, next, date, pages };
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
	return list(ctx, body, 'fulfillments');
}

/** One page for "Fetch Test Event". */
export async function firstOrders(ctx: IPollFunctions, qs: IDataObject): Promise<IDataObject[]> {
	const { body } = await shoplineGet(ctx, '/orders.json', { status: 'any', ...qs });
	return list(ctx, body, 'orders');
}
