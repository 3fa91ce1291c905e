import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { invalidField } from './validation';

/*
 * A list of rows (order items, shipments...) given either in the UI as a fixedCollection or as a
 * JSON array from an earlier node. Generic version of the idea in Fulfillbot's helpers/itemList.ts,
 * with configurable parameter names so one operation can hold several lists.
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
	show: { [key: string]: Array<string | number | boolean> };
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

/** The three parameters of a row list: input mode, fixedCollection, JSON. */
export function rowListFields(spec: RowListSpec): INodeProperties[] {
	const { show } = spec;
	const json: INodeProperties = {
		displayName: `${spec.displayName} (JSON)`,
		name: spec.json,
		type: 'json',
		default: '[]',
		description: spec.jsonDescription,
		displayOptions: { show: { ...show, [spec.mode]: ['json'] } },
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
				{ name: 'Using Fields Below', value: 'fields', description: `Enter the ${spec.rows} one by one` },
				{ name: 'Using JSON', value: 'json', description: 'Give a JSON array, e.g. from an earlier node' },
			],
			default: 'fields',
			displayOptions: { show },
		},
		{
			displayName: spec.displayName,
			name: spec.collection,
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: spec.placeholder,
			default: {},
			displayOptions: { show: { ...show, [spec.mode]: ['fields'] } },
			...(spec.description ? { description: spec.description } : {}),
			options: [{ displayName: spec.rowDisplayName, name: spec.row, values: spec.values }],
		},
		json,
	];
}

/** Trimmed text of any value ('' for null/undefined). */
export function text(value: unknown): string {
	return value === undefined || value === null ? '' : String(value).trim();
}

/** Rows of a fixedCollection value (`{row: [...]}`) or parameter path, always an array. */
export function asRows(value: unknown): IDataObject[] {
	if (Array.isArray(value)) return value as IDataObject[];
	return value && typeof value === 'object' ? [value as IDataObject] : [];
}

/** Parses a JSON parameter (text or already-parsed value) into an array of objects. */
export function parseJsonRows(context: IExecuteSingleFunctions, raw: unknown, label: string, example: string): IDataObject[] {
	let value = raw;
	if (typeof value === 'string') {
		try {
			value = JSON.parse(value.trim() || '[]');
		} catch {
			throw invalidField(context, `${label} (JSON)`, 'is not valid JSON', `Enter a JSON array, e.g. ${example}.`);
		}
	}
	if (value === undefined || value === null) value = [];
	if (typeof value === 'object' && !Array.isArray(value)) value = [value];
	if (!Array.isArray(value)) {
		throw invalidField(context, `${label} (JSON)`, 'must be a JSON array', `Wrap the rows in [ ... ], e.g. ${example}.`);
	}
	return value.map((row, i) => {
		if (row === null || typeof row !== 'object' || Array.isArray(row)) {
			throw invalidField(context, `${label}[${i}]`, `must be an object (got ${JSON.stringify(row)})`, `Give each row as an object, e.g. ${example}.`);
		}
		return row as IDataObject;
	});
}

/** The rows the user gave, from the fixedCollection or the JSON parameter (not yet checked). */
export function readRows(context: IExecuteSingleFunctions, names: RowListNames): IDataObject[] {
	const mode = context.getNodeParameter(names.mode, 'fields') as string;
	if (mode === 'json') return parseJsonRows(context, context.getNodeParameter(names.json, '[]'), names.label, names.example);
	return asRows(context.getNodeParameter(`${names.collection}.${names.row}`, []));
}

/** A whole number of at least `min`; numeric text is accepted (expressions often yield text). */
export function wholeNumber(context: IExecuteSingleFunctions, value: unknown, label: string, min: number, fix: string): number {
	if (text(value) === '') throw invalidField(context, label, 'is required', fix);
	const n = typeof value === 'string' ? Number(value.trim()) : value;
	if (typeof n !== 'number' || !Number.isInteger(n) || n < min) {
		throw invalidField(context, label, `must be a whole number of at least ${min} (got ${JSON.stringify(value)})`, fix);
	}
	return n;
}
