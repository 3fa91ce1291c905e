import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { requiredValue, text, wholeNumber } from '../../shared/input/parameters';
import { asRows, readRows, type RowListNames } from '../../shared/input/rowList';
import { invalidField } from '../../shared/input/validation';

// The lists of POST /fulfillment (docs/api-notes.md#s2-fulfillment-create): items [{productId, quantity}], shipments [{items,
// prepaidLabels [{filePath}], shippingCarrierId, trackingNumber?}], attachments [{fileName, path}].

export interface LineItem {
	productId: string;
	quantity: number;
}

export const ITEM_LIST: RowListNames = {
	mode: 'itemsInputMode',
	collection: 'items',
	row: 'item',
	json: 'itemsJson',
	label: 'Items',
	example: '[{"productId": "3775cc37-30e7-4579-a58e-c9adda6fa88", "quantity": 2}]',
};

export const SHIPMENT_LIST: RowListNames = {
	mode: 'shipmentsInputMode',
	collection: 'shipments',
	row: 'shipment',
	json: 'shipmentsJson',
	label: 'Shipments',
	example:
		'[{"items": [{"productId": "3775cc37-...", "quantity": 2}], "prepaidLabels": [{"filePath": "https://..."}], "shippingCarrierId": "OTHER"}]',
};

export const DEFAULT_CARRIER = 'OTHER';

function lineItems(context: IExecuteSingleFunctions, rows: IDataObject[], at: string): LineItem[] {
	return rows.map((row, i) => {
		const productId = requiredValue(
			context,
			row.productId,
			`${at}[${i}].productId`,
			'Give every item the S2 product ID (from Product → Get Many).',
		);
		const quantity = wholeNumber(
			context,
			row.quantity,
			`${at}[${i}].quantity`,
			1,
			'Set the quantity to a whole number, 1 or more.',
		);
		return { productId, quantity };
	});
}

/** The fulfillment's items, checked; at least one. */
export function fulfillmentItems(context: IExecuteSingleFunctions): LineItem[] {
	const items = lineItems(context, readRows(context, ITEM_LIST), 'Items');
	if (!items.length)
		throw invalidField(
			context,
			'Items',
			'is empty',
			'Add at least one item (product and quantity).',
		);
	return items;
}

/**
 * A shipment's prepaid labels: fixedCollection `{label: [{filePath}]}`, or in JSON an array of
 * {filePath} or plain URLs. The docs' "pass empty string ... if no value" for this array field is
 * a copy of shippingMethod's text; an empty array is sent instead.
 */
function labels(context: IExecuteSingleFunctions, value: unknown, at: string): IDataObject[] {
	const list: unknown[] = Array.isArray(value)
		? value
		: asRows((value as IDataObject | undefined)?.label);
	return list.map((label, i) => {
		const filePath = requiredValue(
			context,
			label !== null && typeof label === 'object' ? (label as IDataObject).filePath : label,
			`${at}[${i}].filePath`,
			'Give each prepaid label the URL (filePath) of the label file.',
		);
		return { filePath };
	});
}

/** Per product: total quantity. */
function totals(items: LineItem[]): Map<string, number> {
	const sums = new Map<string, number>();
	for (const { productId, quantity } of items)
		sums.set(productId, (sums.get(productId) ?? 0) + quantity);
	return sums;
}

/** A shipment's own items: a JSON array, or the fixedCollection value `{item: [...]}`. */
function shipmentRows(context: IExecuteSingleFunctions, value: unknown, at: string): IDataObject[] {
	if (value === undefined || value === null || value === '') return [];
	const list: unknown[] = Array.isArray(value)
		? value
		: typeof value === 'object'
			? asRows((value as IDataObject).item)
			: [value];
	if (!Array.isArray(value) && typeof value !== 'object') {
		throw invalidField(
			context,
			at,
			`must be an array (got ${JSON.stringify(value)})`,
			'Give the shipment items as [{"productId": "...", "quantity": 1}].',
		);
	}
	return list.map((entry, j) => {
		if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
			throw invalidField(
				context,
				`${at}[${j}]`,
				`must be an object (got ${JSON.stringify(entry)})`,
				'Give each shipment item as {"productId": "...", "quantity": 1}.',
			);
		}
		return entry as IDataObject;
	});
}

/**
 * The shipments, checked against the items: per product, shipment quantities must add up to the
 * fulfillment's. No shipment given → one shipment with all items and no labels; a single shipment
 * with no items of its own carries all items.
 */
export function fulfillmentShipments(
	context: IExecuteSingleFunctions,
	items: LineItem[],
): IDataObject[] {
	const rows = readRows(context, SHIPMENT_LIST);
	if (!rows.length)
		return [
			{
				items: items.map((item) => ({ ...item })),
				prepaidLabels: [],
				shippingCarrierId: DEFAULT_CARRIER,
			},
		];
	const shipments = rows.map((row, i) => {
		const at = `Shipments[${i}]`;
		const given = shipmentRows(context, row.items, `${at}.items`);
		const shipmentItems =
			given.length || rows.length > 1
				? lineItems(context, given, `${at}.items`)
				: items.map((item) => ({ ...item }));
		if (!shipmentItems.length) {
			throw invalidField(
				context,
				`${at}.items`,
				'is empty',
				'With several shipments, give each one its items (product and quantity).',
			);
		}
		const shipment: IDataObject = {
			items: shipmentItems,
			prepaidLabels: labels(context, row.prepaidLabels, `${at}.prepaidLabels`),
			shippingCarrierId: text(row.shippingCarrierId) || DEFAULT_CARRIER,
		};
		const trackingNumber = text(row.trackingNumber);
		if (trackingNumber) shipment.trackingNumber = trackingNumber;
		return shipment;
	});
	const wanted = totals(items);
	const shipped = totals(shipments.flatMap((s) => s.items as LineItem[]));
	const mismatches = [...new Set([...wanted.keys(), ...shipped.keys()])]
		.filter((id) => wanted.get(id) !== shipped.get(id))
		.map(
			(id) =>
				`product ${id}: ${wanted.get(id) ?? 0} in Items, ${shipped.get(id) ?? 0} in Shipments`,
		);
	if (mismatches.length) {
		throw invalidField(
			context,
			'Shipments',
			`item quantities do not add up to Items (${mismatches.join('; ')})`,
			'Each product’s quantities across all shipments must equal its quantity in Items. Adjust the shipments, or remove them to ship everything in one shipment.',
		);
	}
	return shipments;
}

/** Attachments [{fileName, path}]; [] when none (docs/api-notes.md#s2-fulfillment-create). */
export function fulfillmentAttachments(context: IExecuteSingleFunctions): IDataObject[] {
	return asRows(context.getNodeParameter('attachments.attachment', [])).map((row, i) => {
		const path = requiredValue(
			context,
			row.path,
			`Attachments[${i}].path`,
			'Give each attachment the path or URL of the file.',
		);
		const fileName = requiredValue(
			context,
			row.fileName,
			`Attachments[${i}].fileName`,
			'Give each attachment a file name.',
		);
		return { fileName, path };
	});
}
