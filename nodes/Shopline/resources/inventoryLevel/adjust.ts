import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inventoryItemId, locationId } from '../../helpers/ids';
import { buildLevelAdjustBody } from '../../helpers/inventory';
import { shoplineOutput } from '../../helpers/output';

// POST inventory_levels/adjust.json {inventory_item_id, location_id, available_adjustment} (update_item_inventory).
export const option: INodePropertyOptions = {
	name: 'Adjust',
	value: 'adjust',
	action: 'Adjust the stock of an item at a location',
	description: 'Add to or remove from the available stock of an item at a location',
	routing: {
		request: { method: 'POST', url: '/inventory_levels/adjust.json' },
		send: { preSend: [buildLevelAdjustBody] },
		output: { postReceive: shoplineOutput('inventory_level') },
	},
};

const fields: INodeProperties[] = [
	inventoryItemId.field(),
	locationId.field(),
	{
		displayName: 'Adjustment',
		name: 'availableAdjustment',
		type: 'number',
		typeOptions: { numberPrecision: 0 },
		required: true,
		default: 1,
		description: 'How much to add (positive) or remove (negative)',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['inventoryLevel'], operation: ['adjust'] } },
	fields,
);
