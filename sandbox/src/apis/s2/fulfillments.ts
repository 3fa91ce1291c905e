/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SandboxContext } from '../../context';
import { ApiError } from '../../core/errors';
import { s2Auth } from './auth';
import { addressSchema, badRequest, idParams, inOrg, notFound, nowIso, optionalId } from './common';
import type { S2Fulfillment, S2Order, S2Shipment, S2State } from './model';
import { findOrder } from './orders';
import { presentFulfillment, presentFulfillmentDetails } from './present';

const line = z.strictObject({ productId: z.string().min(1), quantity: z.number().int().min(1) });
const choice = z.union([z.literal(0), z.literal(1), z.literal(2)]);

/** POST /fulfillment, field for field from S2's docs (docs/api-notes.md#s2-fulfillment-create). Optional fields may also be null (the example sends null). */
const createBody = z.strictObject({
	orderId: optionalId,
	rmaId: optionalId,
	address: addressSchema,
	warehouseId: optionalId,
	channelFulfillmentId: optionalId,
	orderAccountId: optionalId,
	accountCode: optionalId,
	orderType: choice.nullish().transform((v) => v ?? 0),
	shippingMethod: z.string({
		error: 'shippingMethod is required (pass "" or "standard" when there is none)',
	}),
	items: z.array(line).min(1, 'items must list at least one product'),
	shipments: z.array(
		z.strictObject({
			items: z.array(line),
			// The docs say "pass empty string ... if no value" for this array: "" is read as no labels.
			prepaidLabels: z.union([
				z.array(z.strictObject({ filePath: z.string().min(1) })),
				z.literal('').transform(() => []),
			]),
			shippingCarrierId: optionalId,
			trackingNumber: z
				.string()
				.nullish()
				.transform((v) => v?.trim() ?? ''),
		}),
	),
	attachments: z.array(z.strictObject({ fileName: z.string().min(1), path: z.string().min(1) }), {
		error: 'attachments is required (pass [] when there are none)',
	}),
	additionalReferenceIds: z
		.array(z.string())
		.nullish()
		.transform((v) => v ?? []),
	signatureRequired: z
		.boolean()
		.nullish()
		.transform((v) => v ?? false),
	method: choice.nullish().transform((v) => v ?? null),
	customerNote: z
		.string()
		.nullish()
		.transform((v) => v ?? null),
});
type CreateBody = z.output<typeof createBody>;

/** The documented 409 body, exactly (no reference ID). */
function alreadyExists(channelFulfillmentId: string): ApiError {
	return new ApiError(409, {
		code: 'ALREADY_EXISTS',
		message: `Fulfillment with channelFulfillmentId '${channelFulfillmentId}' already exists for this organization`,
	});
}

/** Every id the body names must exist in the caller's organization; the first that does not is a 400. */
function checkReferences(
	s2: S2State,
	organizationId: string,
	body: CreateBody,
): { order?: S2Order; warehouseId: string; orderAccountId: string | null } {
	const order = body.orderId ? findOrder(s2, organizationId, body.orderId) : undefined;
	// Inferred: a cancelled order is not fulfilled any more.
	if (order?.status === 'CANCELLED') throw badRequest(`orderId: order '${order.id}' is CANCELLED.`);

	const products = new Set(inOrg(s2, 'products', organizationId).map((p) => p.id));
	body.items.forEach((item, i) => {
		if (!products.has(item.productId))
			throw badRequest(
				`items.${i}.productId: product '${item.productId}' does not exist in this organization.`,
			);
	});
	const listed = new Set(body.items.map((i) => i.productId));
	body.shipments.forEach((shipment, s) => {
		shipment.items.forEach((item, i) => {
			if (!listed.has(item.productId))
				throw badRequest(
					`shipments.${s}.items.${i}.productId: product '${item.productId}' is not one of the fulfillment's items.`,
				);
		});
		if (
			shipment.shippingCarrierId &&
			!s2.carriers.some((c) => c.id === shipment.shippingCarrierId)
		) {
			throw badRequest(
				`shipments.${s}.shippingCarrierId: unknown carrier '${shipment.shippingCarrierId}'. Known: ${s2.carriers.map((c) => c.id).join(', ')}.`,
			);
		}
	});

	const warehouses = inOrg(s2, 'warehouses', organizationId);
	if (body.warehouseId && !warehouses.some((w) => w.id === body.warehouseId))
		throw badRequest(
			`warehouseId: warehouse '${body.warehouseId}' does not exist in this organization.`,
		);
	// The docs assign a random warehouse when none is given; the sandbox takes the first fulfillment center, so tests can rely on it.
	const warehouseId = body.warehouseId ?? warehouses.find((w) => w.fulfillmentCenter)?.id;
	if (!warehouseId)
		throw badRequest('warehouseId: this organization has no fulfillment center to assign.');

	const accounts = inOrg(s2, 'accounts', organizationId);
	const byCode = body.accountCode ? accounts.find((a) => a.code === body.accountCode) : undefined;
	if (body.accountCode && !byCode)
		throw badRequest(
			`accountCode: no account with code '${body.accountCode}' in this organization.`,
		);
	if (!order && body.orderAccountId && !accounts.some((a) => a.id === body.orderAccountId)) {
		throw badRequest(
			`orderAccountId: account '${body.orderAccountId}' does not exist in this organization.`,
		);
	}
	// The docs: with an order, its account is used and orderAccountId is ignored.
	const orderAccountId = order?.accountId ?? body.orderAccountId ?? byCode?.id ?? null;
	return { order, warehouseId, orderAccountId };
}

