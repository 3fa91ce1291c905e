import type { INodeProperties } from 'n8n-workflow';

import { dateFilters } from '../commonFields';
import { queryOptions } from '../../../shared/description/optionsField';

// Filters of GET orders.json and orders/count.json (Get orders, v20260301). The dates are checked
// by the operation's preSend (ISO 8601 with a zone).
export const statusFilters: INodeProperties[] = [
	queryOptions(
		'Status',
		'status',
		[
			{ name: 'Any', value: 'any' },
			{ name: 'Cancelled', value: 'cancelled' },
			{ name: 'Open', value: 'open' },
		],
		'any',
		'Only orders in this status',
	),
	queryOptions(
		'Financial Status',
		'financial_status',
		[
			{ name: 'Authorized', value: 'authorized' },
			{ name: 'Paid', value: 'paid' },
			{ name: 'Partially Paid', value: 'partially_paid' },
			{ name: 'Partially Refunded', value: 'partially_refunded' },
			{ name: 'Pending', value: 'pending' },
			{ name: 'Refunded', value: 'refunded' },
			{ name: 'Unpaid', value: 'unpaid' },
		],
		'paid',
		'Only orders with this payment status',
	),
	queryOptions(
		'Fulfillment Status',
		'fulfillment_status',
		[
			{ name: 'Partial', value: 'partial' },
			{ name: 'Shipped', value: 'shipped' },
			{ name: 'Unshipped', value: 'unshipped' },
		],
		'unshipped',
		'Only orders with this shipping status',
	),
	...dateFilters('orders'),
];
