/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SandboxContext } from '../../context';
import { isoWithOffset } from '../../core/clock';
import { ApiError } from '../../core/errors';
import { shoplineAuth } from './auth';
import {
	bodyId,
	catalogOf,
	findItem,
	findLocation,
	idListParam,
	numericId,
	unprocessable,
	without,
} from './catalogCommon';
import type { ShoplineInventoryLevel } from './catalogModel';
import { shoplineError } from './errors';

/*
 * Inventory items, inventory levels and locations (official Go SDK, rest/admin/v20260301/product/).
 * The SDK names no maximum for the id lists and no paging for inventory_items.json and
 * inventory_levels.json; the sandbox takes up to 250 ids (inferred) and answers everything at once.
 * Set and adjust take `available` / `available_adjustment` as required: a body without it (what the Go
 * SDK sends for 0, its field being `omitempty`) is a 422, so a client that drops a 0 is caught. Set
 * stocks an item at a location it is not yet connected to (as Shopify's set does; inferred); adjust
 * needs the connection.
 */

const MAX_IDS = 250;
const idParams = z.object({ id: numericId });
const levelBody = z.object({
	inventory_item_id: bodyId,
	location_id: bodyId,
	available: z.number().int().optional(),
	available_adjustment: z.number().int().optional(),
});
type LevelBody = z.output<typeof levelBody>;
const itemUpdateBody = z.object({
	inventory_item: z.object({
		cost: z
			.union([z.string(), z.number()])
			.transform(String)
			.refine((s) => /^\d+(\.\d+)?$/.test(s), 'must be a non-negative amount')
			.optional(),
		sku: z.string().max(255).optional(),
		tracked: z.boolean().optional(),
		required_shipping: z.boolean().optional(),
	}),
});

