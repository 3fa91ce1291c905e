/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SandboxContext } from '../../context';
import { isoSeconds } from '../../core/clock';
import { fulfillbotAuth } from './auth';
import { checkLine } from './cart';
import { badRequest, integerId, notFound, round2 } from './common';
import { orderNumber } from './numbers';
import { ledger } from './ledger';
import {
	PURCHASE_ORDER_STATUSES,
	type FulfillbotPurchaseOrder,
	type FulfillbotState,
} from './model';
import { ordersOf, pageOf, pageQuery } from './paging';
import { orderSummary, orderView } from './present';
import { fulfillbotRoute } from './route';

const listQuery = pageQuery.extend({ status: z.enum(PURCHASE_ORDER_STATUSES).optional() });
const orderParams = z.object({ id: z.string().min(1) });
const createBody = z.strictObject({
	items: z
		.array(
			z.strictObject({
				productId: integerId,
				skuId: z.string().trim().min(1),
				quantity: z.number().int().min(1),
				remark: z.string().optional(),
			}),
		)
		.min(1),
	remark: z.string().optional(),
	couponId: integerId.optional(),
});
const cancelBody = z.preprocess(
	(body) => body ?? {},
	z.strictObject({ reason: z.string().optional() }),
);

/** A sandbox choice: the docs show a service fee (30.00 on 598.00) but not its rule. */
const SERVICE_FEE_RATE = 0.05;
const CANCELLABLE = new Set(['pending', 'paid']);

/** What the wallet was charged for an order (and is refunded on cancel). */
export const chargedAmount = (order: FulfillbotPurchaseOrder): number =>
	round2(order.totalAmount - (order.discountAmount ?? 0));

/** The claimed, unused coupon an order applies, and what it takes off. */
function applyCoupon(
	state: FulfillbotState,
	userId: number,
	couponId: number,
	subtotal: number,
	now: number,
) {
	const claim = state.claimedCoupons.find((c) => c.userId === userId && c.couponId === couponId);
	const coupon = state.coupons.find((c) => c.id === couponId);
	if (!claim || !coupon)
		throw badRequest(`couponId: coupon ${couponId} is not one of your claimed coupons`);
	if (claim.usedByOrderNo)
		throw badRequest(`couponId: coupon ${couponId} was already used by ${claim.usedByOrderNo}`);
	if (Date.parse(coupon.expiresAt) <= now)
		throw badRequest(`couponId: coupon ${couponId} expired at ${coupon.expiresAt}`);
	if (subtotal < coupon.minOrderAmount)
		throw badRequest(
			`couponId: coupon ${couponId} needs an order of at least ${coupon.minOrderAmount.toFixed(2)}`,
		);
	const discount =
		coupon.type === 'percentage'
			? round2((subtotal * coupon.value) / 100)
			: Math.min(coupon.value, subtotal);
	return { claim, discount };
}

