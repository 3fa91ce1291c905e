import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { checkFreight } from '../../helpers/logistics';
import { fulfillbotOutput } from '../../helpers/output';
import { countryField, dimensionsField, weightField } from './fields';

// Body inferred for POST /logistics/calculate-freight (the docs show none: docs/api-notes.md#fulfillbot-logistics): the batch body plus
// `channelId`, the name GET /logistics/shipping-methods and the batch quotes give a channel.
export const option: INodePropertyOptions = {
	name: 'Calculate Freight',
	value: 'calculateFreight',
	action: 'Calculate freight for a channel',
	description: 'Calculate the shipping fee of one channel for a parcel',
	routing: {
		request: { method: 'POST', url: '/logistics/calculate-freight' },
		send: { preSend: [checkFreight] },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [
	countryField(),
	weightField(),
	{
		displayName: 'Channel Name or ID',
		name: 'channelId',
		type: 'options',
		typeOptions: {
			loadOptionsMethod: 'getShippingChannels',
			loadOptionsDependsOn: ['country', 'weight'],
		},
		required: true,
		default: '',
		description:
			'Shipping channel for the chosen country and weight. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		routing: {
			send: { type: 'body', property: 'channelId', value: '={{ String($value).trim() }}' },
		},
	},
	dimensionsField(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['logistics'], operation: ['calculateFreight'] } },
	fields,
);
