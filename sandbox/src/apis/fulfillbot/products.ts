/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SandboxContext } from '../../context';
import { badRequest, integerIdParams, notFound } from './common';
import type { FulfillbotProduct, FulfillbotState, Platform } from './model';
import { pageOf, pageQuery } from './paging';
import { productSummary, productView } from './present';
import { fulfillbotRoute } from './route';

const searchQuery = pageQuery.extend({ q: z.string().optional() });
/** A platform search needs a keyword: there is no "everything on Taobao". */
const platformSearchQuery = pageQuery.extend({ q: z.string().trim().min(1, 'is required') });
const itemParams = z.object({ itemId: z.string().min(1) });

/** Exactly one of url / offerId, as the docs' "*either url or offerId required" says. */
const import1688Body = z
	.strictObject({
		url: z.string().trim().min(1).optional(),
		offerId: z.string().trim().regex(/^\d+$/, 'must be the numeric 1688 offer ID').optional(),
	})
	.refine(
		(b) => (b.url === undefined) !== (b.offerId === undefined),
		'exactly one of url or offerId is required',
	);

const OFFER_URL = /^https?:\/\/(?:detail\.)?1688\.com\/offer\/(\d+)\.html(?:[?#].*)?$/;

export function findProduct(state: FulfillbotState, id: number): FulfillbotProduct {
	const product = state.products.find((p) => p.id === id);
	if (!product) throw notFound(`Product ${id} not found`);
	return product;
}

function matches(p: FulfillbotProduct, q: string | undefined): boolean {
	const needle = q?.trim().toLowerCase();
	return (
		!needle ||
		p.title.toLowerCase().includes(needle) ||
		p.description.toLowerCase().includes(needle) ||
		p.shopName.toLowerCase().includes(needle)
	);
}

const PLATFORM_NAMES: Record<Platform, string> = {
	taobao: 'Taobao',
	'1688': '1688',
	weidian: 'Weidian',
};

export function registerProducts(app: FastifyInstance, ctx: SandboxContext): void {
	fulfillbotRoute(app, 'GET', '/products/search', { querystring: searchQuery }, (request) => {
		const query = request.query as z.output<typeof searchQuery>;
		const found = ctx.state.fulfillbot.products.filter((p) => p.inCatalog && matches(p, query.q));
		return { data: pageOf(found, query, productSummary) };
	});

	fulfillbotRoute(app, 'GET', '/products/:id', { params: integerIdParams }, (request) => {
		const { id } = request.params as z.output<typeof integerIdParams>;
		return { data: productView(findProduct(ctx.state.fulfillbot, id)) };
	});

	fulfillbotRoute(app, 'POST', '/products/import/1688', { body: import1688Body }, (request) => {
		const body = request.body as z.output<typeof import1688Body>;
		const offerId = body.offerId ?? OFFER_URL.exec(body.url ?? '')?.[1];
		if (!offerId)
			throw badRequest('url: not a 1688 offer URL (https://detail.1688.com/offer/<offerId>.html)');
		return { data: productView(import1688(ctx.state.fulfillbot, offerId)) };
	});

	for (const platform of ['taobao', '1688', 'weidian'] as const) {
		fulfillbotRoute(
			app,
			'GET',
			`/products/platform/${platform}/search`,
			{ querystring: platformSearchQuery },
			(request) => {
				const query = request.query as z.output<typeof platformSearchQuery>;
				const found = ctx.state.fulfillbot.products.filter(
					(p) => p.platform === platform && matches(p, query.q),
				);
				return { data: pageOf(found, query, productSummary) };
			},
		);
	}

	for (const platform of ['taobao', 'weidian'] as const) {
		fulfillbotRoute(
			app,
			'GET',
			`/products/platform/${platform}/:itemId`,
			{ params: itemParams },
			(request) => {
				const { itemId } = request.params as z.output<typeof itemParams>;
				const product = ctx.state.fulfillbot.products.find(
					(p) => p.platform === platform && p.platformItemId === itemId,
				);
				if (!product) throw notFound(`${PLATFORM_NAMES[platform]} item ${itemId} not found`);
				return { data: productView(product) };
			},
		);
	}
}

/**
 * Importing the same offer twice returns the same catalog product. An offer the sandbox has never
 * seen is "fetched": a product is made up from the offer ID so any well-formed ID imports.
 */
function import1688(state: FulfillbotState, offerId: string): FulfillbotProduct {
	const known = state.products.find((p) => p.platform === '1688' && p.platformItemId === offerId);
	if (known) {
		known.inCatalog = true;
		return known;
	}
	const price = 10 + (Number(offerId.slice(-4)) % 90);
	const image = `https://example.com/1688/${offerId}.jpg`;
	const product: FulfillbotProduct = {
		id: state.sequences.product++,
		title: `1688 Offer ${offerId}`,
		description: `Imported from https://detail.1688.com/offer/${offerId}.html`,
		price,
		originalPrice: price,
		currency: 'CNY',
		platform: '1688',
		platformItemId: offerId,
		imageUrl: image,
		images: [image],
		shopName: '1688 Supplier',
		shopUrl: 'https://shop.1688.com',
		sales: 0,
		stock: 10000,
		categoryId: 1,
		skus: [{ skuId: `${offerId}-1`, name: 'Default', price, stock: 10000, image }],
		attributes: [],
		minOrder: 2,
		weight: 500,
		inCatalog: true,
	};
	state.products.push(product);
	return product;
}
