import type { INodeProperties } from 'n8n-workflow';

// The two fields of an S2 item row (order items, fulfillment items, shipment items).

export const productPicker: INodeProperties = {
	displayName: 'Product Name or ID',
	name: 'productId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getProducts' },
	default: '',
	description:
		'The S2 product. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const quantityField: INodeProperties = {
	displayName: 'Quantity',
	name: 'quantity',
	type: 'number',
	typeOptions: { minValue: 1, numberPrecision: 0 },
	default: 1,
};
