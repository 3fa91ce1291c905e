import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inventoryItemId } from '../../helpers/ids';
import { checkInventoryItemId } from '../../helpers/inventory';
import { shoplineOutput } from '../../helpers/output';

// GET inventory_items/{id}.json (get_an_inventory_item).
export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get an inventory item',
	description: 'Get an inventory item (SKU, cost, tracked)',
	routing: {
		request: { method: 'GET', url: '/inventory_items/{inventoryItemId}.json' },
		send: { preSend: [inventoryItemId.fill, checkInventoryItemId] },
		output: { postReceive: shoplineOutput('inventory_item') },
	},
};

const fields: INodeProperties[] = [inventoryItemId.field()];

export const description = updateDisplayOptions(
	{ show: { resource: ['inventoryItem'], operation: ['get'] } },
	fields,
);
