import type { INodeProperties } from 'n8n-workflow';

// POST /orders/:id/cancel {reason} (seed 001). Only pending/paid orders can be cancelled; the API's
// 400 for any other status is shown as it is.
export const purchaseOrderCancelDescription: INodeProperties[] = [
	{
		displayName: 'Reason',
		name: 'reason',
		type: 'string',
		default: '',
		placeholder: 'Changed my mind',
		description: 'Why the order is cancelled (sent only when set)',
		displayOptions: { show: { resource: ['purchaseOrder'], operation: ['cancel'] } },
	},
];
