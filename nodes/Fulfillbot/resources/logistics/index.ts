import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { invalidField, validate } from '../../../shared/validation';
import { fillPath } from '../../../shared/pathId';
import { checkCountryCode, checkWholeNumber, requireText } from '../../helpers/checks';
import { fulfillbotOutput, fulfillbotOutputUnder } from '../../helpers/output';
import { logisticsCalculateFreightDescription } from './calculateFreight';
import { logisticsGetChannelPricingDescription } from './getChannelPricing';
import { logisticsGetShippingMethodsDescription } from './getShippingMethods';

const showOnlyForLogistics = { resource: ['logistics'] };

function checkDimensions(context: IExecuteSingleFunctions): void {
	const dimensions = context.getNodeParameter('dimensions', {}) as IDataObject;
	for (const [name, value] of Object.entries(dimensions)) {
		if (typeof value !== 'number' || !(value > 0)) {
			throw invalidField(context, `Dimensions › ${name}`, `must be more than 0 cm (got ${JSON.stringify(value)})`, 'Enter the size in cm, or remove the dimension.');
		}
	}
}

const checkShippingMethods = validate(function () {
	const filters = this.getNodeParameter('filters', {}) as IDataObject;
	if (filters.country !== undefined) checkCountryCode(this, filters.country, 'Country');
	if (filters.weight !== undefined) checkWholeNumber(this, filters.weight, 'Weight (g)', 1);
});

const checkFreightBatch = validate(function () {
	checkCountryCode(this, this.getNodeParameter('country', ''), 'Country');
	checkWholeNumber(this, this.getNodeParameter('weight', undefined), 'Weight (g)', 1);
	checkDimensions(this);
});

const checkFreight = validate(function () {
	checkCountryCode(this, this.getNodeParameter('country', ''), 'Country');
	checkWholeNumber(this, this.getNodeParameter('weight', undefined), 'Weight (g)', 1);
	requireText(this, 'channelId', 'Channel', 'Pick a shipping channel, or use a `channelId` from Logistics → Get Shipping Methods.');
	checkDimensions(this);
});

const channelPath = fillPath({ channelId: { label: 'Channel', fix: 'Pick a shipping channel, or use a `channelId` from Logistics → Get Shipping Methods.' } });

export const logisticsDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForLogistics },
		options: [
			{
				name: 'Calculate Freight',
				value: 'calculateFreight',
				action: 'Calculate freight for a channel',
				description: 'Calculate the shipping fee of one channel for a parcel',
				routing: {
					request: { method: 'POST', url: '/logistics/calculate-freight' },
					send: { preSend: [checkFreight] },
					output: { postReceive: fulfillbotOutput },
				},
			},
			{
				name: 'Calculate Freight for All Channels',
				value: 'calculateFreightBatch',
				action: 'Calculate freight for all channels',
				description: 'Quote every available channel for a parcel, one item per channel',
				routing: {
					request: { method: 'POST', url: '/logistics/calculate-freight-batch' },
					send: { preSend: [checkFreightBatch] },
					// {data: {channels: [...]}}: one item per channel quote, so they can be sorted/filtered.
					output: { postReceive: fulfillbotOutputUnder('channels') },
				},
			},
			{
				name: 'Get Channel Pricing',
				value: 'getChannelPricing',
				action: 'Get pricing of a channel',
				description: 'Get the pricing rules of a shipping channel',
				routing: {
					request: { method: 'GET', url: '/logistics/shipping-methods/{channelId}/pricing' },
					send: { preSend: [channelPath] },
					output: { postReceive: fulfillbotOutput },
				},
			},
			{
				name: 'Get Countries',
				value: 'getCountries',
				action: 'Get supported countries',
				description: 'Get the destination countries Fulfillbot ships to',
				routing: {
					request: { method: 'GET', url: '/logistics/countries' },
					output: { postReceive: fulfillbotOutput },
				},
			},
			{
				name: 'Get Shipping Methods',
				value: 'getShippingMethods',
				action: 'Get shipping methods',
				description: 'Get the shipping channels available for a country, weight and cargo type',
				routing: {
					request: { method: 'GET', url: '/logistics/shipping-methods' },
					send: { preSend: [checkShippingMethods] },
					output: { postReceive: fulfillbotOutput },
				},
			},
		],
		default: 'getShippingMethods',
	},
	...logisticsGetShippingMethodsDescription,
	...logisticsCalculateFreightDescription,
	...logisticsGetChannelPricingDescription,
];
