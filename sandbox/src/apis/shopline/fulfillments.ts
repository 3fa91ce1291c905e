/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SandboxContext } from '../../context';
import { isoWithOffset } from '../../core/clock';
import { ApiError } from '../../core/errors';
import { shoplineAuth } from './auth';
import { shoplineError } from './errors';
import { cancelFulfillment, createFulfillment, type FulfillLine } from './fulfilling';
import type { ShoplineFulfillment, ShoplineOrder, ShoplineTrackingInfo } from './model';
import { findOrder } from './orders';
import { fulfillmentView } from './present';

/** Docs: tracking_info_list "Maximum size: 10". Checked in the handler so the answer is the documented 422. */
const MAX_TRACKING = 10;

// The docs' examples send tracking numbers and line-item ids as JSON numbers, the API Explorer sends nulls.
const text = z.union([z.string(), z.number()]).transform(String).nullish();
const trackingInfo = z.object({
	tracking_company: text,
	tracking_number: text,
	tracking_url: text,
});
const lineItemId = z
	.union([z.string().regex(/^\d+$/, 'must be a numeric id'), z.number().int().nonnegative()])
	.transform(String);

const createBody = z.object({
	fulfillment: z.object({
		line_items: z
			.array(z.object({ id: lineItemId, quantity: z.number().int().positive() }))
			.nullish(),
		notify_customer: z.boolean().nullish(),
		tracking_info_list: z.array(trackingInfo).nullish(),
		// Deprecated since v20250601; ignored when tracking_info_list is given.
		tracking_company: text,
		tracking_number: text,
		tracking_url: text,
	}),
});
type CreateBody = z.output<typeof createBody>;

const updateTrackingBody = z.object({
	fulfillment: z.object({
		tracking_info_list: z.array(trackingInfo),
		notify_customer: z.boolean().nullish(),
	}),
});

type Tracking = z.output<typeof trackingInfo>;
const toTracking = (t: Tracking): ShoplineTrackingInfo => ({
	tracking_company: t.tracking_company ?? null,
	tracking_number: t.tracking_number ?? null,
	tracking_url: t.tracking_url ?? null,
});

function unprocessable(errors: Record<string, string[]> | string): never {
	throw new ApiError(422, shoplineError(errors));
}

function checkTrackingSize(list: unknown[] | null | undefined): void {
	if (list && list.length > MAX_TRACKING)
		unprocessable({
			tracking_info_list: [`must have at most ${MAX_TRACKING} entries (got ${list.length})`],
		});
}

/** Every problem with the requested lines at once, keyed by field path. */
function checkLines(order: ShoplineOrder, lines: FulfillLine[] | null | undefined): FulfillLine[] {
	if (!lines?.length)
		unprocessable({
			line_items: ['is required: list the order line items to ship as [{id, quantity}]'],
		});
	const errors: Record<string, string[]> = {};
	const seen = new Set<string>();
	lines.forEach(({ id, quantity }, i) => {
		const line = order.line_items.find((l) => l.id === id);
		if (!line)
			(errors[`line_items.${i}.id`] ??= []).push(`line item ${id} is not in order ${order.id}`);
		else if (seen.has(id))
			(errors[`line_items.${i}.id`] ??= []).push(`line item ${id} is listed twice`);
		else if (!line.requires_shipping)
			(errors[`line_items.${i}.id`] ??= []).push(`line item ${id} does not require shipping`);
		else if (quantity > line.fulfillable_quantity) {
			(errors[`line_items.${i}.quantity`] ??= []).push(
				`must be at most ${line.fulfillable_quantity} (the fulfillable_quantity of line item ${id})`,
			);
		}
		seen.add(id);
	});
	if (Object.keys(errors).length) unprocessable(errors);
	return lines;
}

function trackingOf(f: CreateBody['fulfillment']): ShoplineTrackingInfo[] {
	if (f.tracking_info_list) return f.tracking_info_list.map(toTracking);
	const legacy = toTracking(f);
	return legacy.tracking_company || legacy.tracking_number || legacy.tracking_url ? [legacy] : [];
}

function findFulfillment(order: ShoplineOrder, id: string): ShoplineFulfillment {
	const fulfillment = order.fulfillments.find((f) => f.id === id);
	if (!fulfillment) throw new ApiError(404, shoplineError('Not Found'));
	return fulfillment;
}

export function registerFulfillments(app: FastifyInstance, ctx: SandboxContext): void {
	type OrderParams = { order_id: string };
	type FulfillmentParams = OrderParams & { fulfillment_id: string };
	const orderOf = (store: string, params: unknown) =>
		findOrder(ctx, store, (params as OrderParams).order_id);
	const now = () => isoWithOffset(ctx.clock.now());

	app.get('/orders/:order_id/fulfillments.json', async (request) => {
		const order = orderOf(shoplineAuth(request).store.handle, request.params);
		return { fulfillments: order.fulfillments.map((f) => fulfillmentView(f, order.currency)) };
	});

	app.get('/orders/:order_id/fulfillments/count.json', async (request) => {
		return {
			count: orderOf(shoplineAuth(request).store.handle, request.params).fulfillments.length,
		};
	});

	app.post(
		'/orders/:order_id/fulfillments.json',
		{ schema: { body: createBody } },
		async (request, reply) => {
			const order = orderOf(shoplineAuth(request).store.handle, request.params);
			const { fulfillment: f } = request.body as CreateBody;
			if (order.status === 'cancelled')
				unprocessable('The order has been cancelled and cannot be fulfilled');
			checkTrackingSize(f.tracking_info_list);
			const lines = checkLines(order, f.line_items);
			const created = createFulfillment(
				ctx.state.shopline,
				order,
				lines,
				trackingOf(f),
				f.notify_customer ?? false,
				now(),
			);
			return reply.code(201).send({ fulfillment: fulfillmentView(created, order.currency) });
		},
	);

	app.post('/orders/:order_id/fulfillments/:fulfillment_id/cancel.json', async (request) => {
		const order = orderOf(shoplineAuth(request).store.handle, request.params);
		const fulfillment = findFulfillment(
			order,
			(request.params as FulfillmentParams).fulfillment_id,
		);
		if (fulfillment.status === 'cancelled')
			unprocessable('The fulfillment has already been cancelled');
		cancelFulfillment(order, fulfillment, now());
		return { fulfillment: fulfillmentView(fulfillment, order.currency) };
	});

	app.post(
		'/orders/:order_id/fulfillments/:fulfillment_id/update_tracking.json',
		{ schema: { body: updateTrackingBody } },
		async (request) => {
			const order = orderOf(shoplineAuth(request).store.handle, request.params);
			const fulfillment = findFulfillment(
				order,
				(request.params as FulfillmentParams).fulfillment_id,
			);
			const { fulfillment: body } = request.body as z.output<typeof updateTrackingBody>;
			if (fulfillment.status === 'cancelled')
				unprocessable('A cancelled fulfillment cannot be updated');
			checkTrackingSize(body.tracking_info_list);
			const at = now();
			fulfillment.tracking_info_list = body.tracking_info_list.map(toTracking);
			if (body.notify_customer != null) fulfillment.notify_customer = body.notify_customer;
			fulfillment.updated_at = at;
			order.updated_at = at;
			return { fulfillment: fulfillmentView(fulfillment, order.currency) };
		},
	);
}
