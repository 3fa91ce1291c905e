import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { orderId } from '../../helpers/ids';
import { buildOrderGetQuery } from '../../helpers/order';
import { orderGetOutput } from '../../helpers/orderGet';

// SHOPLINE has no single-order GET (docs/api-notes.md#shopline-orders): Get asks orders.json?ids= (helpers/order.ts).
export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get an order',
	description: 'Get an order with its line items',
	routing: {
		request: { method: 'GET', url: '/orders.json' },
		send: { preSend: [buildOrderGetQuery] },
		output: { postReceive: orderGetOutput },
	},
};

const fields: INodeProperties[] = [orderId.field()];

export const description = updateDisplayOptions(
	{ show: { resource: ['order'], operation: ['get'] } },
	fields,
);
