/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { SandboxContext } from '../../context';
import { isoWithOffset } from '../../core/clock';
import { shoplineAuth } from './auth';
import {
	catalogOf,
	findProduct,
	findVariant,
	idListParam,
	nextId,
	numericId,
	pick,
	productView,
	unprocessable,
	variantView,
} from './catalogCommon';
import {
	INVENTORY_POLICIES,
	PRODUCT_STATUSES,
	WEIGHT_UNITS,
	type ShoplineProduct,
	type ShoplineVariant,
} from './catalogModel';
import { handleOf, itemRecord, productRecord, variantRecord } from './catalogSeed';
import { rawQuery } from './orders';
import {
	decodeCursor,
	listRequest,
	pageOf,
	refuseFiltersWithCursor,
	sendLink,
	sortRecords,
	type SortSpec,
} from './paging';

/*
 * Products and variants (official Go SDK, rest/admin/v20260301/product/): products/products.json,
 * products/count.json, products/{id}.json, products/{product_id}/variants.json (+ count),
 * products/variants/{id}.json, products/{product_id}/variants/{id}.json. Lists page with the `link`
 * header (page_info), limit 1-250 (default 50). The sandbox's choices where the SDK is silent: default
 * order by id ascending (order_by sorts by created_at); a new variant's inventory item is stocked at
 * the store's default location with 0.
 */

const isoDateTime = z.iso.datetime({
	offset: true,
	message: 'must be an ISO 8601 date-time, e.g. 2021-09-02T14:11:54+00:00',
});
const catalogLimit = z.coerce.number().int().min(1).max(250, 'must be at most 250').default(50);

const countFilters = z.object({
	collection_id: z.string().min(1).optional(),
	created_at_min: isoDateTime.optional(),
	created_at_max: isoDateTime.optional(),
	updated_at_min: isoDateTime.optional(),
	updated_at_max: isoDateTime.optional(),
	status: z.enum(PRODUCT_STATUSES).optional(),
});
const listFilters = countFilters.extend({
	ids: idListParam(250).optional(),
	title: z.string().min(1).optional(),
	handle: z.string().min(1).optional(),
	vendor: z.string().min(1).optional(),
	product_category: z.string().min(1).optional(),
	since_id: numericId.optional(),
	order_by: z.enum(['created_at_asc', 'created_at_desc']).optional(),
});
type ListFilters = z.output<typeof listFilters>;
const listQuery = listFilters.extend({
	limit: catalogLimit,
	fields: z.string().optional(),
	page_info: z.string().min(1).optional(),
});
const WITH_CURSOR = ['limit', 'fields'] as const;

function matches(
	p: ShoplineProduct,
	f: z.output<typeof countFilters> & Partial<ListFilters>,
): boolean {
	const within = (value: string, min?: string, max?: string) =>
		(!min || Date.parse(value) >= Date.parse(min)) &&
		(!max || Date.parse(value) <= Date.parse(max));
	return (
		(!f.collection_id || p.collection_ids.includes(f.collection_id)) &&
		within(p.created_at, f.created_at_min, f.created_at_max) &&
		within(p.updated_at, f.updated_at_min, f.updated_at_max) &&
		(!f.status || p.status === f.status) &&
		(!f.ids || f.ids.includes(p.id)) &&
		(!f.title || p.title === f.title) &&
		(!f.handle || p.handle === f.handle) &&
		(!f.vendor || p.vendor === f.vendor) &&
		(!f.product_category || p.product_category === f.product_category) &&
		(!f.since_id || BigInt(p.id) > BigInt(f.since_id))
	);
}

const money = z
	.union([z.string(), z.number()])
	.transform(String)
	.refine((s) => /^\d+(\.\d+)?$/.test(s), 'must be a non-negative amount');
const optionValue = z.string().max(255).nullish();
const variantInput = z.object({
	price: money.optional(),
	compare_at_price: money.optional(),
	sku: z.string().max(255).optional(),
	barcode: z.string().max(255).optional(),
	weight: money.refine((s) => Number(s) > 0, 'must be greater than 0').optional(),
	weight_unit: z.enum(WEIGHT_UNITS).optional(),
	inventory_policy: z.enum(INVENTORY_POLICIES).optional(),
	inventory_tracker: z.boolean().optional(),
	required_shipping: z.boolean().optional(),
	taxable: z.boolean().optional(),
	option1: optionValue,
	option2: optionValue,
	option3: optionValue,
	option4: optionValue,
	option5: optionValue,
});
type VariantInput = z.output<typeof variantInput>;
const productInput = z.object({
	title: z.string().min(1).max(255).optional(),
	body_html: z.string().max(512).optional(),
	handle: z.string().max(255).optional(),
	path: z.string().max(512).optional(),
	product_category: z.string().max(255).optional(),
	spu: z.string().max(255).optional(),
	status: z.enum(PRODUCT_STATUSES).optional(),
	subtitle: z.string().max(400).optional(),
	tags: z.array(z.string().max(255)).max(250).optional(),
	template_path: z.string().optional(),
	vendor: z.string().max(255).optional(),
	published_scope: z.literal('web').optional(),
});
const createProductBody = z.object({
	product: productInput.extend({ variants: z.array(variantInput).max(500).optional() }),
});
const updateProductBody = z.object({ product: productInput });
const variantBody = z.object({ variant: variantInput });
const idParams = z.object({ id: numericId });
const productParams = z.object({ product_id: numericId });
const productVariantParams = z.object({ product_id: numericId, id: numericId });

