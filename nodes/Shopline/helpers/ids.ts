import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { requiredValue } from '../../shared/input/parameters';
import { invalidField } from '../../shared/input/validation';

// The catalog's IDs (products, variants, inventory items, locations): numeric strings in the SDK
// ("16057850264845250791280282", "5703943240925324252"). Read through extractValue so a resource
// locator ({mode, value}) and a plain text field give the same digits.

export const PRODUCT_ID_FIX =
	'Pick the product from the list, or use its numeric ID from Product → Get Many.';
export const VARIANT_ID_FIX =
	'Use the variant’s numeric ID from Variant → Get Many or Find by SKU (not its SKU).';
export const INVENTORY_ITEM_ID_FIX =
	'Use the variant’s inventory_item_id (Variant → Get or Find by SKU), not the variant ID or SKU.';
export const LOCATION_ID_FIX =
	'Pick the location from the list, or use its numeric ID from Location → Get Many.';

/** A parameter's value as trimmed text; a resource locator gives its value. */
export function paramText(context: IExecuteSingleFunctions, name: string): unknown {
	return context.getNodeParameter(name, '', { extractValue: true });
}

/** A required numeric ID in parameter `name`, refused naming `label` when blank or not digits. */
export function numericParam(
	context: IExecuteSingleFunctions,
	name: string,
	label: string,
	fix: string,
): string {
	return numericValue(context, paramText(context, name), label, fix);
}

export function numericValue(
	context: IExecuteSingleFunctions,
	value: unknown,
	label: string,
	fix: string,
): string {
	const text = requiredValue(
		context,
		typeof value === 'number' ? String(value) : value,
		label,
		fix,
	);
	if (!/^\d+$/.test(text))
		throw invalidField(
			context,
			label,
			`must be SHOPLINE's numeric ID, digits only (got ${JSON.stringify(text)})`,
			fix,
		);
	return text;
}

/** A comma-separated list of numeric IDs (at least one, at most `max`), as `a,b,c`. */
export function idList(
	context: IExecuteSingleFunctions,
	value: unknown,
	label: string,
	max: number,
	required: boolean,
): string | undefined {
	const raw = Array.isArray(value) ? value.join(',') : String(value ?? '');
	const ids = raw
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
	const fix = `Give numeric IDs separated by commas, at most ${max}.`;
	if (!ids.length) {
		if (required) throw invalidField(context, label, 'is required', fix);
		return undefined;
	}
	if (ids.some((id) => !/^\d+$/.test(id)))
		throw invalidField(
			context,
			label,
			`must be numeric IDs separated by commas (got ${JSON.stringify(raw)})`,
			fix,
		);
	if (ids.length > max)
		throw invalidField(context, label, `has ${ids.length} IDs; at most ${max} per request`, fix);
	return ids.join(',');
}
