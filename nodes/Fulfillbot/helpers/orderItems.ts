import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidField } from '../../shared/validation';

// Item lists of the two creates (purchase order, shipping order). Each comes either from the
// fixedCollection in the UI (`inputMode: fields`) or from a JSON array (`inputMode: json`, for data
// from earlier nodes); both are checked the same way before any request, and a bad row is named by
// its position, e.g. `Items[2].skuId: is required`.

type Row = IDataObject;

function text(value: unknown): string {
	return value === undefined || value === null ? '' : String(value).trim();
}

/** The rows the user gave: `items.item` (fields) or the `itemsJson` array (JSON). */
function rows(context: IExecuteSingleFunctions, example: string): Row[] {
	const mode = context.getNodeParameter('inputMode', 'fields') as string;
	if (mode !== 'json') {
		const list = context.getNodeParameter('items.item', []) as Row[] | Row | undefined;
		return Array.isArray(list) ? list : list ? [list] : [];
	}
	let value = context.getNodeParameter('itemsJson', '[]') as unknown;
	if (typeof value === 'string') {
		try {
			value = JSON.parse(value.trim() || '[]');
		} catch {
			throw invalidField(context, 'Items (JSON)', 'is not valid JSON', `Enter a JSON array, e.g. ${example}.`);
		}
	}
	if (value !== null && typeof value === 'object' && !Array.isArray(value)) value = [value];
	if (!Array.isArray(value)) {
		throw invalidField(context, 'Items (JSON)', 'must be a JSON array', `Wrap the items in [ ... ], e.g. ${example}.`);
	}
	return value.map((row, i) => {
		if (row === null || typeof row !== 'object' || Array.isArray(row)) {
			throw invalidField(context, `Items[${i}]`, `must be an object (got ${JSON.stringify(row)})`, `Give each item as an object, e.g. ${example}.`);
		}
		return row as Row;
	});
}

/** A whole number of at least `min`; numeric text is accepted (expressions often yield text). */
function wholeNumber(context: IExecuteSingleFunctions, value: unknown, label: string, min: number, fix: string): number {
	if (value === undefined || value === null || text(value) === '') throw invalidField(context, label, 'is required', fix);
	const n = typeof value === 'string' ? Number(value.trim()) : value;
	if (typeof n !== 'number' || !Number.isInteger(n) || n < min) {
		throw invalidField(context, label, `must be a whole number of at least ${min} (got ${JSON.stringify(value)})`, fix);
	}
	return n;
}

function nonEmpty(context: IExecuteSingleFunctions, list: Row[], fix: string): void {
	if (!list.length) throw invalidField(context, 'Items', 'is empty', fix);
}

const PURCHASE_EXAMPLE = '[{"productId": "12345", "skuId": "s001", "quantity": 2}]';

/** POST /orders `items`: productId, skuId, quantity ≥ 1 (whole), optional remark (seed 001). */
export function purchaseOrderItems(context: IExecuteSingleFunctions): IDataObject[] {
	const list = rows(context, PURCHASE_EXAMPLE);
	nonEmpty(context, list, 'Add at least one item (product ID, SKU ID and quantity).');
	return list.map((row, i) => {
		const at = `Items[${i}]`;
		const productId = text(row.productId);
		if (!productId) throw invalidField(context, `${at}.productId`, 'is required', 'Give every item the product’s ID (from Product → Get or Search).');
		const skuId = text(row.skuId);
		if (!skuId) throw invalidField(context, `${at}.skuId`, 'is required', 'Give every item the SKU variant ID (skuId) from the product’s `skus`.');
		const quantity = wholeNumber(context, row.quantity, `${at}.quantity`, 1, 'Set the quantity to a whole number, 1 or more.');
		const remark = text(row.remark);
		return { productId, skuId, quantity, ...(remark ? { remark } : {}) };
	});
}

const SHIPPING_EXAMPLE = '[{"inventoryId": 101, "quantity": 1}]';

/** POST /shipping/create `items`: inventoryId (integer package ID), quantity ≥ 1 (seed 001). */
export function shippingOrderItems(context: IExecuteSingleFunctions): IDataObject[] {
	const list = rows(context, SHIPPING_EXAMPLE);
	nonEmpty(context, list, 'Add at least one warehouse package to ship (its ID from Warehouse Package → Get Shippable).');
	return list.map((row, i) => {
		const at = `Items[${i}]`;
		const inventoryId = wholeNumber(context, row.inventoryId, `${at}.inventoryId`, 1, 'Use the package’s numeric ID from Warehouse Package → Get Shippable.');
		const quantity = wholeNumber(context, row.quantity, `${at}.quantity`, 1, 'Set the quantity to a whole number, 1 or more.');
		return { inventoryId, quantity };
	});
}
