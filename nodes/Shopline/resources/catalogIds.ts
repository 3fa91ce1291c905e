import type { INodeProperties } from 'n8n-workflow';

import { idField } from '../../shared/description/idField';

// The catalog's ID fields. Product and Location are resource locators (a searchable list, or the ID);
// the operations read them through extractValue, so an expression giving the bare ID works too.

function locator(
	displayName: string,
	name: string,
	searchListMethod: string,
	placeholder: string,
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder,
				validation: [
					{
						type: 'regex',
						properties: { regex: '^\\s*\\d+\\s*$', errorMessage: 'A SHOPLINE ID is digits only' },
					},
				],
			},
		],
	};
}

export function productIdField(): INodeProperties {
	return locator(
		'Product',
		'productId',
		'searchProducts',
		'16057850264845250791280282',
		'The product, from the list or by its numeric ID (Product → Get Many)',
	);
}

export function locationIdField(): INodeProperties {
	return locator(
		'Location',
		'locationId',
		'searchLocations',
		'5421704248135526901',
		'The store location (warehouse) whose stock this is, from the list or by its numeric ID',
	);
}

export function variantIdField(): INodeProperties {
	return idField(
		'Variant ID',
		'variantId',
		'18057850264851626133510282',
		'The variant’s numeric ID, e.g. from Variant → Get Many or Find by SKU',
	);
}

export function inventoryItemIdField(): INodeProperties {
	return idField(
		'Inventory Item ID',
		'inventoryItemId',
		'5785060242375689228',
		'The variant’s inventory_item_id (Variant → Get or Find by SKU), not the variant ID',
	);
}

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
