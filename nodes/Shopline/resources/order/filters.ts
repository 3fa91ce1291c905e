import type { INodeProperties } from 'n8n-workflow';

import { dateFilters } from '../commonFields';

// Filters of GET orders.json and orders/count.json (Get orders, v20260301). The dates are checked
// by the operation's preSend (ISO 8601 with a zone).
export const statusFilters: INodeProperties[] = [
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: [
			{ name: 'Any', value: 'any' },
			{ name: 'Cancelled', value: 'cancelled' },
			{ name: 'Open', value: 'open' },
		],
		default: 'any',
		description: 'Only orders in this status',
		routing: { send: { type: 'query', property: 'status' } },
	},
	{
		displayName: 'Financial Status',
		name: 'financial_status',
		type: 'options',
		options: [
			{ name: 'Authorized', value: 'authorized' },
			{ name: 'Paid', value: 'paid' },
			{ name: 'Partially Paid', value: 'partially_paid' },
			{ name: 'Partially Refunded', value: 'partially_refunded' },
			{ name: 'Pending', value: 'pending' },
			{ name: 'Refunded', value: 'refunded' },
			{ name: 'Unpaid', value: 'unpaid' },
		],
		default: 'paid',
		description: 'Only orders with this payment status',
		routing: { send: { type: 'query', property: 'financial_status' } },
	},
	{
		displayName: 'Fulfillment Status',
		name: 'fulfillment_status',
		type: 'options',
		options: [
			{ name: 'Partial', value: 'partial' },
			{ name: 'Shipped', value: 'shipped' },
			{ name: 'Unshipped', value: 'unshipped' },
		],
		default: 'unshipped',
		description: 'Only orders with this shipping status',
		routing: { send: { type: 'query', property: 'fulfillment_status' } },
	},
	...dateFilters('orders'),
];
