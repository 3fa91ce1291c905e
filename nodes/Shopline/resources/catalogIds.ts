import type { INodeProperties } from 'n8n-workflow';

/** Several inventory items (Inventory Item → Get Many, Inventory Level → Get Many); checked by helpers/inventory.ts. */
export function inventoryItemIdsField(): INodeProperties {
	return {
		displayName: 'Inventory Item IDs',
		name: 'inventoryItemIds',
		type: 'string',
		required: true,
		default: '',
		placeholder: '5703943240925324252,5703943989105270965',
		description: 'Numeric inventory item IDs separated by commas, at most 50',
	};
}
