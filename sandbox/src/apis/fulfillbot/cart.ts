/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SandboxContext } from '../../context';
import { fulfillbotAuth } from './auth';
import { badRequest, integerId, notFound, round2 } from './common';
import type { FulfillbotCartItem, FulfillbotState } from './model';
import { cartItemView } from './present';
import { findProduct } from './products';
import { fulfillbotRoute } from './route';

const quantity = z.number().int().min(1);
const cartLine = z.strictObject({
	productId: integerId,
	skuId: z.string().trim().min(1),
	quantity,
	remark: z.string().optional(),
});
const addBatchBody = z.strictObject({ items: z.array(cartLine).min(1) });
const itemParams = z.object({ itemId: z.coerce.number().int().positive() });
const changes = { quantity: quantity.optional(), selected: z.boolean().optional() };
const updateBody = z.strictObject(changes);
/** Inferred: the docs name "Batch update cart items" but show no body; this is PATCH /cart/items/:itemId's body per item. */
const updateBatchBody = z.strictObject({
	items: z.array(z.strictObject({ id: integerId, ...changes })).min(1),
});
/** Inferred: the docs show no body for "Batch remove cart items". */
const removeBatchBody = z.strictObject({ ids: z.array(integerId).min(1) });

type CartLine = z.output<typeof cartLine>;
type Change = z.output<typeof updateBody>;

/** What the update endpoints answer for each changed item. */
const changedView = (item: FulfillbotCartItem) => ({
	id: item.id,
	quantity: item.quantity,
	selected: item.selected,
});

/** Checks a line against the catalog; `field` prefixes messages for batch bodies (`items.1.`). */
export function checkLine(
	state: FulfillbotState,
	line: { productId: number; skuId: string; quantity: number },
	field = '',
) {
	const product = findProduct(state, line.productId);
	const sku = product.skus.find((s) => s.skuId === line.skuId);
	if (!sku) throw badRequest(`${field}skuId: ${line.skuId} is not a SKU of product ${product.id}`);
	if (line.quantity > sku.stock) throw badRequest(`${field}quantity: only ${sku.stock} in stock`);
	return { product, sku };
}

export function registerCart(app: FastifyInstance, ctx: SandboxContext): void {
	const fb = () => ctx.state.fulfillbot;
	const mine = (userId: number) => fb().cart.filter((i) => i.userId === userId);
	const findItem = (userId: number, id: number) => {
		const item = fb().cart.find((i) => i.userId === userId && i.id === id);
		if (!item) throw notFound(`Cart item ${id} not found`);
		return item;
	};
	const add = (userId: number, line: CartLine): FulfillbotCartItem => {
		const item = {
			id: fb().sequences.cartItem++,
			userId,
			productId: line.productId,
			skuId: line.skuId,
			quantity: line.quantity,
			selected: true,
			remark: line.remark ?? '',
		};
		fb().cart.push(item);
		return item;
	};
	/** The user's item with a quantity change checked against the catalog; applied apart (see the batch). */
	const checkedChange = (userId: number, id: number, change: Change) => {
		const item = findItem(userId, id);
		if (change.quantity !== undefined) checkLine(fb(), { ...item, quantity: change.quantity });
		return { item, change };
	};
	const applyChange = ({ item, change }: { item: FulfillbotCartItem; change: Change }) => {
		item.quantity = change.quantity ?? item.quantity;
		item.selected = change.selected ?? item.selected;
	};

	fulfillbotRoute(app, 'GET', '/cart', {}, (request) => {
		const items = mine(fulfillbotAuth(request).user.id).map((i) => cartItemView(fb(), i));
		// The amount to pay at checkout: selected lines only.
		const totalAmount = round2(
			items.filter((i) => i.selected).reduce((sum, i) => sum + i.price * i.quantity, 0),
		);
		return { data: { items, totalItems: items.length, totalAmount } };
	});

	fulfillbotRoute(app, 'POST', '/cart/items', { body: cartLine }, (request, reply) => {
		const line = request.body as CartLine;
		checkLine(fb(), line);
		const item = add(fulfillbotAuth(request).user.id, line);
		return reply.code(201).send({
			data: {
				id: item.id,
				productId: item.productId,
				skuId: item.skuId,
				quantity: item.quantity,
				message: 'Item added to cart',
			},
		});
	});

	fulfillbotRoute(app, 'POST', '/cart/items/batch', { body: addBatchBody }, (request, reply) => {
		const { items } = request.body as z.output<typeof addBatchBody>;
		// All or nothing: every line is checked before any is added.
		items.forEach((line, i) => checkLine(fb(), line, `items.${i}.`));
		const userId = fulfillbotAuth(request).user.id;
		const added = items.map((line) => add(userId, line));
		return reply.code(201).send({
			data: {
				added: added.length,
				items: added.map((i) => ({ id: i.id, productId: i.productId })),
			},
		});
	});

	fulfillbotRoute(app, 'PATCH', '/cart/items/batch', { body: updateBatchBody }, (request) => {
		const userId = fulfillbotAuth(request).user.id;
		const { items } = request.body as z.output<typeof updateBatchBody>;
		// All or nothing: every change is checked before any is applied.
		const targets = items.map((change) => checkedChange(userId, change.id, change));
		targets.forEach(applyChange);
		return {
			data: {
				updated: targets.length,
				items: targets.map(({ item }) => changedView(item)),
				message: 'Cart items updated',
			},
		};
	});

	fulfillbotRoute(
		app,
		'PATCH',
		'/cart/items/:itemId',
		{ params: itemParams, body: updateBody },
		(request) => {
			const { itemId } = request.params as z.output<typeof itemParams>;
			const change = request.body as z.output<typeof updateBody>;
			const target = checkedChange(fulfillbotAuth(request).user.id, itemId, change);
			applyChange(target);
			return { data: { ...changedView(target.item), message: 'Cart item updated' } };
		},
	);

	fulfillbotRoute(app, 'DELETE', '/cart/items/batch', { body: removeBatchBody }, (request) => {
		const userId = fulfillbotAuth(request).user.id;
		const ids = new Set((request.body as z.output<typeof removeBatchBody>).ids);
		for (const id of ids) findItem(userId, id);
		fb().cart = fb().cart.filter((i) => !(i.userId === userId && ids.has(i.id)));
		return { data: { removed: ids.size, message: 'Items removed' } };
	});

	fulfillbotRoute(app, 'DELETE', '/cart/items/:itemId', { params: itemParams }, (request) => {
		const { itemId } = request.params as z.output<typeof itemParams>;
		const userId = fulfillbotAuth(request).user.id;
		const item = findItem(userId, itemId);
		fb().cart = fb().cart.filter((i) => i !== item);
		return { data: { message: 'Item removed' } };
	});

	fulfillbotRoute(app, 'DELETE', '/cart', {}, (request) => {
		const userId = fulfillbotAuth(request).user.id;
		const removed = mine(userId).length;
		fb().cart = fb().cart.filter((i) => i.userId !== userId);
		return { data: { removed, message: 'Cart cleared' } };
	});
}
