import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidField } from '../../shared/validation';
import { checkWholeNumber } from './checks';

// Item lists for the cart's batch operations. Each list comes either from the fixedCollection in
// the UI (`inputMode: fields`) or from a JSON array (`inputMode: json`, for data from earlier
// nodes); both end up as the same checked array before any request.

type Row = IDataObject;

/** The rows of the list the user chose: `<collection>.<entry>` or the JSON parameter. */
function rows(context: IExecuteSingleFunctions, collection: string, entry: string, jsonParam: string, label: string): Row[] {
	const mode = context.getNodeParameter('inputMode', 'fields') as string;
	if (mode !== 'json') {
		return (context.getNodeParameter(`${collection}.${entry}`, []) as Row[]) ?? [];
	}
	let value = context.getNodeParameter(jsonParam, '[]') as unknown;
	if (typeof value === 'string') {
		try {
			value = JSON.parse(value || '[]');
		} catch {
			throw invalidField(context, label, 'is not valid JSON', 'Enter a JSON array, e.g. [{"productId": "12345", "skuId": "s001", "quantity": 2}].');
		}
	}
	if (!Array.isArray(value)) {
		throw invalidField(context, label, 'must be a JSON array', 'Wrap the entries in [ ... ], one object per cart item.');
	}
	return value.map((v) => (v !== null && typeof v === 'object' ? (v as Row) : ({ id: v } as Row)));
}

function text(value: unknown): string {
	return value === undefined || value === null ? '' : String(value).trim();
}

/** Cart item IDs are integers in GET /cart; numeric text becomes a number. */
export function cartItemId(value: unknown): number | string {
	const t = text(value);
	return /^\d+$/.test(t) ? Number(t) : t;
}

function nonEmpty(context: IExecuteSingleFunctions, list: Row[], label: string): void {
	if (!list.length) throw invalidField(context, label, 'is empty', 'Add at least one cart item.');
}

/** POST /cart/items/batch `items`: productId, skuId, quantity ≥ 1, optional remark (as POST /cart/items). */
export function cartItemsToAdd(context: IExecuteSingleFunctions): IDataObject[] {
	const list = rows(context, 'items', 'item', 'itemsJson', 'Items');
	nonEmpty(context, list, 'Items');
	return list.map((row, i) => {
		const at = `Items[${i}]`;
		const productId = text(row.productId);
		const skuId = text(row.skuId);
		if (!productId) throw invalidField(context, `${at}.productId`, 'is missing', 'Give every item the product’s ID.');
		if (!skuId) throw invalidField(context, `${at}.skuId`, 'is missing', 'Give every item the SKU variant ID (skuId) from the product’s `skus`.');
		const quantity = checkWholeNumber(context, row.quantity, `${at}.quantity`, 1);
		const remark = text(row.remark);
		return { productId, skuId, quantity, ...(remark ? { remark } : {}) };
	});
}

/**
 * PATCH /cart/items/batch `items`: id plus the fields PATCH /cart/items/:itemId takes (quantity,
 * selected). In the UI, quantity 0 and selected "unchanged" mean "leave as is".
 */
export function cartItemsToUpdate(context: IExecuteSingleFunctions): IDataObject[] {
	const list = rows(context, 'items', 'item', 'itemsJson', 'Items');
	nonEmpty(context, list, 'Items');
	return list.map((row, i) => {
		const at = `Items[${i}]`;
		const id = cartItemId(row.id);
		if (id === '') throw invalidField(context, `${at}.id`, 'is missing', 'Give every entry the cart item’s `id` (from Cart → Get).');
		const change: IDataObject = { id };
		const quantity = row.quantity;
		if (quantity !== undefined && quantity !== null && quantity !== '' && quantity !== 0) {
			change.quantity = checkWholeNumber(context, quantity, `${at}.quantity`, 1);
		}
		const selected = row.selected;
		if (selected === true || selected === 'true') change.selected = true;
		else if (selected === false || selected === 'false') change.selected = false;
		else if (selected !== undefined && selected !== null && selected !== '' && selected !== 'unchanged') {
			throw invalidField(context, `${at}.selected`, `must be true or false (got ${JSON.stringify(selected)})`, 'Use true, false, or leave it out.');
		}
		if (Object.keys(change).length === 1) {
			throw invalidField(context, at, 'changes nothing', 'Set a quantity (1 or more) or a selection state for every entry.');
		}
		return change;
	});
}

/** DELETE /cart/items/batch: the cart item IDs to remove. */
export function cartItemIdsToRemove(context: IExecuteSingleFunctions): Array<number | string> {
	const list = rows(context, 'items', 'item', 'itemsJson', 'Item IDs');
	nonEmpty(context, list, 'Item IDs');
	return list.map((row, i) => {
		const id = cartItemId(row.id);
		if (id === '') throw invalidField(context, `Item IDs[${i}]`, 'is missing', 'Give the cart item’s `id` (from Cart → Get).');
		return id;
	});
}
