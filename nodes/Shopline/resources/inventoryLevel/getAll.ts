import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { filtersCollection } from '../../../shared/description/listFields';
import { checkLevelQuery } from '../../helpers/inventory';
import { shoplineOutput } from '../../helpers/output';
import { inventoryItemIdsField } from '../catalogIds';

// GET inventory_levels.json?inventory_item_ids=&location_ids= (get_inventory_quantities): one
// item per level (item × location). The SDK documents no paging and no maximum (docs/api-notes.md#shopline-catalog); 50 IDs per request.
export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many inventory levels',
	description: 'Get the stock of inventory items per location (at most 50 items per request)',
	routing: {
		request: { method: 'GET', url: '/inventory_levels.json' },
		send: { preSend: [checkLevelQuery] },
		output: { postReceive: shoplineOutput('inventory_levels') },
	},
};

const fields: INodeProperties[] = [
	inventoryItemIdsField(),
	filtersCollection([
		{
			displayName: 'Location IDs',
			name: 'location_ids',
			type: 'string',
			default: '',
			placeholder: '5421704248135526901',
			description: 'Only the levels at these locations: numeric IDs separated by commas',
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['inventoryLevel'], operation: ['getAll'] } },
	fields,
);
