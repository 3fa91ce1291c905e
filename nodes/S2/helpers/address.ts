import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { text } from '../../shared/input/parameters';
import { invalidField } from '../../shared/input/validation';
import { ISO_COUNTRY_CODES } from './countries';

/** S2's Address Object (docs/api-notes.md#s2-address): all ten fields are always sent, '' where there is no value. */
export interface S2Address {
	name: string;
	company: string;
	address1: string;
	address2: string;
	city: string;
	state: string;
	postalCode: string;
	countryId: string;
	phone: string;
	email: string;
}

/** Node parameter → Address Object field, with the label errors use. */
export const ADDRESS_PARAMETERS: Array<{
	parameter: string;
	field: keyof S2Address;
	label: string;
	required?: boolean;
}> = [
	{ parameter: 'addressName', field: 'name', label: 'Name', required: true },
	{ parameter: 'addressCompany', field: 'company', label: 'Company' },
	{ parameter: 'address1', field: 'address1', label: 'Address Line 1', required: true },
	{ parameter: 'address2', field: 'address2', label: 'Address Line 2' },
	{ parameter: 'addressCity', field: 'city', label: 'City', required: true },
	{ parameter: 'addressState', field: 'state', label: 'State' },
	{ parameter: 'addressPostalCode', field: 'postalCode', label: 'Postal Code' },
	{ parameter: 'addressCountryId', field: 'countryId', label: 'Country', required: true },
	{ parameter: 'addressPhone', field: 'phone', label: 'Phone' },
	{ parameter: 'addressEmail', field: 'email', label: 'Email' },
];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The address from the node's address fields, checked: name, line 1, city and country given (S2
 * accepts '' for all, but no warehouse can ship without them), country an ISO alpha-2 code.
 */
export function readAddress(context: IExecuteSingleFunctions, what = 'Address'): S2Address {
	const address = {} as S2Address;
	for (const { parameter, field, label, required } of ADDRESS_PARAMETERS) {
		const value = text(context.getNodeParameter(parameter, ''));
		if (required && !value)
			throw invalidField(
				context,
				`${what} ${label}`,
				'is required',
				`Enter the ${label.toLowerCase()} of the ${what.toLowerCase()}.`,
			);
		address[field] = value;
	}
	const country = address.countryId.toUpperCase();
	if (!ISO_COUNTRY_CODES.has(country)) {
		throw invalidField(
			context,
			`${what} Country`,
			`must be an ISO 3166-1 alpha-2 country code such as US, CA or CN (got ${JSON.stringify(address.countryId)})`,
			'Use the two-letter ISO code of the country, not its name.',
		);
	}
	address.countryId = country;
	if (address.email && !EMAIL.test(address.email)) {
		throw invalidField(
			context,
			`${what} Email`,
			`is not an email address (got ${JSON.stringify(address.email)})`,
			'Enter an email address such as name@example.com, or leave it empty.',
		);
	}
	return address;
}
