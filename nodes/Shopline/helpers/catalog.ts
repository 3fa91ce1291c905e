import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { text } from '../../shared/input/parameters';
import { invalidField, validate } from '../../shared/input/validation';
import { isoDateTime } from './checks';
import { idList, numericParam, numericValue, productId, variantId } from './ids';

// Product and variant: list filters and bodies (official Go SDK, rest/admin/v20260301/product/:
// get_products, get_product_count, create_a_product, update_a_product, create_a_variant,
// update_a_variant), checked before anything is sent.

const DATE_FILTERS: Record<string, string> = {
	created_at_min: 'Created After',
	created_at_max: 'Created Before',
	updated_at_min: 'Updated After',
	updated_at_max: 'Updated Before',
};
const TEXT_FILTERS = ['title', 'handle', 'vendor', 'product_category', 'collection_id', 'fields'];

/** The SDK gives no maximum for `ids` (docs/api-notes.md#shopline-catalog); 100 is the orders' limit, the conservative choice. */
export const MAX_PRODUCT_IDS = 100;

/** Filters of products.json and products/count.json: dates checked, IDs checked, blanks left out. */
export const checkProductFilters = validate(function (requestOptions) {
	const filters = this.getNodeParameter('filters', {}) as IDataObject;
	const qs = (requestOptions.qs ??= {});
	for (const [name, label] of Object.entries(DATE_FILTERS)) {
		if (text(filters[name])) qs[name] = isoDateTime(this, filters[name], label);
		else delete qs[name];
	}
	if ('ids' in qs) {
		const ids = idList(this, filters.ids, 'Product IDs', MAX_PRODUCT_IDS, false);
		if (ids) qs.ids = ids;
		else delete qs.ids;
	}
	if ('since_id' in qs) {
		if (text(filters.since_id))
			qs.since_id = numericValue(this, filters.since_id, 'Since ID', productId.fix);
		else delete qs.since_id;
	}
	for (const name of TEXT_FILTERS) {
		if (typeof qs[name] === 'string') {
			const value = (qs[name] as string).trim();
			if (value) qs[name] = value;
			else delete qs[name];
		}
	}
});

const DECIMAL = /^\d+(\.\d{1,2})?$/;
const MONEY_FIELDS: Record<string, string> = {
	price: 'Price',
	compare_at_price: 'Compare At Price',
	cost: 'Cost',
};

/**
 * A collection's values as the body object: blank text left out, money as "90.22" text (the SDK's
 * type), weight above 0, tags as a list; booleans sent as given (false too: the Go SDK's `omitempty`
 * would drop it, we send it).
 */
export function catalogFields(context: IExecuteSingleFunctions, values: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const [name, value] of Object.entries(values)) {
		if (typeof value === 'boolean') {
			out[name] = value;
			continue;
		}
		const raw = text(value);
		if (!raw) continue;
		if (name in MONEY_FIELDS) {
			if (!DECIMAL.test(raw))
				throw invalidField(
					context,
					MONEY_FIELDS[name],
					`must be an amount with at most two decimals, e.g. 90.22 (got ${JSON.stringify(raw)})`,
					'Write the amount with a dot and no currency sign.',
				);
			out[name] = raw;
		} else if (name === 'weight') {
			if (!/^\d+(\.\d+)?$/.test(raw) || Number(raw) <= 0)
				throw invalidField(
					context,
					'Weight',
					`must be a number above 0 (got ${JSON.stringify(raw)})`,
					'Give the weight in the chosen unit, e.g. 0.23.',
				);
			out[name] = raw;
		} else if (name === 'tags') {
			out.tags = raw
				.split(',')
				.map((t) => t.trim())
				.filter(Boolean);
		} else {
			out[name] = raw;
		}
	}
	return out;
}

/** A JSON array parameter (variants of a new product); empty text is no list. */
function jsonList(context: IExecuteSingleFunctions, name: string, label: string): IDataObject[] {
	const value = context.getNodeParameter(name, '') as unknown;
	if (Array.isArray(value)) return value as IDataObject[];
	const raw = text(value);
	if (!raw) return [];
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		throw invalidField(context, label, 'is not valid JSON', 'Give a JSON array of objects.');
	}
	if (!Array.isArray(parsed) || parsed.some((v) => !v || typeof v !== 'object' || Array.isArray(v)))
		throw invalidField(
			context,
			label,
			'must be a JSON array of objects',
			'e.g. [{"sku": "S-1", "price": "9.90"}]',
		);
	return parsed as IDataObject[];
}

function requireSome(context: IExecuteSingleFunctions, body: IDataObject, label: string): void {
	if (!Object.keys(body).length)
		throw invalidField(context, label, 'is empty', `Add at least one field to change in ${label}.`);
}

/** POST products/products.json {product: {title, …, variants?}}. */
export const buildProductCreateBody = validate(function (requestOptions) {
	const title = text(this.getNodeParameter('title', ''));
	if (!title) throw invalidField(this, 'Title', 'is required', 'Give the product a title.');
	const product: IDataObject = {
		title,
		...catalogFields(this, this.getNodeParameter('additionalFields', {}) as IDataObject),
	};
	const variants = jsonList(this, 'variantsJson', 'Variants (JSON)');
	if (variants.length) product.variants = variants;
	requestOptions.body = { product };
});

/** PUT products/{id}.json {product: {…}}: only the fields given. */
export const buildProductUpdateBody = validate(function (requestOptions) {
	numericParam(this, productId);
	const product = catalogFields(this, this.getNodeParameter('updateFields', {}) as IDataObject);
	requireSome(this, product, 'Update Fields');
	requestOptions.body = { product };
});

/** POST products/{product_id}/variants.json {variant: {…}}. */
export const buildVariantCreateBody = validate(function (requestOptions) {
	numericParam(this, productId);
	const variant = catalogFields(this, this.getNodeParameter('variantFields', {}) as IDataObject);
	requireSome(this, variant, 'Variant Fields');
	requestOptions.body = { variant };
});

/** PUT products/variants/{id}.json {variant: {…}}. */
export const buildVariantUpdateBody = validate(function (requestOptions) {
	numericParam(this, variantId);
	const variant = catalogFields(this, this.getNodeParameter('updateFields', {}) as IDataObject);
	requireSome(this, variant, 'Update Fields');
	requestOptions.body = { variant };
});

/** Reads that need only a numeric product ID (Get, Delete, Get Many of variants). */
export const checkProductId = validate(function () {
	numericParam(this, productId);
});

export const checkVariantId = validate(function () {
	numericParam(this, variantId);
});

export const checkProductAndVariant = validate(function () {
	numericParam(this, productId);
	numericParam(this, variantId);
});

/** `fields` of a single GET: trimmed, left out when blank. */
export const dropBlankFields = validate(function (requestOptions) {
	const value = requestOptions.qs?.fields;
	if (typeof value === 'string') {
		if (value.trim()) requestOptions.qs!.fields = value.trim();
		else delete requestOptions.qs!.fields;
	}
});
