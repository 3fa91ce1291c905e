import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { pathId, requiredValue, type PathParameter } from '../../shared/input/parameters';
import { invalidField } from '../../shared/input/validation';

// SHOPLINE's IDs, each defined once: `orderId.field()` is the operation's field, `orderId.fill` its
// first preSend step when the ID is in the URL (one path segment, shared/input/pathId.ts), and
// `numericParam(context, orderId)` the digits-only check. Orders, fulfillments and the catalog's
// records (products, variants, inventory items, locations) have numeric string IDs in the SDK
// ("16057850264845250791280282", "5703943240925324252"). Product and Location are resource locators
// (a searchable list, or the ID), read through extractValue so an expression giving the bare ID works.

const DIGITS = { regex: '^\\s*\\d+\\s*$', errorMessage: 'A SHOPLINE ID is digits only' };

/** The order an operation acts on: its numeric ID, which all order and fulfillment paths take. */
export const orderId = pathId({
	name: 'orderId',
	displayName: 'Order ID',
	placeholder: '21057401932826316666967001',
	description: 'The order’s numeric ID (not its name such as #1001), e.g. from Order → Get Many',
	fix: 'Use the order’s numeric ID (e.g. 21057401932826316666967001) from Order → Get Many, not its name such as #1001.',
});

/** The fulfillment of orders/{order_id}/fulfillments/{fulfillment_id}/… (Cancel, Update Tracking). */
export const fulfillmentId = pathId({
	name: 'fulfillmentId',
	displayName: 'Fulfillment ID',
	placeholder: '4005740193290131085320',
	description: 'The fulfillment’s numeric ID, e.g. from Fulfillment → Get Many or Create',
	fix: 'Use the fulfillment’s numeric ID from Fulfillment → Get Many.',
});

export const productId = pathId({
	name: 'productId',
	displayName: 'Product',
	searchListMethod: 'searchProducts',
	placeholder: '16057850264845250791280282',
	idPattern: DIGITS,
	description: 'The product, from the list or by its numeric ID (Product → Get Many)',
	fix: 'Pick the product from the list, or use its numeric ID from Product → Get Many.',
});

export const variantId = pathId({
	name: 'variantId',
	displayName: 'Variant ID',
	placeholder: '18057850264851626133510282',
	description: 'The variant’s numeric ID, e.g. from Variant → Get Many or Find by SKU',
	fix: 'Use the variant’s numeric ID from Variant → Get Many or Find by SKU (not its SKU).',
});

export const inventoryItemId = pathId({
	name: 'inventoryItemId',
	displayName: 'Inventory Item ID',
	placeholder: '5785060242375689228',
	description: 'The variant’s inventory_item_id (Variant → Get or Find by SKU), not the variant ID',
	fix: 'Use the variant’s inventory_item_id (Variant → Get or Find by SKU), not the variant ID or SKU.',
});

export const locationId = pathId({
	name: 'locationId',
	displayName: 'Location',
	searchListMethod: 'searchLocations',
	placeholder: '5421704248135526901',
	idPattern: DIGITS,
	description:
		'The store location (warehouse) whose stock this is, from the list or by its numeric ID',
	fix: 'Pick the location from the list, or use its numeric ID from Location → Get Many.',
});

/** The required numeric ID of parameter `id` (a resource locator gives its value), refused naming it when blank or not digits. */
export function numericParam(context: IExecuteSingleFunctions, id: PathParameter): string {
	return numericValue(
		context,
		context.getNodeParameter(id.name, '', { extractValue: true }),
		id.label,
		id.fix,
	);
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
