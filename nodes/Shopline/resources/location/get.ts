import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { locationId } from '../../helpers/ids';
import { shoplineOutput } from '../../helpers/output';
import { checkLocationId } from '../../helpers/inventory';

// GET locations/{id}.json (based_on_id_query_location).
export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a location',
	description: 'Get a store location (warehouse)',
	routing: {
		request: { method: 'GET', url: '/locations/{locationId}.json' },
		send: { preSend: [locationId.fill, checkLocationId] },
		output: { postReceive: shoplineOutput('location') },
	},
};

const fields: INodeProperties[] = [locationId.field()];

export const description = updateDisplayOptions(
	{ show: { resource: ['location'], operation: ['get'] } },
	fields,
);
