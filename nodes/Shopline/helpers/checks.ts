import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { fillPath, requiredValue, text } from '../../shared/input/parameters';
import { invalidField } from '../../shared/input/validation';
import {
	INVENTORY_ITEM_ID_FIX,
	LOCATION_ID_FIX,
	numericValue,
	PRODUCT_ID_FIX,
	VARIANT_ID_FIX,
} from './ids';

// Input checks shared by the SHOPLINE operations; each throws `invalidField(...)` (naming the
// field) so a preSend step refuses bad input before any request.

/**
 * SHOPLINE ids (orders, fulfillments) are long digit strings, e.g. 21057401932826316666967001. Only
 * digits are accepted: an order name such as "#1001" is a common mix-up, and nothing else can
 * reach the URL path.
 */
export function requireNumericId(
	context: IExecuteSingleFunctions,
	name: string,
	label: string,
	fix: string,
): string {
	return numericValue(context, context.getNodeParameter(name, ''), label, fix);
}

export const ORDER_ID_FIX =
	'Use the order’s numeric ID (e.g. 21057401932826316666967001) from Order → Get Many, not its name such as #1001.';
export const FULFILLMENT_ID_FIX = 'Use the fulfillment’s numeric ID from Fulfillment → Get Many.';

/** preSend (first of its operation): fills the URL's `{…}` IDs (orders, fulfillments, catalog) as single path segments. */
export const shoplinePath = fillPath({
	orderId: { label: 'Order ID', fix: ORDER_ID_FIX },
	fulfillmentId: { label: 'Fulfillment ID', fix: FULFILLMENT_ID_FIX },
	productId: { label: 'Product', fix: PRODUCT_ID_FIX },
	variantId: { label: 'Variant ID', fix: VARIANT_ID_FIX },
	inventoryItemId: { label: 'Inventory Item ID', fix: INVENTORY_ITEM_ID_FIX },
	locationId: { label: 'Location', fix: LOCATION_ID_FIX },
});

export const requireOrderId = (context: IExecuteSingleFunctions) =>
	requireNumericId(context, 'orderId', 'Order ID', ORDER_ID_FIX);

const INT64_MAX = '9223372036854775807';

/**
 * A line item ID (a Java long in the docs) as exact digits. Text keeps every digit; a JSON number
 * above 2^53 has already lost digits in JavaScript, so it is refused rather than sent wrong.
 */
export function longId(
	context: IExecuteSingleFunctions,
	value: unknown,
	label: string,
	fix: string,
): string {
	if (typeof value === 'number') {
		if (!Number.isSafeInteger(value) || value < 1) {
			throw invalidField(
				context,
				label,
				Number.isInteger(value) && value > 0
					? `is a number too large to be exact in JavaScript (${value}); it may have lost digits`
					: `must be a positive whole number (got ${value})`,
				Number.isInteger(value) && value > 0
					? 'Give the ID as text, in quotes, e.g. "1234567890123456789".'
					: fix,
			);
		}
		return String(value);
	}
	const raw = requiredValue(context, value, label, fix);
	if (!/^\d+$/.test(raw))
		throw invalidField(
			context,
			label,
			`must be a numeric ID, digits only (got ${JSON.stringify(raw)})`,
			fix,
		);
	const digits = raw.replace(/^0+/, '');
	if (!digits) throw invalidField(context, label, 'must be a positive ID (got 0)', fix);
	if (
		digits.length > INT64_MAX.length ||
		(digits.length === INT64_MAX.length && digits > INT64_MAX)
	) {
		throw invalidField(
			context,
			label,
			`is larger than a SHOPLINE line item ID can be (got ${raw})`,
			fix,
		);
	}
	return digits;
}

// ISO 8601 with an offset, as the docs' examples (2021-08-04T23:59:59+08:00): a time without a
// zone would be read in SHOPLINE's zone, not the user's.
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function isoDateTime(
	context: IExecuteSingleFunctions,
	value: unknown,
	label: string,
): string {
	const raw = text(value);
	if (!ISO_WITH_ZONE.test(raw) || Number.isNaN(Date.parse(raw))) {
		throw invalidField(
			context,
			label,
			`must be an ISO 8601 date and time with a time zone (got ${JSON.stringify(raw)})`,
			'Use e.g. 2026-03-01T00:00:00+08:00, or an expression such as {{ $now.minus({ days: 1 }).toISO() }}.',
		);
	}
	return raw;
}
