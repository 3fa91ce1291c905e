import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { channelPath } from '../../helpers/paths';
import { fulfillbotOutput } from '../../helpers/output';

export const option: INodePropertyOptions = {
	name: 'Get Channel Pricing',
	value: 'getChannelPricing',
	action: 'Get pricing of a channel',
	description: 'Get the pricing rules of a shipping channel',
	routing: {
		request: { method: 'GET', url: '/logistics/shipping-methods/{channelId}/pricing' },
		send: { preSend: [channelPath] },
		output: { postReceive: fulfillbotOutput },
	},
};

const fields: INodeProperties[] = [
	{
		displayName: 'Channel Name or ID',
		name: 'channelId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getShippingChannels' },
		required: true,
		default: '',
		description:
			'Shipping channel. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['logistics'], operation: ['getChannelPricing'] } },
	fields,
);
