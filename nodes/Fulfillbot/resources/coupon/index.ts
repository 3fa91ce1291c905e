import type { INodeProperties } from 'n8n-workflow';

import { fulfillbotOutput } from '../../helpers/output';

// Both coupon lists answer a plain array (seed 001), one item per coupon: no paging fields.
export const couponDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['coupon'] } },
		options: [
			{
				name: 'Get Available',
				value: 'getAvailable',
				action: 'Get available coupons',
				description: 'Get the coupons available to claim',
				routing: {
					request: { method: 'GET', url: '/user/coupons/available' },
					output: { postReceive: fulfillbotOutput },
				},
			},
			{
				name: 'Get Claimed',
				value: 'getClaimed',
				action: 'Get claimed coupons',
				description: 'Get the coupons you have claimed',
				routing: {
					request: { method: 'GET', url: '/user/coupons/my' },
					output: { postReceive: fulfillbotOutput },
				},
			},
		],
		default: 'getAvailable',
	},
];
