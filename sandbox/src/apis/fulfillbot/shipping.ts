/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SandboxContext } from '../../context';
import { isoSeconds } from '../../core/clock';
import { fulfillbotAuth } from './auth';
import { badRequest, countryCode, integerId, notFound } from './common';
import { checkChannelServes, checkCountry, findChannel, price } from './freight';
import { ledger } from './ledger';
import {
	SHIPPING_ORDER_STATUSES,
	type FulfillbotPackage,
	type FulfillbotShippingOrder,
} from './model';
import { orderNumber } from './numbers';
import { ordersOf, pageOf, pageQuery } from './paging';
import { shippingOrderView, shippingSummary } from './present';
import { fulfillbotRoute } from './route';
import { isShippable } from './warehouse';

const required = z.string().trim().min(1, 'is required');
const createBody = z.strictObject({
	items: z
		.array(z.strictObject({ inventoryId: integerId, quantity: z.number().int().min(1) }))
		.min(1),
	logisticsChannelId: required,
	recipientName: required,
	recipientPhone: required,
	recipientCountry: countryCode,
	recipientState: z.string().trim().optional(),
	recipientCity: required,
	recipientAddress: required,
	recipientZipCode: required,
	remark: z.string().optional(),
});
const listQuery = pageQuery.extend({ status: z.enum(SHIPPING_ORDER_STATUSES).optional() });
const orderParams = z.object({ id: z.string().min(1) });

export function registerShipping(app: FastifyInstance, ctx: SandboxContext): void {
	const fb = () => ctx.state.fulfillbot;
	const findOrder = (request: { params: unknown }, userId: number) => {
		const { id } = request.params as z.output<typeof orderParams>;
		const order = fb().shippingOrders.find((o) => o.userId === userId && o.orderNo === id);
		if (!order) throw notFound(`Shipping order ${id} not found`);
		return order;
	};

	// No idempotency key in the docs: every call is a new shipping order and a new charge.
	fulfillbotRoute(app, 'POST', '/shipping/create', { body: createBody }, (request, reply) => {
		const body = request.body as z.output<typeof createBody>;
		const userId = fulfillbotAuth(request).user.id;
		const now = ctx.clock.now();
		checkCountry(fb(), body.recipientCountry, 'recipientCountry');
		const channel = findChannel(fb(), body.logisticsChannelId);

		const seen = new Set<number>();
		const packages: FulfillbotPackage[] = body.items.map(({ inventoryId, quantity }, i) => {
			const field = `items.${i}.inventoryId`;
			if (seen.has(inventoryId))
				throw badRequest(`${field}: package ${inventoryId} is listed twice`);
			seen.add(inventoryId);
			const pkg = fb().packages.find((p) => p.userId === userId && p.id === inventoryId);
			if (!pkg) throw badRequest(`${field}: package ${inventoryId} not found in your warehouse`);
			if (!isShippable(pkg))
				throw badRequest(
					`${field}: package ${inventoryId} is not shippable (${pkg.shippingOrderNo ? `already on ${pkg.shippingOrderNo}` : pkg.status})`,
				);
			// The sandbox ships whole packages; it does not split one.
			if (quantity !== pkg.quantity)
				throw badRequest(
					`items.${i}.quantity: package ${inventoryId} holds ${pkg.quantity}; ship it whole`,
				);
			return pkg;
		});
		const totalWeight = packages.reduce((sum, p) => sum + p.weight, 0);
		checkChannelServes(channel, body.recipientCountry, totalWeight, 'logisticsChannelId');
		const shippingFee = price(channel, totalWeight);
		const orderNo = orderNumber('SHP', fb().sequences.shippingOrder, now);
		ledger(fb(), userId).charge(shippingFee, orderNo, now);
		fb().sequences.shippingOrder += 1;

		const order: FulfillbotShippingOrder = {
			userId,
			orderNo,
			status: 'pending',
			channelId: channel.channelId,
			channelName: channel.name,
			carrier: channel.carrier,
			trackingNo: null,
			totalWeight,
			shippingFee,
			currency: 'CNY',
			items: packages.map((p) => ({
				inventoryId: p.id,
				name: p.productName,
				quantity: p.quantity,
				weight: p.weight,
			})),
			recipientName: body.recipientName,
			recipientPhone: body.recipientPhone,
			recipientCountry: body.recipientCountry,
			recipientState: body.recipientState ?? '',
			recipientCity: body.recipientCity,
			recipientAddress: body.recipientAddress,
			recipientZipCode: body.recipientZipCode,
			remark: body.remark ?? '',
			createdAt: isoSeconds(now),
			updatedAt: isoSeconds(now),
		};
		for (const p of packages) p.shippingOrderNo = orderNo;
		fb().shippingOrders.push(order);
		return reply.code(201).send({ data: shippingOrderView(order) });
	});

	fulfillbotRoute(app, 'GET', '/shipping/orders', { querystring: listQuery }, (request) => {
		const query = request.query as z.output<typeof listQuery>;
		const found = ordersOf(fb().shippingOrders, fulfillbotAuth(request).user.id, query.status);
		return { data: pageOf(found, query, shippingSummary) };
	});

	fulfillbotRoute(app, 'GET', '/shipping/orders/:id', { params: orderParams }, (request) => ({
		data: shippingOrderView(findOrder(request, fulfillbotAuth(request).user.id)),
	}));

	fulfillbotRoute(
		app,
		'POST',
		'/shipping/orders/:id/cancel',
		{ params: orderParams },
		(request) => {
			const userId = fulfillbotAuth(request).user.id;
			const order = findOrder(request, userId);
			if (order.status !== 'pending')
				throw badRequest(
					`Shipping order ${order.orderNo} is ${order.status}: cancellation is only available for shipping orders in pending status`,
				);
			const now = ctx.clock.now();
			ledger(fb(), userId).refund(order.shippingFee, order.orderNo, now);
			for (const p of fb().packages)
				if (p.shippingOrderNo === order.orderNo) p.shippingOrderNo = null;
			order.status = 'cancelled';
			order.updatedAt = isoSeconds(now);
			return {
				data: {
					orderNo: order.orderNo,
					status: order.status,
					refundAmount: order.shippingFee,
					message: 'Shipping order cancelled',
				},
			};
		},
	);

	fulfillbotRoute(
		app,
		'POST',
		'/shipping/orders/:id/confirm-delivery',
		{ params: orderParams },
		(request) => {
			const order = findOrder(request, fulfillbotAuth(request).user.id);
			if (order.status !== 'shipped')
				throw badRequest(
					`Shipping order ${order.orderNo} is ${order.status}: delivery can only be confirmed for shipping orders in shipped status`,
				);
			order.status = 'delivered';
			order.updatedAt = isoSeconds(ctx.clock.now());
			return {
				data: { orderNo: order.orderNo, status: order.status, message: 'Delivery confirmed' },
			};
		},
	);
}
