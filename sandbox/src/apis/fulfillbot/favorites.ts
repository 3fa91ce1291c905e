/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SandboxContext } from '../../context';
import { isoSeconds } from '../../core/clock';
import { fulfillbotAuth } from './auth';
import { badRequest, integerId, integerIdParams, notFound } from './common';
import type { FulfillbotFavorite } from './model';
import { pageQuery } from './paging';
import { findProduct } from './products';
import { fulfillbotRoute } from './route';

const addBody = z.strictObject({ productId: integerId });

export function registerFavorites(app: FastifyInstance, ctx: SandboxContext): void {
	const fb = () => ctx.state.fulfillbot;
	const view = (f: FulfillbotFavorite) => {
		const product = fb().products.find((p) => p.id === f.productId);
		return {
			id: f.id,
			productId: f.productId,
			title: product?.title ?? '',
			price: product?.price ?? 0,
			imageUrl: product?.imageUrl ?? '',
			addedAt: f.addedAt,
		};
	};

	// The docs answer {items, total}; page/limit are honoured like every other list.
	fulfillbotRoute(app, 'GET', '/user/favorites', { querystring: pageQuery }, (request) => {
		const { page, limit } = request.query as z.output<typeof pageQuery>;
		const userId = fulfillbotAuth(request).user.id;
		const mine = fb().favorites.filter((f) => f.userId === userId);
		return {
			data: { items: mine.slice((page - 1) * limit, page * limit).map(view), total: mine.length },
		};
	});

	fulfillbotRoute(app, 'POST', '/user/favorites', { body: addBody }, (request, reply) => {
		const { productId } = request.body as z.output<typeof addBody>;
		const userId = fulfillbotAuth(request).user.id;
		findProduct(fb(), productId);
		if (fb().favorites.some((f) => f.userId === userId && f.productId === productId))
			throw badRequest(`productId: product ${productId} is already a favorite`);
		const favorite: FulfillbotFavorite = {
			id: fb().sequences.favorite++,
			userId,
			productId,
			addedAt: isoSeconds(ctx.clock.now()),
		};
		fb().favorites.push(favorite);
		return reply.code(201).send({ data: view(favorite) });
	});

	fulfillbotRoute(app, 'DELETE', '/user/favorites/:id', { params: integerIdParams }, (request) => {
		const { id } = request.params as z.output<typeof integerIdParams>;
		const userId = fulfillbotAuth(request).user.id;
		const favorite = fb().favorites.find((f) => f.userId === userId && f.id === id);
		if (!favorite) throw notFound(`Favorite ${id} not found`);
		fb().favorites = fb().favorites.filter((f) => f !== favorite);
		return { data: { id, message: 'Removed from favorites' } };
	});
}
