/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SandboxContext } from '../../context';
import { shoplineAuth } from './auth';
import { FINANCIAL_STATUSES, FULFILLMENT_STATUSES, ORDER_STATUSES, type ShoplineOrder } from './model';

const isoDateTime = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time, e.g. 2024-08-31T02:20:26+08:00' });

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

/** Bounds are inclusive, compared as instants (offsets honoured). */
export function matchesFilters(order: ShoplineOrder, f: OrderFilters): boolean {
	const within = (value: string, min?: string, max?: string) =>
		(!min || Date.parse(value) >= Date.parse(min)) && (!max || Date.parse(value) <= Date.parse(max));
	return (
		(f.status === 'any' || order.status === f.status) &&
		(f.financial_status === 'any' || order.financial_status === f.financial_status) &&
		(f.fulfillment_status === 'any' || order.fulfillment_status === f.fulfillment_status) &&
		within(order.created_at, f.created_at_min, f.created_at_max) &&
		within(order.updated_at, f.updated_at_min, f.updated_at_max)
	);
}

export function registerOrders(app: FastifyInstance, ctx: SandboxContext): void {
	app.get('/orders/count.json', { schema: { querystring: orderFilters } }, async (request) => {
		const { store } = shoplineAuth(request);
		const filters = request.query as OrderFilters;
		const count = ctx.state.shopline.orders.filter((o) => o.handle === store.handle && matchesFilters(o, filters)).length;
		return { count };
	});
}
