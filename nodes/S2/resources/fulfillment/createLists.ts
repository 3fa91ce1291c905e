import type { INodeProperties } from 'n8n-workflow';

import { rowListFields } from '../../../shared/input/rowList';
import { ITEM_LIST, SHIPMENT_LIST } from '../../helpers/fulfillmentLists';
import { productPicker, quantityField } from '../common/lineItem';

// items and shipments of POST /fulfillment (docs/api-notes.md#s2-fulfillment-create), each from fields or JSON; checked by
// helpers/fulfillmentLists.ts (shipment quantities must add up to the items).
export const fulfillmentCreateLists: INodeProperties[] = [
	...rowListFields({
		...ITEM_LIST,
		displayName: 'Items',
		rowDisplayName: 'Item',
		rows: 'items',
		placeholder: 'Add Item',
		description: 'The products and quantities to fulfill',
		values: [productPicker, quantityField],
		jsonDefault: '[\n  { "productId": "", "quantity": 1 }\n]',
		jsonDescription: 'Array of {productId, quantity}',
	}),
	...rowListFields({
		...SHIPMENT_LIST,
		displayName: 'Shipments',
		rowDisplayName: 'Shipment',
		rows: 'shipments',
		placeholder: 'Add Shipment',
		description:
			'How the items are split into packages. Add none to send everything in one shipment without prepaid labels (carrier OTHER). A single shipment with no items of its own carries all items. With several, each product’s quantities must add up to its quantity in Items.',
		values: [
			{
				displayName: 'Items',
				name: 'items',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				placeholder: 'Add Item',
				default: {},
				options: [{ displayName: 'Item', name: 'item', values: [productPicker, quantityField] }],
			},
			{
				displayName: 'Prepaid Labels',
				name: 'prepaidLabels',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				placeholder: 'Add Prepaid Label',
				default: {},
				options: [
					{
						displayName: 'Label',
						name: 'label',
						values: [
							{
								displayName: 'File Path',
								name: 'filePath',
								type: 'string',
								default: '',
								description: 'URL (or S2 file path) of the pre-generated shipping label',
							},
						],
					},
				],
			},
			{
				displayName: 'Shipping Carrier ID',
				name: 'shippingCarrierId',
				type: 'string',
				default: 'OTHER',
				description: 'S2 carrier ID; OTHER when not known (S2 publishes no carrier list endpoint)',
			},
			{
				displayName: 'Tracking Number',
				name: 'trackingNumber',
				type: 'string',
				default: '',
				description: 'Tracking number to use for this shipment, if it already has one',
			},
		],
		jsonDefault: '[]',
		jsonDescription:
			'Array of {items: [{productId, quantity}], prepaidLabels: [{filePath}], shippingCarrierId?, trackingNumber?}. An empty array sends everything in one shipment.',
	}),
];
