import type { INodeProperties } from 'n8n-workflow';

// Fields shared by several logistics operations: country picker, weight, parcel dimensions.

export const cargoTypeOptions = [
	{ name: 'Battery', value: 'battery' },
	{ name: 'General', value: 'general' },
	{ name: 'Liquid', value: 'liquid' },
	{ name: 'Sensitive', value: 'sensitive' },
];

/** Length, width and height in cm, for the volumetric weight (L×W×H/5000). Sent only when set. */
export function dimensionsField(): INodeProperties {
	const dimension = (displayName: string, name: string): INodeProperties => ({
		displayName,
		name,
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: `${displayName} of the parcel in cm`,
		routing: { send: { type: 'body', property: name } },
	});
	return {
		displayName: 'Dimensions',
		name: 'dimensions',
		type: 'collection',
		placeholder: 'Add Dimension',
		default: {},
		description:
			'Parcel size, so the volumetric weight can be charged when it exceeds the actual weight',
		options: [
			dimension('Height', 'height'),
			dimension('Length', 'length'),
			dimension('Width', 'width'),
		],
	};
}

/** The destination country of a freight quote, sent in the body. */
export function countryField(): INodeProperties {
	return {
		displayName: 'Country Name or ID',
		name: 'country',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getCountries' },
		required: true,
		default: '',
		description:
			'Destination country: a two-letter code such as US. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		routing: { send: { type: 'body', property: 'country', value: '={{ String($value).trim() }}' } },
	};
}

/** The parcel weight of a freight quote in grams, sent in the body. */
export function weightField(): INodeProperties {
	return {
		displayName: 'Weight (G)',
		name: 'weight',
		type: 'number',
		typeOptions: { minValue: 1, numberPrecision: 0 },
		required: true,
		default: 1000,
		description: 'Total weight in grams',
		routing: { send: { type: 'body', property: 'weight' } },
	};
}
