import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { requiredValue, text, wholeNumber } from '../../shared/input/parameters';
import { readRows } from '../../shared/input/rowList';
import { invalidField } from '../../shared/input/validation';
import { ITEM_LIST } from './itemList';

// Item lists of the two creates (purchase order, shipping order). Each comes either from the
// fixedCollection in the UI (`inputMode: fields`) or from a JSON array (`inputMode: json`, for data
// from earlier nodes); both are checked the same way before any request, and a bad row is named by
// its position, e.g. `Items[2].skuId: is required`.

type Row = IDataObject;

/** The rows the user gave: `items.item` (fields) or the `itemsJson` array (JSON); see shared/input/rowList.ts. */
function rows(context: IExecuteSingleFunctions, example: string): Row[] {
	return readRows(context, { ...ITEM_LIST, example });
}

function nonEmpty(context: IExecuteSingleFunctions, list: Row[], fix: string): void {
	if (!list.length) throw invalidField(context, 'Items', 'is empty', fix);
}

const PURCHASE_EXAMPLE = '[{"productId": "12345", "skuId": "s001", "quantity": 2}]';

/** POST /orders `items`: productId, skuId, quantity ≥ 1 (whole), optional remark (docs/api-notes.md#fulfillbot-purchase-orders). */
export function purchaseOrderItems(context: IExecuteSingleFunctions): IDataObject[] {
	const list = rows(context, PURCHASE_EXAMPLE);
	nonEmpty(context, list, 'Add at least one item (product ID, SKU ID and quantity).');
	return list.map((row, i) => {
		const at = `Items[${i}]`;
		const productId = requiredValue(
			context,
			row.productId,
			`${at}.productId`,
			'Give every item the product’s ID (from Product → Get or Search).',
		);
		const skuId = requiredValue(
			context,
			row.skuId,
			`${at}.skuId`,
			'Give every item the SKU variant ID (skuId) from the product’s `skus`.',
		);
		const quantity = wholeNumber(
			context,
			row.quantity,
			`${at}.quantity`,
			1,
			'Set the quantity to a whole number, 1 or more.',
		);
		const remark = text(row.remark);
		return { productId, skuId, quantity, ...(remark ? { remark } : {}) };
	});
}

const SHIPPING_EXAMPLE = '[{"inventoryId": 101, "quantity": 1}]';

/** POST /shipping/create `items`: inventoryId (integer package ID), quantity ≥ 1 (docs/api-notes.md#fulfillbot-shipping-orders). */
export function shippingOrderItems(context: IExecuteSingleFunctions): IDataObject[] {
	const list = rows(context, SHIPPING_EXAMPLE);
	nonEmpty(
		context,
		list,
		'Add at least one warehouse package to ship (its ID from Warehouse Package → Get Shippable).',
	);
	return list.map((row, i) => {
		const at = `Items[${i}]`;
		const inventoryId = wholeNumber(
			context,
			row.inventoryId,
			`${at}.inventoryId`,
			1,
			'Use the package’s numeric ID from Warehouse Package → Get Shippable.',
		);
		const quantity = wholeNumber(
			context,
			row.quantity,
			`${at}.quantity`,
			1,
			'Set the quantity to a whole number, 1 or more.',
		);
		return { inventoryId, quantity };
	});
}