function applyVariant(variant: ShoplineVariant, input: VariantInput): void {
	for (const [key, value] of Object.entries(input)) {
		if (value !== undefined) (variant as unknown as Record<string, unknown>)[key] = value;
	}
	variant.title =
		[variant.option1, variant.option2, variant.option3].filter(Boolean).join(' · ') ||
		'Default Title';
}

export function registerProducts(app: FastifyInstance, ctx: SandboxContext): void {
	const now = () => isoWithOffset(ctx.clock.now());
	const storeProducts = (store: string) => catalogOf(ctx).products.filter((p) => p.store === store);

	/** The request's store and its product named by the route's :product_id (a 404 otherwise). */
	const routeProduct = (request: FastifyRequest) => {
		const { store } = shoplineAuth(request);
		const id = (request.params as { product_id: string }).product_id;
		return { store, product: findProduct(ctx, store.handle, id) };
	};

	/** A new variant, its inventory item, and a 0 level at the store's default location. */
	function addVariant(product: ShoplineProduct, input: VariantInput): ShoplineVariant {
		const at = now();
		if (input.sku && product.variants.some((v) => v.sku === input.sku))
			throw unprocessable('sku', `has already been taken by another variant of this product`);
		const variant = variantRecord(
			product.id,
			{
				id: nextId(ctx, '18057850264851626'),
				item: nextId(ctx, '578506024'),
				sku: input.sku ?? '',
			},
			product.variants.length + 1,
			at,
		);
		applyVariant(variant, input);
		product.variants.push(variant);
		const catalog = catalogOf(ctx);
		catalog.inventoryItems.push(itemRecord(product.store, variant));
		const home =
			catalog.locations.find((l) => l.store === product.store && l.is_default === 'true') ??
			catalog.locations.find((l) => l.store === product.store);
		if (home)
			catalog.levels.push({
				store: product.store,
				inventory_item_id: variant.inventory_item_id,
				location_id: home.id,
				available: 0,
				updated_at: at,
			});
		return variant;
	}

	function removeVariantStock(store: string, variant: ShoplineVariant): void {
		const catalog = catalogOf(ctx);
		catalog.inventoryItems = catalog.inventoryItems.filter(
			(i) => !(i.store === store && i.id === variant.inventory_item_id),
		);
		catalog.levels = catalog.levels.filter(
			(l) => !(l.store === store && l.inventory_item_id === variant.inventory_item_id),
		);
	}

	app.get('/products/count.json', { schema: { querystring: countFilters } }, async (request) => {
		const { store } = shoplineAuth(request);
		const f = request.query as z.output<typeof countFilters>;
		return { count: storeProducts(store.handle).filter((p) => matches(p, f)).length };
	});

	app.get(
		'/products/products.json',
		{ schema: { querystring: listQuery } },
		async (request, reply) => {
			const { store } = shoplineAuth(request);
			const query = request.query as z.output<typeof listQuery>;
			const raw = rawQuery(request);
			const { filters, rawFilters, cursor } = listRequest(raw, query, WITH_CURSOR, listFilters);
			const sort: SortSpec = filters.order_by
				? { field: 'created_at', dir: filters.order_by === 'created_at_asc' ? 'asc' : 'desc' }
				: { field: 'id', dir: 'asc' };
			const matching = storeProducts(store.handle).filter((p) => matches(p, filters));
			const page = pageOf(sortRecords(matching, sort), sort, query.limit, cursor);
			sendLink(request, reply, page, { f: rawFilters, s: sort }, query.limit, raw.fields);
			return { products: page.records.map((p) => pick(productView(ctx, p), query.fields)) };
		},
	);

	app.post('/products/products.json', { schema: { body: createProductBody } }, async (request) => {
		const { store } = shoplineAuth(request);
		const { product: input } = request.body as z.output<typeof createProductBody>;
		if (!input.title) throw unprocessable('title', 'is required');
		const at = now();
		const { variants = [], ...fields } = input;
		const id = nextId(ctx, '1605785026484525079');
		const product = {
			...productRecord(store.handle, id, input.title, [], at, 'draft'),
			handle: '',
			vendor: '',
			product_category: '',
			...fields,
		} as ShoplineProduct;
		product.handle ||= handleOf(product.title);
		if (storeProducts(store.handle).some((p) => p.handle === product.handle))
			throw unprocessable('handle', 'has already been taken');
		catalogOf(ctx).products.push(product);
		for (const v of variants.length ? variants : [{}]) addVariant(product, v);
		return { product: productView(ctx, product) };
	});

	app.get(
		'/products/:id.json',
		{ schema: { params: idParams, querystring: z.object({ fields: z.string().optional() }) } },
		async (request) => {
			const { store } = shoplineAuth(request);
			const product = findProduct(ctx, store.handle, (request.params as { id: string }).id);
			return {
				product: pick(productView(ctx, product), (request.query as { fields?: string }).fields),
			};
		},
	);

	app.put(
		'/products/:id.json',
		{ schema: { params: idParams, body: updateProductBody } },
		async (request) => {
			const { store } = shoplineAuth(request);
			const product = findProduct(ctx, store.handle, (request.params as { id: string }).id);
			const { product: input } = request.body as z.output<typeof updateProductBody>;
			Object.assign(
				product,
				Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
			);
			product.updated_at = now();
			return { product: productView(ctx, product) };
		},
	);

	app.delete('/products/:id.json', { schema: { params: idParams } }, async (request, reply) => {
		const { store } = shoplineAuth(request);
		const product = findProduct(ctx, store.handle, (request.params as { id: string }).id);
		for (const v of product.variants) removeVariantStock(store.handle, v);
		catalogOf(ctx).products = catalogOf(ctx).products.filter((p) => p !== product);
		return reply.code(200).send();
	});

	app.get(
		'/products/:product_id/variants.json',
		{
			schema: {
				params: productParams,
				querystring: z.object({
					limit: catalogLimit,
					fields: z.string().optional(),
					since_id: numericId.optional(),
					page_info: z.string().min(1).optional(),
				}),
			},
		},
		async (request, reply) => {
			const { store, product } = routeProduct(request);
			const query = request.query as {
				limit: number;
				fields?: string;
				since_id?: string;
				page_info?: string;
			};
			const raw = rawQuery(request);
			const sinceFilter = z.object({ since_id: numericId.optional() });
			let since = query.since_id;
			let cursor: ReturnType<typeof decodeCursor<{ since_id?: string }>>['cursor'] | undefined;
			let rawFilters: Record<string, string> = raw.since_id ? { since_id: raw.since_id } : {};
			if (query.page_info) {
				refuseFiltersWithCursor(raw, WITH_CURSOR);
				let filters: { since_id?: string };
				({ cursor, filters } = decodeCursor(query.page_info, sinceFilter));
				since = filters.since_id;
				rawFilters = cursor.f;
			}
			const sort: SortSpec = { field: 'id', dir: 'asc' };
			const matching = product.variants.filter((v) => !since || BigInt(v.id) > BigInt(since));
			const page = pageOf(sortRecords(matching, sort), sort, query.limit, cursor);
			sendLink(request, reply, page, { f: rawFilters, s: sort }, query.limit, raw.fields);
			return {
				variants: page.records.map((v) => pick(variantView(ctx, store.handle, v), query.fields)),
			};
		},
	);

	app.get(
		'/products/:product_id/variants/count.json',
		{ schema: { params: productParams } },
		async (request) => {
			const { product } = routeProduct(request);
			return { count: product.variants.length };
		},
	);

	app.get('/products/variants/:id.json', { schema: { params: idParams } }, async (request) => {
		const { store } = shoplineAuth(request);
		const { variant } = findVariant(ctx, store.handle, (request.params as { id: string }).id);
		return { variant: variantView(ctx, store.handle, variant) };
	});

	app.post(
		'/products/:product_id/variants.json',
		{ schema: { params: productParams, body: variantBody } },
		async (request) => {
			const { store, product } = routeProduct(request);
			const variant = addVariant(product, (request.body as z.output<typeof variantBody>).variant);
			product.updated_at = variant.created_at;
			return { variant: variantView(ctx, store.handle, variant) };
		},
	);

	app.put(
		'/products/variants/:id.json',
		{ schema: { params: idParams, body: variantBody } },
		async (request) => {
			const { store } = shoplineAuth(request);
			const { product, variant } = findVariant(
				ctx,
				store.handle,
				(request.params as { id: string }).id,
			);
			const input = (request.body as z.output<typeof variantBody>).variant;
			if (input.sku && product.variants.some((v) => v !== variant && v.sku === input.sku))
				throw unprocessable('sku', 'has already been taken by another variant of this product');
			applyVariant(variant, input);
			variant.updated_at = product.updated_at = now();
			const item = catalogOf(ctx).inventoryItems.find(
				(i) => i.store === store.handle && i.id === variant.inventory_item_id,
			);
			if (item && input.sku !== undefined) item.sku = input.sku;
			return { variant: variantView(ctx, store.handle, variant) };
		},
	);

	app.delete(
		'/products/:product_id/variants/:id.json',
		{ schema: { params: productVariantParams } },
		async (request, reply) => {
			const { store } = shoplineAuth(request);
			const params = request.params as { product_id: string; id: string };
			const product = findProduct(ctx, store.handle, params.product_id);
			const variant = product.variants.find((v) => v.id === params.id);
			if (!variant) return reply.code(404).send({ errors: 'Not Found' });
			if (product.variants.length === 1)
				throw unprocessable(
					'variant',
					'is the last variant of the product; delete the product instead',
				);
			removeVariantStock(store.handle, variant);
			product.variants = product.variants.filter((v) => v !== variant);
			product.updated_at = now();
			return reply.code(200).send();
		},
	);
}
