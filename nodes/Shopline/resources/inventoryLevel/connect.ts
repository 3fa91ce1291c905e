import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inventoryItemId, locationId } from '../../helpers/ids';
import { buildLevelConnectBody } from '../../helpers/inventory';
import { shoplineOutput } from '../../helpers/output';

// POST inventory_levels/connect.json {inventory_item_id, location_id} (link_an_inventory_item_to_a_location).
export const option: INodePropertyOptions = {
	name: 'Connect',
	value: 'connect',
	action: 'Connect an item to a location',
	description: 'Stock an inventory item at a location',
	routing: {
		request: { method: 'POST', url: '/inventory_levels/connect.json' },
		send: { preSend: [buildLevelConnectBody] },
		output: { postReceive: shoplineOutput('inventory_level') },
	},
};

const fields: INodeProperties[] = [inventoryItemId.field(), locationId.field()];

export const description = updateDisplayOptions(
	{ show: { resource: ['inventoryLevel'], operation: ['connect'] } },
	fields,
);
