import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inventoryItemId, locationId } from '../../helpers/ids';
import { buildLevelDisconnectQuery } from '../../helpers/inventory';
import { shoplineOutput } from '../../helpers/output';

// DELETE inventory_levels/disconnect.json?inventory_item_id=&location_id= (the SDK sends both in the query); no body in the answer.
export const option: INodePropertyOptions = {
	name: 'Disconnect',
	value: 'disconnect',
	action: 'Disconnect an item from a location',
	description: 'Stop stocking an inventory item at a location (its level there is removed)',
	routing: {
		request: { method: 'DELETE', url: '/inventory_levels/disconnect.json' },
		send: { preSend: [buildLevelDisconnectQuery] },
		output: { postReceive: shoplineOutput() },
	},
};

const fields: INodeProperties[] = [inventoryItemId.field(), locationId.field()];

export const description = updateDisplayOptions(
	{ show: { resource: ['inventoryLevel'], operation: ['disconnect'] } },
	fields,
);
