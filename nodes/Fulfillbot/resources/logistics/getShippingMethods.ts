import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { filtersCollection } from '../../../shared/description/listFields';
import { checkShippingMethods } from '../../helpers/logistics';
import { fulfillbotOutput } from '../../helpers/output';
import { cargoTypeOptions } from './fields';

// GET /logistics/shipping-methods?country=&weight=&cargoType= — all three optional (docs/api-notes.md#fulfillbot-logistics).
export const option: INodePropertyOptions = {
	name: 'Get Shipping Methods',
	value: 'getShippingMethods',
	action: 'Get shipping methods',
	description: 'Get the shipping channels available for a country, weight and cargo type',
	routing: {
		request: { method: 'GET', url: '/logistics/shipping-methods' },
		send: { preSend: [checkShippingMethods] },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [
	filtersCollection([
		{
			displayName: 'Cargo Type',
			name: 'cargoType',
			type: 'options',
			options: cargoTypeOptions,
			default: 'general',
			description: 'Only channels that accept this kind of cargo',
			routing: { send: { type: 'query', property: 'cargoType' } },
		},
		{
			displayName: 'Country Name or ID',
			name: 'country',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getCountries' },
			default: '',
			description:
				'Destination country: a two-letter code such as US. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			routing: {
				send: { type: 'query', property: 'country', value: '={{ String($value).trim() }}' },
			},
		},
		{
			displayName: 'Weight (G)',
			name: 'weight',
			type: 'number',
			typeOptions: { minValue: 1, numberPrecision: 0 },
			default: 1000,
			description: 'Package weight in grams',
			routing: { send: { type: 'query', property: 'weight' } },
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['logistics'], operation: ['getShippingMethods'] } },
	fields,
);
