import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fulfillmentId } from '../../helpers/ids';
import { s2Output } from '../../helpers/output';

// GET /fulfillment/{id}.
export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a fulfillment',
	description: 'Get a fulfillment with its status, shipments and labels',
	routing: {
		request: { method: 'GET', url: '/fulfillment/{fulfillmentId}' },
		send: { preSend: [fulfillmentId.fill] },
		output: { postReceive: s2Output() },
	},
};

const fields: INodeProperties[] = [fulfillmentId.field()];

export const description = updateDisplayOptions(
	{ show: { resource: ['fulfillment'], operation: ['get'] } },
	fields,
);
