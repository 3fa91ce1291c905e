import type { IDataObject } from 'n8n-workflow';

import { text } from '../../shared/input/parameters';
import { invalidField, validate } from '../../shared/input/validation';

// PUT /user/profile: at least one field, none blank, a real-looking email.
export const checkProfileUpdate = validate(function () {
	const fields = this.getNodeParameter('updateFields', {}) as IDataObject;
	if (!Object.keys(fields).length) {
		throw invalidField(this, 'Update Fields', 'is empty', 'Add at least one field to change.');
	}
	for (const name of ['username', 'email', 'language'] as const) {
		if (name in fields && !text(fields[name])) {
			throw invalidField(
				this,
				`Update Fields › ${name}`,
				'is empty',
				`Enter a ${name}, or remove the field.`,
			);
		}
	}
	if ('email' in fields && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text(fields.email))) {
		throw invalidField(
			this,
			'Update Fields › email',
			`is not an email address (got ${JSON.stringify(fields.email)})`,
			'Enter an address like name@example.com.',
		);
	}
});
