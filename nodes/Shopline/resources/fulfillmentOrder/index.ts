import type { INodeProperties } from 'n8n-workflow';

import { validate } from '../../../shared/validation';
import { requireOrderId, shoplinePath } from '../../helpers/checks';
import { shoplineOutput } from '../../helpers/output';
import { pagedGet } from '../../helpers/paging';
import { fulfillmentOrderOrderIdDescription } from './orderId';
import { fulfillmentOrderSearchDescription } from './search';

const checkOrderId = validate(function () {
	requireOrderId(this);
});

// Blank filters are not sent (an empty assignment_status would filter on "").
const dropBlankFilters = validate(function (requestOptions) {
	for (const name of ['assignment_status', 'location_ids', 'since_id']) {
		const value = requestOptions.qs?.[name];
		if (typeof value === 'string') {
			if (value.trim()) requestOptions.qs![name] = value.trim();
			else delete requestOptions.qs![name];
		}
	}
});

export const fulfillmentOrderDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['fulfillmentOrder'] } },
		options: [
			{
				name: 'Get Many for Order',
				value: 'getForOrder',
				action: 'Get the fulfillment orders of an order',
				description: 'List the fulfillment orders of one order',
				routing: {
					request: { method: 'GET', url: '/fulfillment_orders/{orderId}/fulfillment_orders.json' },
					send: { preSend: [shoplinePath, checkOrderId] },
					output: { postReceive: shoplineOutput('fulfillment_orders') },
				},
			},
			{
				name: 'Search',
				value: 'search',
				action: 'Search fulfillment orders',
				description: 'List fulfillment orders across orders, optionally by assignment status or location',
				routing: pagedGet('/fulfillment_orders/fulfillment_orders_search.json', 'fulfillment_orders', [dropBlankFilters]),
			},
		],
		default: 'getForOrder',
	},
	...fulfillmentOrderOrderIdDescription,
	...fulfillmentOrderSearchDescription,
];
