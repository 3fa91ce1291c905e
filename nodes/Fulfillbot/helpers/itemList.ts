import type { INodeProperties } from 'n8n-workflow';

import { rowListFields } from '../../shared/rowList';

type PreSend = NonNullable<NonNullable<INodeProperties['routing']>['send']>['preSend'];

/** What differs between the item lists: the row fields, the JSON example and a few labels. */
interface ItemList {
	show: { resource: string[]; operation: string[] };
	/** The rows' fields (the fixedCollection entry `items.item`). */
	values: INodeProperties[];
	/** The `itemsJson` parameter (shown when `inputMode` is json). */
	json: INodeProperties;
	/** What "Enter the … one by one" names. */
	rows?: string;
	placeholder?: string;
	description?: string;
	/** Builds the body from either input; operations that build it elsewhere leave it out. */
	preSend?: PreSend;
}

/**
 * `inputMode`, `items.item` and `itemsJson`: a list given in the UI or as a JSON array (e.g. from an
 * earlier node), built by the shared rowList. The helpers in cartItems.ts and orderItems.ts read
 * whichever the user chose.
 */
export function itemListFields(list: ItemList): INodeProperties[] {
	const [mode, items, json] = rowListFields({
		show: list.show,
		mode: 'inputMode',
		collection: 'items',
		row: 'item',
		json: 'itemsJson',
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
		{ ...mode, displayName: 'Input Mode', ...(list.preSend ? { routing: { send: { preSend: list.preSend } } } : {}) },
		items,
		{ ...json, ...list.json, displayOptions: json.displayOptions },
	];
}