export function registerStock(app: FastifyInstance, ctx: SandboxContext): void {
	const now = () => isoWithOffset(ctx.clock.now());
	const levelView = (l: ShoplineInventoryLevel) => {
		const item = catalogOf(ctx).inventoryItems.find(
			(i) => i.store === l.store && i.id === l.inventory_item_id,
		);
		return { ...without(l), variant_id: item?.variant_id ?? null };
	};
	const findLevel = (store: string, item: string, location: string) =>
		catalogOf(ctx).levels.find(
			(l) => l.store === store && l.inventory_item_id === item && l.location_id === location,
		);
	/** A new level of the item at the location, at 0 (connect, or set on an unconnected pair). */
	const newLevel = (store: string, body: LevelBody): ShoplineInventoryLevel => {
		const level: ShoplineInventoryLevel = {
			store,
			inventory_item_id: body.inventory_item_id,
			location_id: body.location_id,
			available: 0,
			updated_at: now(),
		};
		catalogOf(ctx).levels.push(level);
		return level;
	};
	/** Both must exist in this store: a 404 otherwise (another store's ids included). */
	const resolve = (store: string, body: { inventory_item_id: string; location_id: string }) => {
		findItem(ctx, store, body.inventory_item_id);
		findLocation(ctx, store, body.location_id);
	};

	app.get(
		'/inventory_items.json',
		{ schema: { querystring: z.object({ ids: idListParam(MAX_IDS) }) } },
		async (request) => {
			const { store } = shoplineAuth(request);
			const { ids } = request.query as { ids: string[] };
			return {
				inventory_items: catalogOf(ctx)
					.inventoryItems.filter((i) => i.store === store.handle && ids.includes(i.id))
					.map(without),
			};
		},
	);

	app.get('/inventory_items/:id.json', { schema: { params: idParams } }, async (request) => {
		const { store } = shoplineAuth(request);
		return {
			inventory_item: without(findItem(ctx, store.handle, (request.params as { id: string }).id)),
		};
	});

	app.put(
		'/inventory_items/:id.json',
		{ schema: { params: idParams, body: itemUpdateBody } },
		async (request) => {
			const { store } = shoplineAuth(request);
			const item = findItem(ctx, store.handle, (request.params as { id: string }).id);
			const input = (request.body as z.output<typeof itemUpdateBody>).inventory_item;
			Object.assign(
				item,
				Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
			);
			item.updated_at = now();
			return { inventory_item: without(item) };
		},
	);

	app.get(
		'/inventory_levels.json',
		{
			schema: {
				querystring: z.object({
					inventory_item_ids: idListParam(MAX_IDS),
					location_ids: idListParam(MAX_IDS).optional(),
				}),
			},
		},
		async (request) => {
			const { store } = shoplineAuth(request);
			const q = request.query as { inventory_item_ids: string[]; location_ids?: string[] };
			return {
				inventory_levels: catalogOf(ctx)
					.levels.filter(
						(l) =>
							l.store === store.handle &&
							q.inventory_item_ids.includes(l.inventory_item_id) &&
							(!q.location_ids || q.location_ids.includes(l.location_id)),
					)
					.map(levelView),
			};
		},
	);

	app.post('/inventory_levels/set.json', { schema: { body: levelBody } }, async (request) => {
		const { store } = shoplineAuth(request);
		const body = request.body as LevelBody;
		if (body.available === undefined) throw unprocessable('available', 'is required');
		resolve(store.handle, body);
		let level = findLevel(store.handle, body.inventory_item_id, body.location_id);
		if (!level) {
			level = newLevel(store.handle, body);
		}
		level.available = body.available;
		level.updated_at = now();
		return { inventory_level: levelView(level) };
	});

	app.post('/inventory_levels/adjust.json', { schema: { body: levelBody } }, async (request) => {
		const { store } = shoplineAuth(request);
		const body = request.body as LevelBody;
		if (body.available_adjustment === undefined)
			throw unprocessable('available_adjustment', 'is required');
		resolve(store.handle, body);
		const level = findLevel(store.handle, body.inventory_item_id, body.location_id);
		if (!level)
			throw unprocessable('inventory_item_id', 'is not stocked at this location; connect it first');
		level.available += body.available_adjustment;
		level.updated_at = now();
		return { inventory_level: { ...levelView(level), update_at: level.updated_at } };
	});

	app.post('/inventory_levels/connect.json', { schema: { body: levelBody } }, async (request) => {
		const { store } = shoplineAuth(request);
		const body = request.body as LevelBody;
		resolve(store.handle, body);
		if (findLevel(store.handle, body.inventory_item_id, body.location_id))
			throw unprocessable('location_id', 'is already connected to this inventory item');
		const level = newLevel(store.handle, body);
		return { inventory_level: levelView(level) };
	});

	app.delete(
		'/inventory_levels/disconnect.json',
		{ schema: { querystring: z.object({ inventory_item_id: numericId, location_id: numericId }) } },
		async (request, reply) => {
			const { store } = shoplineAuth(request);
			const q = request.query as { inventory_item_id: string; location_id: string };
			resolve(store.handle, q);
			const level = findLevel(store.handle, q.inventory_item_id, q.location_id);
			if (!level) throw new ApiError(404, shoplineError('Not Found'));
			catalogOf(ctx).levels = catalogOf(ctx).levels.filter((l) => l !== level);
			return reply.code(200).send();
		},
	);

	app.get('/locations/list.json', async (request) => {
		const { store } = shoplineAuth(request);
		return {
			locations: catalogOf(ctx)
				.locations.filter((l) => l.store === store.handle)
				.map(without),
		};
	});

	app.get('/locations/count.json', async (request) => {
		const { store } = shoplineAuth(request);
		return { count: catalogOf(ctx).locations.filter((l) => l.store === store.handle).length };
	});

	app.get('/locations/:id.json', { schema: { params: idParams } }, async (request) => {
		const { store } = shoplineAuth(request);
		return {
			location: without(findLocation(ctx, store.handle, (request.params as { id: string }).id)),
		};
	});
}
