import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inventoryItemId } from '../../helpers/ids';
import { buildInventoryItemBody } from '../../helpers/inventory';
import { shoplineOutput } from '../../helpers/output';
import { updateFieldsCollection } from '../../../shared/description/listFields';

// PUT inventory_items/{id}.json {inventory_item: {cost, sku, tracked, required_shipping}}.
export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update an inventory item',
	description: 'Change an inventory item’s cost, SKU or tracking',
	routing: {
		request: { method: 'PUT', url: '/inventory_items/{inventoryItemId}.json' },
		send: { preSend: [inventoryItemId.fill, buildInventoryItemBody] },
		output: { postReceive: shoplineOutput('inventory_item') },
	},
};

const fields: INodeProperties[] = [
	inventoryItemId.field(),
	updateFieldsCollection([
		{
			displayName: 'Cost',
			name: 'cost',
			type: 'string',
			default: '',
			description: 'The cost price, e.g. 10.91',
		},
		{
			displayName: 'Required Shipping',
			name: 'required_shipping',
			type: 'boolean',
			default: true,
			description: 'Whether the item must be shipped',
		},
		{
			displayName: 'SKU',
			name: 'sku',
			type: 'string',
			default: '',
			description: 'The SKU, at most 255 characters',
		},
		{
			displayName: 'Tracked',
			name: 'tracked',
			type: 'boolean',
			default: true,
			description: 'Whether SHOPLINE tracks this item’s stock',
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['inventoryItem'], operation: ['update'] } },
	fields,
);
