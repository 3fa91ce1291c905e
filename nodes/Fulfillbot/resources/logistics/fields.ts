import type { INodeProperties } from 'n8n-workflow';

// Fields shared by several logistics operations: country picker, weight, parcel dimensions.

export const cargoTypeOptions = [
	{ name: 'Battery', value: 'battery' },
	{ name: 'General', value: 'general' },
	{ name: 'Liquid', value: 'liquid' },
	{ name: 'Sensitive', value: 'sensitive' },
];

/** Length, width and height in cm, for the volumetric weight (L×W×H/5000). Sent only when set. */
export function dimensionsField(operation: string): INodeProperties {
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
		displayOptions: { show: { resource: ['logistics'], operation: [operation] } },
		description: 'Parcel size, so the volumetric weight can be charged when it exceeds the actual weight',
		options: [dimension('Height', 'height'), dimension('Length', 'length'), dimension('Width', 'width')],
	};
}
