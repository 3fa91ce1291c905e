import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fulfillbotOutput } from '../../helpers/output';

export const option: INodePropertyOptions = {
	name: 'Get Claimed',
	value: 'getClaimed',
	action: 'Get claimed coupons',
	description: 'Get the coupons you have claimed',
	routing: {
		request: { method: 'GET', url: '/user/coupons/my' },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [];

export const description = updateDisplayOptions(
	{ show: { resource: ['coupon'], operation: ['getClaimed'] } },
	fields,
);
