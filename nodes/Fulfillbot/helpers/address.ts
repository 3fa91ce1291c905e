import type { IDataObject } from 'n8n-workflow';

import { text } from '../../shared/input/parameters';
import { invalidField, validate } from '../../shared/input/validation';
import { checkCountryCode, requireText } from './checks';

// Address → Create and Update (fields as GET /user/addresses names them).

const LABELS: Record<string, string> = {
	name: 'Name',
	phone: 'Phone',
	country: 'Country',
	city: 'City',
	address: 'Address',
	zipCode: 'Zip Code',
};

/** Names of the address fields that must not be blank when sent. */
const REQUIRED_ADDRESS_FIELDS = ['name', 'phone', 'country', 'city', 'address', 'zipCode'] as const;

export const checkAddressCreate = validate(function () {
	for (const name of REQUIRED_ADDRESS_FIELDS) {
		requireText(this, name, LABELS[name], `Enter the recipient’s ${LABELS[name].toLowerCase()}.`);
	}
	checkCountryCode(this, this.getNodeParameter('country', ''), 'Country');
});

export const checkAddressUpdate = validate(function () {
	const fields = this.getNodeParameter('updateFields', {}) as IDataObject;
	if (!Object.keys(fields).length)
		throw invalidField(this, 'Update Fields', 'is empty', 'Add at least one field to change.');
	for (const name of REQUIRED_ADDRESS_FIELDS) {
		if (name in fields && !text(fields[name])) {
			throw invalidField(
				this,
				`Update Fields › ${LABELS[name]}`,
				'is empty',
				`Enter the ${LABELS[name].toLowerCase()}, or remove the field.`,
			);
		}
	}
	if ('country' in fields) checkCountryCode(this, fields.country, 'Update Fields › Country');
});
