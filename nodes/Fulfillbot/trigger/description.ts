import type { INodeProperties } from 'n8n-workflow';

import { PURCHASE_ORDER_STATUSES } from './sources';

const label = (status: string) => status.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		required: true,
		default: ['purchaseOrderStatusChanged'],
		options: [
			{
				name: 'New Purchase Order',
				value: 'purchaseOrderCreated',
				description: 'A purchase order appeared since the last poll',
			},
			{
				name: 'Package Arrived in Warehouse',
				value: 'packageArrived',
				description: 'A new package is in the Fulfillbot warehouse',
			},
			{
				name: 'Purchase Order Status Changed',
				value: 'purchaseOrderStatusChanged',
				description: 'A purchase order moved to another status',
			},
			{
				name: 'Shipping Order Status Changed',
				value: 'shippingOrderStatusChanged',
				description:
					'A shipping order moved to another status (e.g. shipped, with its tracking number)',
			},
		],
	},
	{
		displayName: 'Only to Statuses',
		name: 'statuses',
		type: 'multiOptions',
		default: [],
		description:
			'Emit purchase order status changes only when the new status is one of these. Empty: every change.',
		displayOptions: { show: { events: ['purchaseOrderStatusChanged'] } },
		options: PURCHASE_ORDER_STATUSES.map((s) => ({ name: label(s), value: s })),
	},
];
