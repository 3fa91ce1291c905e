import type { INodeProperties } from 'n8n-workflow';

import { dimensionsField } from './fields';

const both = ['calculateFreight', 'calculateFreightBatch'];

// POST /logistics/calculate-freight-batch {country, weight, length?, width?, height?} (seed 001).
// Body inferred for POST /logistics/calculate-freight (the docs show none): the batch body plus
// `channelId`, the name GET /logistics/shipping-methods and the batch quotes give a channel.
export const logisticsCalculateFreightDescription: INodeProperties[] = [
	{
		displayName: 'Country Name or ID',
		name: 'country',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getCountries' },
		required: true,
		default: '',
		displayOptions: { show: { resource: ['logistics'], operation: both } },
		description: 'Destination country: a two-letter code such as US. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		routing: { send: { type: 'body', property: 'country', value: '={{ String($value).trim() }}' } },
	},
	{
		displayName: 'Weight (G)',
		name: 'weight',
		type: 'number',
		typeOptions: { minValue: 1, numberPrecision: 0 },
		required: true,
		default: 1000,
		displayOptions: { show: { resource: ['logistics'], operation: both } },
		description: 'Total weight in grams',
		routing: { send: { type: 'body', property: 'weight' } },
	},
	{
		displayName: 'Channel Name or ID',
		name: 'channelId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getShippingChannels', loadOptionsDependsOn: ['country', 'weight'] },
		required: true,
		default: '',
		displayOptions: { show: { resource: ['logistics'], operation: ['calculateFreight'] } },
		description:
			'Shipping channel for the chosen country and weight. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		routing: { send: { type: 'body', property: 'channelId', value: '={{ String($value).trim() }}' } },
	},
	dimensionsField('calculateFreight'),
	dimensionsField('calculateFreightBatch'),
];
