import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inventoryItemId, locationId } from '../../helpers/ids';
import { buildLevelSetBody } from '../../helpers/inventory';
import { shoplineOutput } from '../../helpers/output';

// POST inventory_levels/set.json {inventory_item_id, location_id, available} (set_item_inventory); available is always sent, 0 too.
export const option: INodePropertyOptions = {
	name: 'Set',
	value: 'set',
	action: 'Set the stock of an item at a location',
	description: 'Set the available stock of an item at a location (0 included)',
	routing: {
		request: { method: 'POST', url: '/inventory_levels/set.json' },
		send: { preSend: [buildLevelSetBody] },
		output: { postReceive: shoplineOutput('inventory_level') },
	},
};

const fields: INodeProperties[] = [
	inventoryItemId.field(),
	locationId.field(),
	{
		displayName: 'Available',
		name: 'available',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 0 },
		required: true,
		default: 0,
		description: 'The new available quantity; 0 is sent as 0',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['inventoryLevel'], operation: ['set'] } },
	fields,
);
