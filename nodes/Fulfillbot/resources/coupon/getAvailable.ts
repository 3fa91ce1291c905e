import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fulfillbotOutput } from '../../helpers/output';

// Both coupon lists answer a plain array (docs/api-notes.md#fulfillbot-envelope), one item per coupon: no paging fields.
export const option: INodePropertyOptions = {
	name: 'Get Available',
	value: 'getAvailable',
	action: 'Get available coupons',
	description: 'Get the coupons available to claim',
	routing: {
		request: { method: 'GET', url: '/user/coupons/available' },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [];

export const description = updateDisplayOptions(
	{ show: { resource: ['coupon'], operation: ['getAvailable'] } },
	fields,
);
