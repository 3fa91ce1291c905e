import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { idField } from '../../../shared/description/idField';
import { fulfillmentPath } from '../../helpers/checks';
import { s2Output } from '../../helpers/output';

// GET /fulfillment/{id}.
export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a fulfillment',
	description: 'Get a fulfillment with its status, shipments and labels',
	routing: {
		request: { method: 'GET', url: '/fulfillment/{fulfillmentId}' },
		send: { preSend: [fulfillmentPath] },
		output: { postReceive: s2Output },
	},
};

const fields: INodeProperties[] = [
	idField(
		'Fulfillment ID',
		'fulfillmentId',
		'295dbfaa-de55-40aa-ad6b-71f05972288',
		'The fulfillment’s ID, e.g. from Fulfillment → Create or an order’s details',
	),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['fulfillment'], operation: ['get'] } },
	fields,
);
