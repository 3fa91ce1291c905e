import type { INodeProperties } from 'n8n-workflow';

/** A batch row's cart item `id` (batch update and remove). */
export const cartItemIdValue: INodeProperties = {
	displayName: 'Item ID',
	name: 'id',
	type: 'string',
	default: '',
	placeholder: '502',
	description: 'The cart item’s ID (from Cart → Get)',
};
