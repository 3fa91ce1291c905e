/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SandboxContext } from '../../context';
import { remainingUnits } from './fulfilling';
import { shoplineAuth } from './auth';
import type { ShoplineOrder } from './model';
import { findOrder, rawQuery } from './orders';
import { listRequest, pageLimit, pageOf, sendLink, sortRecords, type SortSpec } from './paging';

/**
 * Fulfillment orders. The docs name the two endpoints; the record shape here is inferred
 * (Shopify-style): one fulfillment order per order, its lines carrying what is left to ship.
 */
export const FULFILLMENT_ORDER_STATUSES = ['open', 'in_progress', 'closed', 'cancelled'] as const;
type FulfillmentOrderStatus = (typeof FULFILLMENT_ORDER_STATUSES)[number];

function statusOf(order: ShoplineOrder): FulfillmentOrderStatus {
	if (order.status === 'cancelled') return 'cancelled';
	if (order.fulfillment_status === 'shipped' || remainingUnits(order) === 0) return 'closed';
	return order.fulfillment_status === 'partial' ? 'in_progress' : 'open';
}

/** `{order_id}_{n}`, the shape of the fulfillment order ids in the docs' webhook example. */
export const fulfillmentOrderId = (order: ShoplineOrder): string =>
	`${order.id}_5${order.id.slice(-15)}`;

function fulfillmentOrderView(order: ShoplineOrder): Record<string, unknown> {
	const id = fulfillmentOrderId(order);
	return {
		id,
		order_id: order.id,
		status: statusOf(order),
		request_status: 'unsubmitted',
		destination: order.shipping_address,
		line_items: order.line_items
			.filter((l) => l.requires_shipping)
			.map((l) => ({
				id: `6${l.id}`,
				fulfillment_order_id: id,
				line_item_id: l.id,
				variant_id: l.variant_id,
				sku: l.sku,
				total_quantity: l.quantity,
				// Shopify-style: quantity = units of this fulfillment order still to ship.
				quantity: l.fulfillable_quantity,
				fulfillable_quantity: order.status === 'cancelled' ? 0 : l.fulfillable_quantity,
			})),
		created_at: order.created_at,
		updated_at: order.updated_at,
	};
}

const isoDateTime = z.iso.datetime({
	offset: true,
	message: 'must be an ISO 8601 date-time, e.g. 2024-08-31T02:20:26+08:00',
});

/** Search parameters (inferred, conservative): order_ids, status, created/updated bounds (inclusive). */
const searchFilters = z.object({
	order_ids: z
		.string()
		.transform((s) =>
			s
				.split(',')
				.map((v) => v.trim())
				.filter(Boolean),
		)
		.pipe(
			z
				.array(z.string().regex(/^\d+$/, 'must be numeric order ids'))
				.max(100, 'at most 100 order ids'),
		)
		.optional(),
	status: z.enum(FULFILLMENT_ORDER_STATUSES).optional(),
	created_at_min: isoDateTime.optional(),
	created_at_max: isoDateTime.optional(),
	updated_at_min: isoDateTime.optional(),
	updated_at_max: isoDateTime.optional(),
});
type SearchFilters = z.output<typeof searchFilters>;
const searchQuery = searchFilters.extend({
	limit: pageLimit,
	page_info: z.string().min(1).optional(),
});

/** Oldest order first; order ids never change, so a walk is stable. */
const SEARCH_SORT: SortSpec = { field: 'id', dir: 'asc' };

function matches(order: ShoplineOrder, f: SearchFilters): boolean {
	const within = (value: string, min?: string, max?: string) =>
		(!min || Date.parse(value) >= Date.parse(min)) &&
		(!max || Date.parse(value) <= Date.parse(max));
	return (
		(!f.order_ids || f.order_ids.includes(order.id)) &&
		(!f.status || statusOf(order) === f.status) &&
		within(order.created_at, f.created_at_min, f.created_at_max) &&
		within(order.updated_at, f.updated_at_min, f.updated_at_max)
	);
}

export function registerFulfillmentOrders(app: FastifyInstance, ctx: SandboxContext): void {
	app.get('/fulfillment_orders/:order_id/fulfillment_orders.json', async (request) => {
		const order = findOrder(
			ctx,
			shoplineAuth(request).store.handle,
			(request.params as { order_id: string }).order_id,
		);
		return { fulfillment_orders: [fulfillmentOrderView(order)] };
	});

	app.get(
		'/fulfillment_orders/fulfillment_orders_search.json',
		{ schema: { querystring: searchQuery } },
		async (request, reply) => {
			const { store } = shoplineAuth(request);
			const query = request.query as z.output<typeof searchQuery>;
			const raw = rawQuery(request);
			const { filters, rawFilters, cursor } = listRequest(raw, query, ['limit'], searchFilters);
			const matching = ctx.state.shopline.orders.filter(
				(o) => o.handle === store.handle && matches(o, filters),
			);
			const page = pageOf(sortRecords(matching, SEARCH_SORT), SEARCH_SORT, query.limit, cursor);
			// No `fields` parameter here: the link keeps only limit.
			sendLink(request, reply, page, { f: rawFilters, s: SEARCH_SORT }, query.limit, undefined);
			return { fulfillment_orders: page.records.map(fulfillmentOrderView) };
		},
	);
}
