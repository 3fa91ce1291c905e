import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidField } from '../../shared/input/validation';

// Input checks shared by the Fulfillbot operations (text and whole numbers: shared/input/parameters.ts).
// Each throws `invalidField(...)` (naming the field) so a preSend step refuses bad input first.

export { requireText, wholeNumber } from '../../shared/input/parameters';

const COUNTRY_CODE = /^[A-Z]{2}$/;

/** Fulfillbot's country codes are two capital letters (e.g. US, GB), as GET /logistics/countries lists them. */
export function checkCountryCode(
	context: IExecuteSingleFunctions,
	value: unknown,
	label: string,
): string {
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
