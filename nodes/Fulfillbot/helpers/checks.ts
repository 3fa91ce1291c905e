import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidField } from '../../shared/validation';

// Small input checks shared by the Fulfillbot operations. Each reads one node parameter and throws
// `invalidField(...)` (naming the field) so a preSend step refuses bad input before any request.

/** A required text parameter: must be present and not blank. Returns it trimmed. */
export function requireText(context: IExecuteSingleFunctions, name: string, label: string, fix: string): string {
	const value = context.getNodeParameter(name, '') as unknown;
	const text = value === undefined || value === null ? '' : String(value).trim();
	if (!text) throw invalidField(context, label, 'is required', fix);
	return text;
}

/** A quantity-like parameter: a whole number of at least `min`. */
export function checkWholeNumber(context: IExecuteSingleFunctions, value: unknown, label: string, min: number): number {
	const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof n !== 'number' || !Number.isInteger(n) || n < min) {
		throw invalidField(context, label, `must be a whole number of at least ${min} (got ${JSON.stringify(value)})`, `Set ${label} to ${min} or more.`);
	}
	return n;
}

const COUNTRY_CODE = /^[A-Z]{2}$/;

/** Fulfillbot's country codes are two capital letters (e.g. US, GB), as GET /logistics/countries lists them. */
export function checkCountryCode(context: IExecuteSingleFunctions, value: unknown, label: string): string {
	const code = typeof value === 'string' ? value.trim() : '';
	if (!COUNTRY_CODE.test(code)) {
		throw invalidField(
			context,
			label,
			`must be a two-letter country code in capitals, such as US or GB (got ${JSON.stringify(value ?? '')})`,
			'Pick the country from the list, or use a code from Logistics → Get Countries.',
		);
	}
	return code;
}
