import type { INodeProperties } from 'n8n-workflow';

// GET /logistics/shipping-methods/:channelId/pricing: the channel goes into the URL (index.ts).
export const logisticsGetChannelPricingDescription: INodeProperties[] = [
	{
		displayName: 'Channel Name or ID',
		name: 'channelId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getShippingChannels' },
		required: true,
		default: '',
		displayOptions: { show: { resource: ['logistics'], operation: ['getChannelPricing'] } },
		description:
			'Shipping channel. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
];
