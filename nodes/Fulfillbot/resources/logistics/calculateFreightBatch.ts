import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { checkFreightBatch } from '../../helpers/logistics';
import { fulfillbotOutput } from '../../helpers/output';
import { countryField, dimensionsField, weightField } from './fields';

// POST /logistics/calculate-freight-batch {country, weight, length?, width?, height?} (docs/api-notes.md#fulfillbot-logistics).
export const option: INodePropertyOptions = {
	name: 'Calculate Freight for All Channels',
	value: 'calculateFreightBatch',
	action: 'Calculate freight for all channels',
	description: 'Quote every available channel for a parcel, one item per channel',
	routing: {
		request: { method: 'POST', url: '/logistics/calculate-freight-batch' },
		send: { preSend: [checkFreightBatch] },
		// {data: {channels: [...]}}: one item per channel quote, so they can be sorted/filtered.
		output: { postReceive: fulfillbotOutput('channels') },
	},
};

const fields: INodeProperties[] = [countryField(), weightField(), dimensionsField()];

export const description = updateDisplayOptions(
	{ show: { resource: ['logistics'], operation: ['calculateFreightBatch'] } },
	fields,
);
