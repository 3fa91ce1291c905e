import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { wholeNumber } from '../../shared/input/parameters';
import { readRows, type RowListNames } from '../../shared/input/rowList';
import { invalidField } from '../../shared/input/validation';
import type { LineItem } from './body';
import { longId } from './checks';
import { records } from './output';
import { shoplineGet } from './shoplineGet';

// The line items of Create Fulfillment: from the fixedCollection (`lineItems.item`), a JSON array
// (`lineItemsJson`), or read from the order ("All Unfulfilled Line Items": one GET first).

const ID_FIX =
	'Pick the line item from the list, or use a line item `id` from the order (Order → Get).';
const QTY_FIX = 'Set the quantity to a whole number, 1 or more.';

const LINE_ITEM_LIST: RowListNames = {
	mode: 'lineItemsSource',
	collection: 'lineItems',
	row: 'item',
	json: 'lineItemsJson',
	label: 'Line Items',
	example: '[{"id": "12345678901234", "quantity": 1}]',
};

/** The line items given in the node (fields or JSON), checked; undefined for "All Unfulfilled". */
export function givenLineItems(context: IExecuteSingleFunctions): LineItem[] | undefined {
	const source = context.getNodeParameter('lineItemsSource', 'fields') as string;
	if (source === 'allUnfulfilled') return undefined;
	const rows = readRows(context, LINE_ITEM_LIST);
	if (!rows.length)
		throw invalidField(
			context,
			'Line Items',
			'is empty',
			'Add at least one line item and its quantity, or choose "All Unfulfilled Line Items".',
		);
	return rows.map((row, i) => ({
		id: longId(context, row.id, `Line Items[${i}].id`, ID_FIX),
		quantity: wholeNumber(context, row.quantity, `Line Items[${i}].quantity`, 1, QTY_FIX),
	}));
}

/** GET orders.json?ids=…&status=any: the order, or a clear "not found" error. */
export async function readOrder(
	context: IExecuteSingleFunctions,
	orderId: string,
): Promise<IDataObject> {
	const { body } = await shoplineGet(context, '/orders.json', { ids: orderId, status: 'any' });
	const order = records(body, 'orders').find((o) => String(o.id) === orderId);
	if (!order) {
		throw new NodeOperationError(context.getNode(), `SHOPLINE order ${orderId} not found`, {
			description:
				'No order with this ID in the store. Use the order’s numeric ID from Order → Get Many, not its name such as #1001.',
			itemIndex: context.getItemIndex(),
		});
	}
	return order;
}

/** Every line item of the order that can still ship, with its fulfillable quantity. */
export async function unfulfilledLineItems(
	context: IExecuteSingleFunctions,
	orderId: string,
): Promise<LineItem[]> {
	const order = await readOrder(context, orderId);
	const lines = Array.isArray(order.line_items) ? (order.line_items as IDataObject[]) : [];
	const open = lines.filter((line) => Number(line.fulfillable_quantity) > 0);
	if (!open.length) {
		throw new NodeOperationError(
			context.getNode(),
			`SHOPLINE order ${orderId} has no unfulfilled line items`,
			{
				description:
					'Every line item’s fulfillable quantity is 0, so there is nothing left to ship. No fulfillment was created.',
				itemIndex: context.getItemIndex(),
			},
		);
	}
	return open.map((line, i) => ({
		id: longId(
			context,
			line.id,
			`Order line_items[${i}].id`,
			'The order’s line item ID could not be read exactly; pick the line items yourself.',
		),
		quantity: wholeNumber(
			context,
			line.fulfillable_quantity,
			`Order line_items[${i}].fulfillable_quantity`,
			1,
			'Pick the line items yourself.',
		),
	}));
}
