import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { text } from '../../shared/input/parameters';
import { invalidField, validate } from '../../shared/input/validation';
import { catalogFields } from './catalog';
import { idList, inventoryItemId, locationId, numericParam } from './ids';

// Inventory items and levels (official Go SDK, rest/admin/v20260301/product/: get_inventory_items,
// update_an_inventory_item, get_inventory_quantities, set_item_inventory, update_item_inventory,
// link_an_inventory_item_to_a_location, disconnect_an_inventory_item_from_a_location).

/**
 * The SDK names no maximum (docs/api-notes.md#shopline-catalog) for `ids` / `inventory_item_ids` / `location_ids` and no paging for these
 * two lists; 50 per request is the most conservative figure we know of (Shopify's, whose API this one
 * follows). A list that needs more is split into several items (one request each).
 */
export const MAX_INVENTORY_IDS = 50;

/** GET inventory_items.json?ids= (required). */
export const checkInventoryItemIds = validate(function (requestOptions) {
	const ids = idList(
		this,
		this.getNodeParameter('inventoryItemIds', ''),
		'Inventory Item IDs',
		MAX_INVENTORY_IDS,
		true,
	);
	requestOptions.qs = { ...requestOptions.qs, ids };
});

export const checkInventoryItemId = validate(function () {
	numericParam(this, inventoryItemId);
});

/** PUT inventory_items/{id}.json {inventory_item: {cost, sku, tracked, required_shipping}}. */
export const buildInventoryItemBody = validate(function (requestOptions) {
	numericParam(this, inventoryItemId);
	const inventory_item = catalogFields(
		this,
		this.getNodeParameter('updateFields', {}) as IDataObject,
	);
	if (!Object.keys(inventory_item).length)
		throw invalidField(this, 'Update Fields', 'is empty', 'Add at least one field to change.');
	requestOptions.body = { inventory_item };
});

/** GET inventory_levels.json?inventory_item_ids= (required) &location_ids= (optional). */
export const checkLevelQuery = validate(function (requestOptions) {
	const items = idList(
		this,
		this.getNodeParameter('inventoryItemIds', ''),
		'Inventory Item IDs',
		MAX_INVENTORY_IDS,
		true,
	);
	const options = this.getNodeParameter('filters', {}) as IDataObject;
	const locations = idList(this, options.location_ids, 'Location IDs', MAX_INVENTORY_IDS, false);
	requestOptions.qs = {
		inventory_item_ids: items,
		...(locations ? { location_ids: locations } : {}),
	};
});

/** The item and location every level operation names: numeric IDs, sent as text (the SDK's type). */
function itemAndLocation(context: IExecuteSingleFunctions): IDataObject {
	return {
		inventory_item_id: numericParam(context, inventoryItemId),
		location_id: numericParam(context, locationId),
	};
}

/** A whole number from a number field or an expression's text, at least `min`. */
function quantity(
	context: IExecuteSingleFunctions,
	name: string,
	label: string,
	min: number,
): number {
	const value = context.getNodeParameter(name, '') as unknown;
	const raw = typeof value === 'number' ? value : Number(text(value));
	if (text(value) === '' || !Number.isSafeInteger(raw) || raw < min)
		throw invalidField(
			context,
			label,
			`must be a whole number${min === 0 ? ' of at least 0' : ''} (got ${JSON.stringify(value)})`,
			min === 0
				? 'Set the stock to 0 or more.'
				: 'Give a whole number: positive adds stock, negative removes it.',
		);
	return raw;
}

/**
 * POST inventory_levels/set.json {inventory_item_id, location_id, available}. `available` is always
 * in the body, 0 included (docs/api-notes.md#shopline-stock-zero): the Go SDK tags it `omitempty`, so a Go client setting stock to 0 sends
 * nothing and the store keeps its old count.
 */
export const buildLevelSetBody = validate(function (requestOptions) {
	const ids = itemAndLocation(this);
	requestOptions.body = { ...ids, available: quantity(this, 'available', 'Available', 0) };
});

/** POST inventory_levels/adjust.json {inventory_item_id, location_id, available_adjustment} (0 sent too). */
export const buildLevelAdjustBody = validate(function (requestOptions) {
	const ids = itemAndLocation(this);
	requestOptions.body = {
		...ids,
		available_adjustment: quantity(
			this,
			'availableAdjustment',
			'Adjustment',
			Number.MIN_SAFE_INTEGER,
		),
	};
});

/** POST inventory_levels/connect.json {inventory_item_id, location_id}. */
export const buildLevelConnectBody = validate(function (requestOptions) {
	requestOptions.body = itemAndLocation(this);
});

/** DELETE inventory_levels/disconnect.json?inventory_item_id=&location_id= (query, as the SDK sends it). */
export const buildLevelDisconnectQuery = validate(function (requestOptions) {
	requestOptions.qs = { ...requestOptions.qs, ...itemAndLocation(this) };
});

export const checkLocationId = validate(function () {
	numericParam(this, locationId);
});