function newShipment(input: CreateBody['shipments'][number], now: string): S2Shipment {
	return {
		id: randomUUID(),
		manifestId: null,
		channelShipmentId: null,
		status: 'CREATED',
		meta: {},
		shippingCarrierId: input.shippingCarrierId ?? 'OTHER',
		trackingNumber: input.trackingNumber,
		trackingUrl: '',
		items: input.items.map((i) => ({
			channelShipmentItemId: null,
			productId: i.productId,
			quantity: i.quantity,
			meta: {},
		})),
		labels: input.prepaidLabels.map((l) => ({
			id: randomUUID(),
			type: 'PREPAID' as const,
			carrier: '',
			trackingNumber: '',
			trackingUrl: '',
			amount: 0,
			amountCurrency: 'USD',
			filePath: l.filePath,
			purchasedLabel: null,
			createdAt: now,
			updatedAt: now,
		})),
		packages: [],
		createdAt: now,
		updatedAt: now,
	};
}

export function registerFulfillments(app: FastifyInstance, ctx: SandboxContext): void {
	app.post('/fulfillment', { schema: { body: createBody } }, async (request) => {
		const { organizationId } = s2Auth(request);
		const body = request.body as CreateBody;
		const s2 = ctx.state.s2;
		const { order, warehouseId, orderAccountId } = checkReferences(s2, organizationId, body);
		// Unique per organization: the same channelFulfillmentId in another organization is fine.
		const cfId = body.channelFulfillmentId;
		if (
			cfId &&
			inOrg(s2, 'fulfillments', organizationId).some((f) => f.channelFulfillmentId === cfId)
		)
			throw alreadyExists(cfId);

		const now = nowIso(ctx);
		const fulfillment: S2Fulfillment = {
			id: randomUUID(),
			organizationId,
			status: 'CREATED',
			address: body.address,
			channelFulfillmentId: cfId,
			meta: {},
			warehouseId,
			warehousePickId: randomUUID(),
			warehousePickStatus: 'CREATED',
			shippingMethod: body.shippingMethod,
			items: body.items.map((i) => ({
				productId: i.productId,
				channelFulfillmentItemId: null,
				quantity: i.quantity,
				meta: {},
			})),
			attachments: body.attachments.map((a) => ({
				id: randomUUID(),
				fileName: a.fileName,
				path: a.path,
				createdAt: now,
				updatedAt: now,
			})),
			shipments: body.shipments.map((s) => newShipment(s, now)),
			shipByDate: null,
			deliverByDate: null,
			customerNote: body.customerNote,
			additionalReferenceIds: body.additionalReferenceIds,
			orderId: order?.id ?? null,
			rmaId: body.rmaId,
			orderAccountId,
			accountCode: body.accountCode,
			orderType: body.orderType,
			method: body.method,
			signatureRequired: body.signatureRequired,
			createdAt: now,
			updatedAt: now,
		};
		s2.fulfillments.push(fulfillment);
		if (order) {
			order.assignStatus = 'ASSIGNED';
			order.updatedAt = now;
		}
		return presentFulfillment(s2, fulfillment);
	});

	app.get('/fulfillment/:id', { schema: { params: idParams } }, async (request) => {
		const { organizationId } = s2Auth(request);
		const s2 = ctx.state.s2;
		const { id } = request.params as { id: string };
		const fulfillment = inOrg(s2, 'fulfillments', organizationId).find((f) => f.id === id);
		if (!fulfillment) throw notFound(`fulfillment '${id}' does not exist in this organization.`);
		return presentFulfillmentDetails(s2, fulfillment);
	});
}
