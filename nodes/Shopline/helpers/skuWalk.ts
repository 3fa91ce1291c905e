import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	JsonObject,
	PostReceiveAction,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { header } from '../../shared/transport/errors';
import type { Paginate, PostReceive } from '../../shared/transport/routingSteps';
import { isPlainObject } from '../../shared/transport/items';
import { PageGuard, pagingFailure } from '../../shared/transport/paging';
import { rawText, requireText } from '../../shared/input/parameters';
import { validate } from '../../shared/input/validation';
import { handleShoplineError } from './errors';
import { records } from './output';
import { nextPageInfo } from './shoplineGet';

/*
 * Variant → Find by SKU. SHOPLINE's REST API has no SKU filter (docs/api-notes.md#shopline-catalog; get_products and get_product_variants
 * take none), so the node walks products.json, 250 products a page (the SDK's maximum) with only
 * id, title and variants, and builds a SKU → variants map. Cost: ceil(products / 250) requests per
 * node run, whatever the number of items: every item of the run (they run together) waits for the same
 * walk, keyed on the run's execute data, and then costs nothing more. The next run walks again, so a
 * stock change made between runs is never missed.
 */
export const SKU_WALK_PAGE_SIZE = 250;
const SKU_WALK_FIELDS = 'id,title,variants';

type SkuMap = Map<string, IDataObject[]>;
const walks = new WeakMap<object, Promise<SkuMap>>();

export const checkSku = validate(function () {
	requireText(
		this,
		'sku',
		'SKU',
		'Give the variant’s SKU exactly as in the store (e.g. S000000001).',
	);
});

// One page of the walk: the products and the next page_info. Anything but {"products": [...]} is
// SHOPLINE's fault, reported with the (masked) answer rather than read as "no such SKU".
const productsPage: PostReceive = async function (_items, response) {
	const body = response.body;
	if (!isPlainObject(body) || !Array.isArray(body.products)) {
		const shown = typeof body === 'string' ? body : JSON.stringify(body ?? '');
		throw new NodeApiError(this.getNode(), { message: 'not a product list' } as JsonObject, {
			message: 'SHOPLINE did not answer with a product list',
			description: `Find by SKU reads products.json; the answer was: ${shown.slice(0, 500)}`,
		});
	}
	const next = nextPageInfo(header(response, 'link'));
	return [{ json: { records: records(body, 'products'), ...(next ? { next } : {}) } }];
};

export const skuWalkOutput: PostReceiveAction[] = [handleShoplineError, productsPage];

async function walkCatalog(
	context: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<SkuMap> {
	const bySku: SkuMap = new Map();
	const guard = new PageGuard();
	let cursor: string | undefined;
	for (;;) {
		const qs: IDataObject = { limit: SKU_WALK_PAGE_SIZE, fields: SKU_WALK_FIELDS };
		if (cursor !== undefined) qs.page_info = cursor;
		const [page] = await context.makeRoutingRequest({
			...requestData,
			options: { ...requestData.options, qs },
		});
		const products = (page?.json.records ?? []) as IDataObject[];
		for (const product of products) {
			const variants = Array.isArray(product.variants) ? (product.variants as IDataObject[]) : [];
			for (const variant of variants) {
				const sku = rawText(variant.sku).trim();
				if (!sku) continue;
				const list = bySku.get(sku) ?? [];
				list.push({ ...variant, product_id: variant.product_id ?? product.id });
				bySku.set(sku, list);
			}
		}
		const next = page?.json.next as string | undefined;
		if (!next || !products.length) return bySku;
		try {
			guard.page(products);
			guard.cursor(next);
		} catch (error) {
			throw pagingFailure(context.getNode(), error);
		}
		cursor = next;
	}
}

/** The pagination function of Find by SKU: one shared walk per run, then this item's variants. */
export const findBySku: Paginate = async function (requestData) {
	const sku = rawText(this.getNodeParameter('sku', '')).trim();
	const key = this.getExecuteData() as object;
	let walk = walks.get(key);
	if (!walk) {
		walk = walkCatalog(this, requestData);
		walks.set(key, walk);
	}
	const found = (await walk).get(sku) ?? [];
	// pairedItem: n8n pairs outputs with inputs only when their counts match, and a skipped SKU breaks
	// that; later nodes (e.g. the stock sync's `$('…').item`) need each variant tied to its input.
	const pairedItem = { item: this.getItemIndex() };
	if (found.length) return found.map((json) => ({ json: { ...json }, pairedItem }));
	if (this.getNodeParameter('notFound', 'error') === 'skip') return [];
	throw new NodeOperationError(
		this.getNode(),
		`No variant with SKU "${sku}" in the SHOPLINE store`,
		{
			description:
				'SKUs are compared exactly (case and spaces inside count). Check the SKU in the store, or set "If Not Found" to "Return Nothing" to skip unknown SKUs.',
			itemIndex: this.getItemIndex(),
		},
	);
};
