import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { requiredValue, text } from '../../shared/input/parameters';
import { invalidField } from '../../shared/input/validation';

// Input checks shared by the SHOPLINE operations; each throws `invalidField(...)` (naming the
// field) so a preSend step refuses bad input before any request.

const INT64_MAX = '9223372036854775807';

/**
 * A line item ID (a Java long in the docs: docs/api-notes.md#shopline-fulfillment-create) as exact digits. Text keeps every digit; a JSON number
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

// ISO 8601 with an offset (docs/api-notes.md#shopline-timestamps), as the docs' examples (2021-08-04T23:59:59+08:00): a time without a
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
