import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidField, validate } from '../../shared/input/validation';
import { checkCountryCode, requireText, wholeNumber } from './checks';

// Logistics: checks of the shipping-method filters and the freight quotes, before the request.

function checkDimensions(context: IExecuteSingleFunctions): void {
	const dimensions = context.getNodeParameter('dimensions', {}) as IDataObject;
	for (const [name, value] of Object.entries(dimensions)) {
		if (typeof value !== 'number' || !(value > 0)) {
			throw invalidField(
				context,
				`Dimensions › ${name}`,
				`must be more than 0 cm (got ${JSON.stringify(value)})`,
				'Enter the size in cm, or remove the dimension.',
			);
		}
	}
}

export const checkShippingMethods = validate(function () {
	const filters = this.getNodeParameter('filters', {}) as IDataObject;
	if (filters.country !== undefined) checkCountryCode(this, filters.country, 'Country');
	if (filters.weight !== undefined) wholeNumber(this, filters.weight, 'Weight (g)', 1);
});

export const checkFreightBatch = validate(function () {
	checkCountryCode(this, this.getNodeParameter('country', ''), 'Country');
	wholeNumber(this, this.getNodeParameter('weight', undefined), 'Weight (g)', 1);
	checkDimensions(this);
});

export const checkFreight = validate(function () {
	checkCountryCode(this, this.getNodeParameter('country', ''), 'Country');
	wholeNumber(this, this.getNodeParameter('weight', undefined), 'Weight (g)', 1);
	requireText(
		this,
		'channelId',
		'Channel',
		'Pick a shipping channel, or use a `channelId` from Logistics → Get Shipping Methods.',
	);
	checkDimensions(this);
});