export function registerOrders(app: FastifyInstance, ctx: SandboxContext): void {
	const fb = () => ctx.state.fulfillbot;
	const findOrder = (userId: number, orderNo: string) => {
		const order = fb().orders.find((o) => o.userId === userId && o.orderNo === orderNo);
		if (!order) throw notFound(`Order ${orderNo} not found`);
		return order;
	};
	const routeOrder = (request: { params: unknown }, userId: number) =>
		findOrder(userId, (request.params as z.output<typeof orderParams>).id);

	fulfillbotRoute(app, 'GET', '/orders', { querystring: listQuery }, (request) => {
		const query = request.query as z.output<typeof listQuery>;
		const found = ordersOf(fb().orders, fulfillbotAuth(request).user.id, query.status);
		return { data: pageOf(found, query, orderSummary) };
	});

	fulfillbotRoute(app, 'GET', '/orders/stats', {}, (request) => {
		const userId = fulfillbotAuth(request).user.id;
		const counts: Record<string, number> = Object.fromEntries(
			PURCHASE_ORDER_STATUSES.map((s) => [s, 0]),
		);
		let total = 0;
		for (const o of fb().orders) {
			if (o.userId !== userId) continue;
			counts[o.status] += 1;
			total += 1;
		}
		return { data: { total, ...counts } };
	});

	fulfillbotRoute(app, 'GET', '/orders/:id', { params: orderParams }, (request) => ({
		data: orderView(routeOrder(request, fulfillbotAuth(request).user.id)),
	}));

	/** GET /orders/:id/<aspect>: the order's number and status, then the fields of that aspect. */
	const orderAspect = (path: string, fields: (o: FulfillbotPurchaseOrder) => object) =>
		fulfillbotRoute(app, 'GET', path, { params: orderParams }, (request) => {
			const o = routeOrder(request, fulfillbotAuth(request).user.id);
			return { data: { orderNo: o.orderNo, status: o.status, ...fields(o) } };
		});
	orderAspect('/orders/:id/status', (o) => ({ updatedAt: o.updatedAt }));
	orderAspect('/orders/:id/logistics', (o) => ({
		trackingNo: o.logistics?.trackingNo ?? null,
		carrier: o.logistics?.carrier ?? null,
	}));
	orderAspect('/orders/:id/inspection', (o) => ({
		result: o.inspection?.result ?? null,
		weight: o.inspection?.weight ?? null,
		photos: o.inspection?.photos ?? [],
	}));

	// No idempotency key in the docs: every call is a new order and a new charge.
	fulfillbotRoute(app, 'POST', '/orders', { body: createBody }, (request, reply) => {
		const body = request.body as z.output<typeof createBody>;
		const userId = fulfillbotAuth(request).user.id;
		const now = ctx.clock.now();
		const lines = body.items.map((line, i) => {
			const { product, sku } = checkLine(fb(), line, `items.${i}.`);
			return {
				productId: product.id,
				title: product.title,
				skuId: sku.skuId,
				skuName: sku.name,
				price: sku.price,
				quantity: line.quantity,
				...(line.remark ? { remark: line.remark } : {}),
			};
		});
		const totalAmount = round2(lines.reduce((sum, l) => sum + l.price * l.quantity, 0));
		const coupon =
			body.couponId === undefined
				? undefined
				: applyCoupon(fb(), userId, body.couponId, totalAmount, now);
		const orderNo = orderNumber('ORD', fb().sequences.order, now);
		const order: FulfillbotPurchaseOrder = {
			userId,
			orderNo,
			status: 'pending',
			totalAmount,
			serviceFee: round2(totalAmount * SERVICE_FEE_RATE),
			currency: 'CNY',
			platform: fb().products.find((p) => p.id === lines[0].productId)!.platform,
			items: lines,
			logistics: null,
			inspection: null,
			remark: body.remark ?? '',
			couponId: body.couponId ?? null,
			discountAmount: coupon?.discount ?? 0,
			createdAt: isoSeconds(now),
			updatedAt: isoSeconds(now),
		};
		ledger(fb(), userId).freeze(chargedAmount(order), orderNo, now);
		fb().sequences.order += 1;
		if (coupon) coupon.claim.usedByOrderNo = orderNo;
		fb().orders.push(order);
		return reply.code(201).send({ data: orderView(order) });
	});

	fulfillbotRoute(
		app,
		'POST',
		'/orders/:id/cancel',
		{ params: orderParams, body: cancelBody },
		(request) => {
			const userId = fulfillbotAuth(request).user.id;
			const order = routeOrder(request, userId);
			if (!CANCELLABLE.has(order.status))
				throw badRequest(
					`Order ${order.orderNo} is ${order.status}: cancellation is only available for orders in pending/paid status`,
				);
			const now = ctx.clock.now();
			const refundAmount = chargedAmount(order);
			ledger(fb(), userId).unfreeze(refundAmount, order.orderNo, now);
			const claim = fb().claimedCoupons.find((c) => c.usedByOrderNo === order.orderNo);
			if (claim) claim.usedByOrderNo = null;
			order.status = 'cancelled';
			order.cancelReason = (request.body as z.output<typeof cancelBody>).reason ?? '';
			order.updatedAt = isoSeconds(now);
			return {
				data: {
					orderNo: order.orderNo,
					status: order.status,
					refundAmount,
					message: 'Order cancelled',
				},
			};
		},
	);
}
