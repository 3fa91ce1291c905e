import { z } from 'zod';
import type { SandboxContext } from '../../context';
import { ApiError } from '../../core/errors';
import type {
	ShoplineCatalog,
	ShoplineInventoryItem,
	ShoplineLocation,
	ShoplineProduct,
	ShoplineVariant,
} from './catalogModel';
import { without as omit } from '../fulfillbot/common';
import { shoplineError } from './errors';

/** The store catalog (an empty one for state files saved before the catalog existed). */
export function catalogOf(ctx: SandboxContext): ShoplineCatalog {
	return (ctx.state.shopline.catalog ??= {
		products: [],
		inventoryItems: [],
		locations: [],
		levels: [],
		nextSeq: 1,
	});
}

export const notFound = () => new ApiError(404, shoplineError('Not Found'));
/** 422 with SHOPLINE's {"errors": {field: [messages]}} shape. */
export const unprocessable = (field: string, message: string) =>
	new ApiError(422, shoplineError({ [field]: [message] }));

export const numericId = z.string().regex(/^\d+$/, 'must be a numeric id');
/** Ids in bodies: the SDK sends text; a JSON number is taken too when it is exact. */
export const bodyId = z
	.union([z.string().regex(/^\d+$/, 'must be a numeric id'), z.number().int().nonnegative()])
	.transform(String);

/** A comma-separated id list; at most `max`, checked here (the SDK names no maximum; 250 inferred). */
export const idListParam = (max: number) =>
	z
		.string()
		.transform((s) =>
			s
				.split(',')
				.map((v) => v.trim())
				.filter(Boolean),
		)
		.refine((list) => list.length > 0, 'is required')
		.refine((list) => list.every((v) => /^\d+$/.test(v)), 'must be comma-separated numeric ids')
		.refine((list) => list.length <= max, `at most ${max} ids`);

/** Keeps only `fields` (comma list) of a view when given. */
export function pick(view: Record<string, unknown>, fields?: string): Record<string, unknown> {
	const names = (fields ?? '')
		.split(',')
		.map((f) => f.trim())
		.filter(Boolean);
	if (!names.length) return view;
	return Object.fromEntries(names.filter((n) => n in view).map((n) => [n, view[n]]));
}

export function findProduct(ctx: SandboxContext, store: string, id: string): ShoplineProduct {
	const product = catalogOf(ctx).products.find((p) => p.store === store && p.id === id);
	if (!product) throw notFound();
	return product;
}

export function findVariant(
	ctx: SandboxContext,
	store: string,
	id: string,
): { product: ShoplineProduct; variant: ShoplineVariant } {
	for (const product of catalogOf(ctx).products) {
		if (product.store !== store) continue;
		const variant = product.variants.find((v) => v.id === id);
		if (variant) return { product, variant };
	}
	throw notFound();
}

export function findItem(ctx: SandboxContext, store: string, id: string): ShoplineInventoryItem {
	const item = catalogOf(ctx).inventoryItems.find((i) => i.store === store && i.id === id);
	if (!item) throw notFound();
	return item;
}

export function findLocation(ctx: SandboxContext, store: string, id: string): ShoplineLocation {
	const location = catalogOf(ctx).locations.find((l) => l.store === store && l.id === id);
	if (!location) throw notFound();
	return location;
}

/** Total available of an inventory item over its locations (a variant's inventory_quantity). */
export function totalAvailable(ctx: SandboxContext, store: string, itemId: string): number {
	return catalogOf(ctx)
		.levels.filter((l) => l.store === store && l.inventory_item_id === itemId)
		.reduce((sum, l) => sum + l.available, 0);
}

export function variantView(
	ctx: SandboxContext,
	store: string,
	v: ShoplineVariant,
): Record<string, unknown> {
	return { ...v, inventory_quantity: totalAvailable(ctx, store, v.inventory_item_id) };
}

/** A product as the SDK shows it: tags as "a, b", no internal fields, variants with their stock. */
export function productView(ctx: SandboxContext, p: ShoplineProduct): Record<string, unknown> {
	return {
		...omit(p, 'store', 'collection_ids'),
		tags: p.tags.join(', '),
		variants: p.variants.map((v) => variantView(ctx, p.store, v)),
		images: [],
		options: [],
		product_type: 'NORMAL',
	};
}

/** A record as the API shows it: without the sandbox's internal `store`. */
export function without<T extends { store: string }>(record: T): Omit<T, 'store'> {
	return omit(record, 'store');
}

/** The next generated id with this prefix (digits), e.g. product ids. */
export function nextId(ctx: SandboxContext, prefix: string): string {
	const catalog = catalogOf(ctx);
	const n = catalog.nextSeq++;
	return `${prefix}${String(n).padStart(7, '0')}`;
}
