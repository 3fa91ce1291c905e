import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { text, wholeNumber } from '../../shared/input/parameters';
import { readRows } from '../../shared/input/rowList';
import { invalidField, validate } from '../../shared/input/validation';
import { requireText } from './checks';
import { ITEM_LIST } from './itemList';

// Item lists for the cart's batch operations. Each list comes either from the fixedCollection in
// the UI (`inputMode: fields`) or from a JSON array (`inputMode: json`, for data from earlier
// nodes); both end up as the same checked array before any request.

type Row = IDataObject;

const CART_EXAMPLE = '[{"productId": "12345", "skuId": "s001", "quantity": 2}]';

/** The rows the user gave (see shared/input/rowList.ts); JSON errors name the list as `label`, as before. */
function rows(
	context: IExecuteSingleFunctions,
	label: string,
	example = CART_EXAMPLE,
	scalarKey?: string,
): Row[] {
	return readRows(context, { ...ITEM_LIST, label, example, jsonLabel: label, scalarKey });
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
	const list = rows(context, 'Items');
	nonEmpty(context, list, 'Items');
	return list.map((row, i) => {
		const at = `Items[${i}]`;
		const productId = text(row.productId);
		const skuId = text(row.skuId);
		if (!productId)
			throw invalidField(
				context,
				`${at}.productId`,
				'is missing',
				'Give every item the product’s ID.',
			);
		if (!skuId)
			throw invalidField(
				context,
				`${at}.skuId`,
				'is missing',
				'Give every item the SKU variant ID (skuId) from the product’s `skus`.',
			);
		const quantity = wholeNumber(context, row.quantity, `${at}.quantity`, 1);
		const remark = text(row.remark);
		return { productId, skuId, quantity, ...(remark ? { remark } : {}) };
	});
}

/**
 * PATCH /cart/items/batch `items`: id plus the fields PATCH /cart/items/:itemId takes (quantity,
 * selected). In the UI, quantity 0 and selected "unchanged" mean "leave as is".
 */
export function cartItemsToUpdate(context: IExecuteSingleFunctions): IDataObject[] {
	const list = rows(context, 'Items');
	nonEmpty(context, list, 'Items');
	return list.map((row, i) => {
		const at = `Items[${i}]`;
		const id = cartItemId(row.id);
		if (id === '')
			throw invalidField(
				context,
				`${at}.id`,
				'is missing',
				'Give every entry the cart item’s `id` (from Cart → Get).',
			);
		const change: IDataObject = { id };
		const quantity = row.quantity;
		if (quantity !== undefined && quantity !== null && quantity !== '' && quantity !== 0) {
			change.quantity = wholeNumber(context, quantity, `${at}.quantity`, 1);
		}
		const selected = row.selected;
		if (selected === true || selected === 'true') change.selected = true;
		else if (selected === false || selected === 'false') change.selected = false;
		else if (
			selected !== undefined &&
			selected !== null &&
			selected !== '' &&
			selected !== 'unchanged'
		) {
			throw invalidField(
				context,
				`${at}.selected`,
				`must be true or false (got ${JSON.stringify(selected)})`,
				'Use true, false, or leave it out.',
			);
		}
		if (Object.keys(change).length === 1) {
			throw invalidField(
				context,
				at,
				'changes nothing',
				'Set a quantity (1 or more) or a selection state for every entry.',
			);
		}
		return change;
	});
}

/** DELETE /cart/items/batch: the cart item IDs to remove. */
export function cartItemIdsToRemove(context: IExecuteSingleFunctions): Array<number | string> {
	const list = rows(context, 'Item IDs', '[502, 503]', 'id');
	nonEmpty(context, list, 'Item IDs');
	return list.map((row, i) => {
		const id = cartItemId(row.id);
		if (id === '')
			throw invalidField(
				context,
				`Item IDs[${i}]`,
				'is missing',
				'Give the cart item’s `id` (from Cart → Get).',
			);
		return id;
	});
}

/** POST /cart/items: product, SKU and quantity checked before the request. */
export const checkAddItem = validate(function () {
	requireText(
		this,
		'productId',
		'Product ID',
		'Enter the product’s ID, e.g. the ID Product → Search returned.',
	);
	requireText(
		this,
		'skuId',
		'SKU ID',
		'Enter the SKU variant ID (skuId) from the product’s `skus`.',
	);
	wholeNumber(this, this.getNodeParameter('quantity', undefined), 'Quantity', 1);
});

/** PATCH /cart/items/:itemId {quantity?, selected?}: at least one change. */
export const checkUpdateItem = validate(function () {
	const fields = this.getNodeParameter('updateFields', {}) as IDataObject;
	if (fields.quantity === undefined && fields.selected === undefined) {
		throw invalidField(this, 'Update Fields', 'is empty', 'Add Quantity or Selected.');
	}
	if (fields.quantity !== undefined) wholeNumber(this, fields.quantity, 'Quantity', 1);
});

// POST /cart/items/batch {items: [{productId, skuId, quantity, remark?}]} (docs/api-notes.md#fulfillbot-cart-bodies).
export const buildAddManyBody = validate(function (requestOptions) {
	requestOptions.body = { items: cartItemsToAdd(this) };
});

// Body inferred (docs/api-notes.md#fulfillbot-cart-bodies): the docs name PATCH /cart/items/batch but show no body. Like the batch add it takes
// `items`, each the cart item's `id` (as GET /cart names it) plus PATCH /cart/items/:itemId's fields.
export const buildUpdateManyBody = validate(function (requestOptions) {
	requestOptions.body = { items: cartItemsToUpdate(this) };
});

// Body inferred (docs/api-notes.md#fulfillbot-cart-bodies): the docs name DELETE /cart/items/batch but show no body; it takes the cart items'
// `id`s (as GET /cart names them) as `ids`.
export const buildRemoveManyBody = validate(function (requestOptions) {
	requestOptions.body = { ids: cartItemIdsToRemove(this) };
});
