import type { INodeProperties } from 'n8n-workflow';

import { textField as text } from '../commonFields';
import { optionsField } from '../../../shared/description/optionsField';

/** Variant fields of create_a_variant / update_a_variant (SDK v20260301), under their API names. */
export function variantFields(): INodeProperties[] {
	const flag = (displayName: string, name: string, description: string): INodeProperties => ({
		displayName,
		name,
		type: 'boolean',
		default: true,
		description,
	});
	return [
		text('Barcode', 'barcode', 'At most 255 characters'),
		text('Compare At Price', 'compare_at_price', 'The original price, e.g. 129.99'),
		optionsField(
			'Inventory Policy',
			'inventory_policy',
			[
				{ name: 'Continue', value: 'continue', description: 'Allow overselling' },
				{ name: 'Deny', value: 'deny', description: 'No overselling (SHOPLINE’s default)' },
			],
			'deny',
		),
		flag('Inventory Tracker', 'inventory_tracker', 'Whether SHOPLINE tracks this variant’s stock'),
		...[1, 2, 3, 4, 5].map((n) =>
			text(`Option ${n}`, `option${n}`, `The variant’s value of the product’s option ${n}`),
		),
		text('Price', 'price', 'The selling price, e.g. 90.22'),
		flag('Required Shipping', 'required_shipping', 'Whether the variant must be shipped'),
		text('SKU', 'sku', 'The merchant’s SKU (not the variant ID), at most 255 characters'),
		flag('Taxable', 'taxable', 'Whether the variant is taxed'),
		text('Weight', 'weight', 'Above 0, in the weight unit'),
		optionsField(
			'Weight Unit',
			'weight_unit',
			[
				{ name: 'Gram', value: 'g' },
				{ name: 'Kilogram', value: 'kg' },
				{ name: 'Ounce', value: 'oz' },
				{ name: 'Pound', value: 'lb' },
			],
			'g',
		),
	];
}
