import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { channelId } from '../../helpers/ids';
import { fulfillbotOutput } from '../../helpers/output';

export const option: INodePropertyOptions = {
	name: 'Get Channel Pricing',
	value: 'getChannelPricing',
	action: 'Get pricing of a channel',
	description: 'Get the pricing rules of a shipping channel',
	routing: {
		request: { method: 'GET', url: '/logistics/shipping-methods/{channelId}/pricing' },
		send: { preSend: [channelId.fill] },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [channelId.field()];

export const description = updateDisplayOptions(
	{ show: { resource: ['logistics'], operation: ['getChannelPricing'] } },
	fields,
);
