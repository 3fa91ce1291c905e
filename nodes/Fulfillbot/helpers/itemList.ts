import type { INodeProperties } from 'n8n-workflow';

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
 * earlier node). The helpers in cartItems.ts and orderItems.ts read whichever the user chose.
 */
export function itemListFields(list: ItemList): INodeProperties[] {
	const { show } = list;
	return [
		{
			displayName: 'Input Mode',
			name: 'inputMode',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Using Fields Below', value: 'fields', description: `Enter the ${list.rows ?? 'items'} one by one` },
				{ name: 'Using JSON', value: 'json', description: 'Give a JSON array, e.g. from an earlier node' },
			],
			default: 'fields',
			displayOptions: { show },
			...(list.preSend ? { routing: { send: { preSend: list.preSend } } } : {}),
		},
		{
			displayName: 'Items',
			name: 'items',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: list.placeholder ?? 'Add Item',
			default: {},
			displayOptions: { show: { ...show, inputMode: ['fields'] } },
			...(list.description ? { description: list.description } : {}),
			options: [{ displayName: 'Item', name: 'item', values: list.values }],
		},
		{ ...list.json, displayOptions: { show: { ...show, inputMode: ['json'] } } },
	];
}
