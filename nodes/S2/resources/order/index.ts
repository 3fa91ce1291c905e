import type { INodeProperties } from 'n8n-workflow';

import { sendOnce } from '../../../shared/sendOnce';
import { pacedS2Create } from '../../helpers/rate';
import { idUrl, requireParameter } from '../../helpers/checks';
import { buildOrderBody } from '../../helpers/orderBody';
import { s2Output } from '../../helpers/output';
import { pagedGet } from '../../helpers/pagedGet';
import { orderCreateDescription } from './create';
import { orderGetAllDescription } from './getAll';
import { orderIdDescription } from './orderId';

const checkOrderId = requireParameter('orderId', 'Order ID', 'Enter the S2 order’s ID, e.g. from Order → Get Many.');

export const orderDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['order'] } },
		options: [
			{
				name: 'Cancel',
				value: 'cancel',
				action: 'Cancel an order',
				description: 'Cancel an order; S2 answers with the order, status CANCELLED',
				routing: {
					request: { method: 'POST', url: idUrl('/order', 'orderId', '/cancel') },
					send: { preSend: [checkOrderId] },
					output: { postReceive: s2Output },
				},
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create an order',
				description: 'Create an order from a sales channel. Sent once, never retried by the node — keep "Retry On Fail" off.',
				routing: {
					request: { method: 'POST', url: '/order' },
					send: { preSend: [buildOrderBody], paginate: true },
					operations: { pagination: pacedS2Create('order', sendOnce('S2', 'order', 'Order → Get Many (search for the channel order ID)')) },
					output: { postReceive: s2Output },
				},
			},
			{
				name: 'Get Details',
				value: 'get',
				action: 'Get order details',
				description: 'Get an order with its address, items and fulfillments (tracking numbers, labels)',
				routing: {
					request: { method: 'GET', url: idUrl('/order', 'orderId') },
					send: { preSend: [checkOrderId] },
					output: { postReceive: s2Output },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many orders',
				description: 'List orders, optionally matching a search term',
				routing: pagedGet('/order'),
			},
		],
		default: 'getAll',
	},
	...orderIdDescription,
	...orderGetAllDescription,
	...orderCreateDescription,
];
