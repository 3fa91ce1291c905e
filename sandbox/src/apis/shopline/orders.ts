/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { SandboxContext } from '../../context';
import { isoWithOffset } from '../../core/clock';
import { ApiError } from '../../core/errors';
import { shoplineAuth } from './auth';
import { shoplineError } from './errors';
import {
	FINANCIAL_STATUSES,
	FULFILLMENT_STATUSES,
	ORDER_STATUSES,
	type ShoplineOrder,
} from './model';
import {
	listRequest,
	pageLimit,
	pageOf,
	sendLink,
	sortCondition,
	sortRecords,
	type SortSpec,
} from './paging';
import { orderView } from './present';

const isoDateTime = z.iso.datetime({
	offset: true,
	message: 'must be an ISO 8601 date-time, e.g. 2024-08-31T02:20:26+08:00',
});
const numericId = z.string().regex(/^\d+$/, 'must be a numeric id');
/** A comma-separated list; problems are reported on the parameter itself, not on an item index. */
const commaList = (item: RegExp, itemMessage: string, max: number, what: string) =>
	z
		.string()
		.transform((s) =>
			s
				.split(',')
				.map((v) => v.trim())
				.filter(Boolean),
		)
		.refine((list) => list.every((v) => item.test(v)), itemMessage)
		.refine((list) => list.length <= max, `at most ${max} ${what}`);

/** Filters shared by orders.json and orders/count.json. Each status filter defaults to `any`. */
export const orderFilters = z.object({
	status: z.enum([...ORDER_STATUSES, 'any']).default('any'),
	financial_status: z.enum([...FINANCIAL_STATUSES, 'any']).default('any'),
	fulfillment_status: z.enum([...FULFILLMENT_STATUSES, 'any']).default('any'),
	created_at_min: isoDateTime.optional(),
	created_at_max: isoDateTime.optional(),
	updated_at_min: isoDateTime.optional(),
	updated_at_max: isoDateTime.optional(),
});
export type OrderFilters = z.output<typeof orderFilters>;

/** What a cursor carries: every filter of orders.json (the raw query values, re-parsed on use). */
const listFilters = orderFilters.extend({
	ids: commaList(/^\d+$/, 'must be comma-separated numeric order ids', 100, 'ids').optional(),
	name: z.string().min(1).optional(),
	email: z.string().min(1).optional(),
	since_id: numericId.optional(),
	sort_condition: sortCondition.optional(),
});
type ListFilters = z.output<typeof listFilters>;

const listQuery = listFilters.extend({
	limit: pageLimit,
	fields: commaList(
		/^\w+$/,
		'must be comma-separated field names, e.g. id,name,updated_at',
		200,
		'fields',
	).optional(),
	page_info: z.string().min(1).optional(),
});
type ListQuery = z.output<typeof listQuery>;

/** Only these may accompany page_info. */
const WITH_CURSOR = ['limit', 'fields'] as const;
/** Newest first unless sort_condition says otherwise (the docs give no default; inferred). */
const DEFAULT_SORT: SortSpec = { field: 'created_at', dir: 'desc' };

/** Bounds are inclusive, compared as instants (offsets honoured). */
export function matchesFilters(order: ShoplineOrder, f: OrderFilters): boolean {
	const within = (value: string, min?: string, max?: string) =>
		(!min || Date.parse(value) >= Date.parse(min)) &&
		(!max || Date.parse(value) <= Date.parse(max));
	return (
		(f.status === 'any' || order.status === f.status) &&
		(f.financial_status === 'any' || order.financial_status === f.financial_status) &&
		(f.fulfillment_status === 'any' || order.fulfillment_status === f.fulfillment_status) &&
		within(order.created_at, f.created_at_min, f.created_at_max) &&
		within(order.updated_at, f.updated_at_min, f.updated_at_max)
	);
}

/** name is the exact order name (`#1001`); email is compared case-insensitively; since_id = ids above it. */
function matchesList(order: ShoplineOrder, f: ListFilters): boolean {
	return (
		matchesFilters(order, f) &&
		(!f.ids || f.ids.includes(order.id)) &&
		(!f.name || order.name === f.name) &&
		(!f.email || order.email.toLowerCase() === f.email.toLowerCase()) &&
		(!f.since_id || BigInt(order.id) > BigInt(f.since_id))
	);
}

/** The query as sent (before defaults), to tell which parameters the client really gave. */
export function rawQuery(request: FastifyRequest): Record<string, string> {
	return Object.fromEntries(new URLSearchParams(request.url.split('?')[1] ?? ''));
}

/** The store's order, or 404 {"errors":"Not Found"} (also for another store's order). */
export function findOrder(ctx: SandboxContext, handle: string, id: string): ShoplineOrder {
	const order = ctx.state.shopline.orders.find((o) => o.handle === handle && o.id === id);
	if (!order) throw new ApiError(404, shoplineError('Not Found'));
	return order;
}

const cancelBody = z.preprocess(
	(body) => body ?? {},
	z.object({
		cancel_reason: z.string().optional(),
		email: z.boolean().optional(),
		restock: z.boolean().optional(),
		processed_at: isoDateTime.optional(),
		amount: z.number().nonnegative().optional(),
		currency: z.string().optional(),
		refund_type: z.string().optional(),
	}),
);

export function registerOrders(app: FastifyInstance, ctx: SandboxContext): void {
	app.get('/orders/count.json', { schema: { querystring: orderFilters } }, async (request) => {
		const { store } = shoplineAuth(request);
		const filters = request.query as OrderFilters;
		const count = ctx.state.shopline.orders.filter(
			(o) => o.handle === store.handle && matchesFilters(o, filters),
		).length;
		return { count };
	});

	app.get('/orders.json', { schema: { querystring: listQuery } }, async (request, reply) => {
		const { store } = shoplineAuth(request);
		const query = request.query as ListQuery;
		const raw = rawQuery(request);
		const { filters, rawFilters, cursor } = listRequest(raw, query, WITH_CURSOR, listFilters);
		const sort = filters.sort_condition ?? DEFAULT_SORT;
		const matching = ctx.state.shopline.orders.filter(
			(o) => o.handle === store.handle && matchesList(o, filters),
		);
		const page = pageOf(sortRecords(matching, sort), sort, query.limit, cursor);
		sendLink(request, reply, page, { f: rawFilters, s: sort }, query.limit, raw.fields);
		return { orders: page.records.map((o) => orderView(o, query.fields)) };
	});

	app.post('/orders/:id/cancel.json', { schema: { body: cancelBody } }, async (request, reply) => {
		const { store } = shoplineAuth(request);
		const order = findOrder(ctx, store.handle, (request.params as { id: string }).id);
		const body = request.body as z.output<typeof cancelBody>;
		if (order.status === 'cancelled')
			return reply.code(422).send(shoplineError(['The order has already been cancelled']));
		if (order.fulfillment_status === 'shipped')
			return reply
				.code(422)
				.send(
					shoplineError(['A shipped order cannot be cancelled: cancel its fulfillments first']),
				);
		const now = isoWithOffset(ctx.clock.now());
		order.status = 'cancelled';
		order.cancelled_at = body.processed_at ?? now;
		order.cancel_reason = body.cancel_reason ?? 'other';
		order.updated_at = now;
		return { order: orderView(order) };
	});
}
