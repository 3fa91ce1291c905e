import type { INodeProperties } from 'n8n-workflow';

import { rowListFields, type RowListNames } from '../../shared/input/rowList';

/** The names every Fulfillbot item list uses: `inputMode`, `items.item`, `itemsJson`. */
export const ITEM_LIST: RowListNames = {
	mode: 'inputMode',
	collection: 'items',
	row: 'item',
	json: 'itemsJson',
	label: 'Items',
	example: '[]',
};

/** What differs between the item lists: the row fields, the JSON example and a few labels. */
interface ItemList {
	/** The rows' fields (the fixedCollection entry `items.item`). */
	values: INodeProperties[];
	/** The `itemsJson` parameter (shown when `inputMode` is json). */
	json: INodeProperties;
	/** What "Enter the … one by one" names. */
	rows?: string;
	placeholder?: string;
	description?: string;
}

/**
 * `inputMode`, `items.item` and `itemsJson`: a list given in the UI or as a JSON array (e.g. from an
 * earlier node), built by the shared rowList. The helpers in cartItems.ts and orderItems.ts read
 * whichever the user chose.
 */
export function itemListFields(list: ItemList): INodeProperties[] {
	const [mode, items, json] = rowListFields({
		mode: ITEM_LIST.mode,
		collection: ITEM_LIST.collection,
		row: ITEM_LIST.row,
		json: ITEM_LIST.json,
		displayName: 'Items',
		rowDisplayName: 'Item',
		values: list.values,
		placeholder: list.placeholder ?? 'Add Item',
		description: list.description,
		jsonDefault: String(list.json.default ?? '[]'),
		jsonDescription: list.json.description ?? '',
		rows: list.rows ?? 'items',
	});
	return [
		{ ...mode, displayName: 'Input Mode' },
		items,
		{ ...json, ...list.json, displayOptions: json.displayOptions },
	];
}

/** The product SKU list of Purchase Order → Create and Cart → Add Many: productId, skuId, quantity, remark. */
export function skuItemListFields(remarkDescription: string): INodeProperties[] {
	return itemListFields({
		values: [
			{
				displayName: 'Product ID',
				name: 'productId',
				type: 'string',
				default: '',
				placeholder: '12345',
				description: 'The product’s ID, e.g. from Product → Search or Get',
			},
			{
				displayName: 'SKU ID',
				name: 'skuId',
				type: 'string',
				default: '',
				placeholder: 's001',
				description: 'The SKU variant’s ID (skuId) from the product’s `skus`',
			},
			{
				displayName: 'Quantity',
				name: 'quantity',
				type: 'number',
				typeOptions: { minValue: 1, numberPrecision: 0 },
				default: 1,
			},
			{
				displayName: 'Remark',
				name: 'remark',
				type: 'string',
				default: '',
				description: remarkDescription,
			},
		],
		json: {
			displayName: 'Items (JSON)',
			name: 'itemsJson',
			type: 'json',
			default: '[\n  { "productId": "12345", "skuId": "s001", "quantity": 1 }\n]',
			description: 'Array of {productId, skuId, quantity, remark?}',
		},
	});
}
