/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SandboxContext } from '../../context';
import { s2Auth } from './auth';
import {
	addressSchema,
	badRequest,
	idParams,
	inOrg,
	listQuery,
	matchesTerm,
	notFound,
	nowIso,
	page,
	type ListQuery,
} from './common';
import type { S2Order, S2State } from './model';
import { presentOrder, presentOrderDetails } from './present';

const attachmentInput = z.strictObject({ fileName: z.string().min(1), path: z.string().min(1) });

/**
 * POST /order. docs/api-notes.md#s2-order-create lists the fields; the docs give no item schema, so an item is read
 * conservatively as productId + quantity, with an optional unit price and channel line id.
 */
const createBody = z.strictObject({
	accountId: z.string().min(1),
	channelOrderId: z.string().trim().min(1),
	channelOrderIdAlt: z.string().default(''),
	channelOrderIdAlt2: z.string().default(''),
	channelShippingMethod: z.string({
		error: 'channelShippingMethod is required (pass "" when empty, not null)',
	}),
	shippingAddress: addressSchema,
	billingAddress: addressSchema.nullable().default(null),
	channelOrderDate: z.iso.datetime({
		offset: true,
		error: 'channelOrderDate must be an ISO 8601 date-time in UTC such as 2024-04-24T06:00:33.889Z',
	}),
	currencyId: z
		.string()
		.regex(/^[A-Z]{3}$/, 'currencyId must be a 3-letter ISO 4217 code such as USD'),
	item: z
		.array(
			z.strictObject({
				productId: z.string().min(1),
				quantity: z.number().int().min(1),
				price: z.number().min(0).default(0),
				channelOrderItemId: z
					.string()
					.nullish()
					.transform((v) => v ?? null),
				meta: z.record(z.string(), z.unknown()).default({}),
			}),
		)
		.min(1, 'item must list at least one product'),
	meta: z.record(z.string(), z.unknown()).default({}),
	attachments: z.array(attachmentInput).default([]),
	additionalReferenceIds: z.array(z.string()).default([]),
});

/** The order `id` of this organization, or a 404 (another org's id is as unknown as a made-up one). */
export function findOrder(state: S2State, organizationId: string, id: string): S2Order {
	const order = inOrg(state, 'orders', organizationId).find((o) => o.id === id);
	if (!order) throw notFound(`order '${id}' does not exist in this organization.`);
	return order;
}

/** Newest first (the docs give no order; a poller wants new orders on page one). */
const newestFirst = (a: S2Order, b: S2Order) =>
	b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id);

export function registerOrders(app: FastifyInstance, ctx: SandboxContext): void {
	/** GET /order: limit / offset / term (channelOrderId, its alternates, the recipient's name). */
	app.get('/order', { schema: { querystring: listQuery } }, async (request) => {
		const { organizationId } = s2Auth(request);
		const query = request.query as ListQuery;
		const s2 = ctx.state.s2;
		const matching = inOrg(s2, 'orders', organizationId)
			.filter((o) =>
				matchesTerm(query.term, [
					o.channelOrderId,
					o.channelOrderIdAlt,
					o.channelOrderIdAlt2,
					o.shippingAddress.name,
				]),
			)
			.sort(newestFirst);
		return page(matching, query, (o) => presentOrder(s2, o));
	});

	app.post('/order', { schema: { body: createBody } }, async (request) => {
		const { organizationId } = s2Auth(request);
		const body = request.body as z.output<typeof createBody>;
		const s2 = ctx.state.s2;
		if (!inOrg(s2, 'accounts', organizationId).some((a) => a.id === body.accountId)) {
			throw badRequest(
				`accountId: account '${body.accountId}' does not exist in this organization.`,
			);
		}
		const products = inOrg(s2, 'products', organizationId);
		body.item.forEach((line, i) => {
			if (!products.some((p) => p.id === line.productId))
				throw badRequest(
					`item.${i}.productId: product '${line.productId}' does not exist in this organization.`,
				);
		});
		const now = nowIso(ctx);
		const order: S2Order = {
			id: randomUUID(),
			organizationId,
			accountId: body.accountId,
			status: 'UNFULFILLED',
			assignStatus: 'UNASSIGNED',
			archived: false,
			channelOrderId: body.channelOrderId,
			channelOrderIdAlt: body.channelOrderIdAlt,
			channelOrderIdAlt2: body.channelOrderIdAlt2,
			channelShippingMethod: body.channelShippingMethod,
			shippingAddress: body.shippingAddress,
			billingAddress: body.billingAddress,
			// Stored as UTC whatever offset came in (the docs ask for UTC).
			channelOrderDate: new Date(body.channelOrderDate).toISOString(),
			currencyId: body.currencyId,
			items: body.item.map((line) => ({
				id: randomUUID(),
				productId: line.productId,
				channelOrderItemId: line.channelOrderItemId,
				quantity: line.quantity,
				price: line.price,
				meta: line.meta,
			})),
			meta: body.meta,
			attachments: body.attachments.map((a) => ({
				id: randomUUID(),
				...a,
				createdAt: now,
				updatedAt: now,
			})),
			additionalReferenceIds: body.additionalReferenceIds,
			createdAt: now,
			updatedAt: now,
		};
		s2.orders.push(order);
		return presentOrderDetails(s2, order);
	});

	app.get('/order/:id', { schema: { params: idParams } }, async (request) => {
		const { organizationId } = s2Auth(request);
		const s2 = ctx.state.s2;
		return presentOrderDetails(
			s2,
			findOrder(s2, organizationId, (request.params as { id: string }).id),
		);
	});

	app.post('/order/:id/cancel', { schema: { params: idParams } }, async (request) => {
		const { organizationId } = s2Auth(request);
		const s2 = ctx.state.s2;
		const order = findOrder(s2, organizationId, (request.params as { id: string }).id);
		// Inferred rules: a shipped (FULFILLED) order cannot be cancelled; cancelling twice is a no-op.
		if (order.status === 'FULFILLED')
			throw badRequest(`order '${order.id}' is FULFILLED and can no longer be cancelled.`);
		if (order.status !== 'CANCELLED') {
			order.status = 'CANCELLED';
			order.updatedAt = nowIso(ctx);
		}
		return presentOrderDetails(s2, order);
	});
}
