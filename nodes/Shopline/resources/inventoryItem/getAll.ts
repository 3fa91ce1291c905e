import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { checkInventoryItemIds } from '../../helpers/inventory';
import { shoplineOutput } from '../../helpers/output';
import { inventoryItemIdsField } from '../catalogIds';

// GET inventory_items.json?ids= (get_inventory_items): the IDs are required; no paging.
export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many inventory items',
	description: 'Get inventory items by their IDs (at most 50 per item)',
	routing: {
		request: { method: 'GET', url: '/inventory_items.json' },
		send: { preSend: [checkInventoryItemIds] },
		output: { postReceive: shoplineOutput('inventory_items') },
	},
};

const fields: INodeProperties[] = [inventoryItemIdsField()];

export const description = updateDisplayOptions(
	{ show: { resource: ['inventoryItem'], operation: ['getAll'] } },
	fields,
);
