import type { INodeProperties } from 'n8n-workflow';

import { idField } from '../../../shared/description/idField';

/** PATCH and DELETE /cart/items/:itemId take the cart item's `id` (from GET /cart) in the URL. */
export function cartItemIdField(): INodeProperties {
	return idField(
		'Item ID',
		'itemId',
		'502',
		'The cart item’s ID (from Cart → Get), not the product ID',
	);
}

/** A batch row's cart item `id` (batch update and remove). */
export const cartItemIdValue: INodeProperties = {
	displayName: 'Item ID',
	name: 'id',
	type: 'string',
	default: '',
	placeholder: '502',
	description: 'The cart item’s ID (from Cart → Get)',
};
