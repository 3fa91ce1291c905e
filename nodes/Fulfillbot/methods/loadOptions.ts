import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { fulfillbotGet } from '../helpers/fulfillbotGet';
import { records } from '../helpers/output';
import { rawText } from '../../shared/input/parameters';

// Pickers for the Fulfillbot node's dropdowns, one GET each.

function byName(a: INodePropertyOptions, b: INodePropertyOptions): number {
	return a.name.localeCompare(b.name);
}

/** A parameter of the node being edited, looked up at top level and in `filters`, if set. */
function current(context: ILoadOptionsFunctions, name: string): unknown {
	const value =
		context.getCurrentNodeParameter(name) ?? context.getCurrentNodeParameter(`filters.${name}`);
	return value === '' ? undefined : value;
}

/** GET /logistics/countries: "United States (US)" → US. */
export async function getCountries(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return records(await fulfillbotGet(this, '/logistics/countries'))
		.map((c) => ({ name: `${rawText(c.name)} (${rawText(c.code)})`, value: rawText(c.code) }))
		.sort(byName);
}

/**
 * GET /logistics/shipping-methods, narrowed to the country and weight already set on the node
 * (the parameters `country`/`weight`, or the same names under `filters`, when present).
 */
export async function getShippingChannels(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const qs: IDataObject = {};
	const country = current(this, 'country');
	const weight = current(this, 'weight');
	const cargoType = current(this, 'cargoType');
	if (typeof country === 'string' && /^[A-Z]{2}$/.test(country)) qs.country = country;
	if (typeof weight === 'number' && weight > 0) qs.weight = weight;
	if (typeof cargoType === 'string') qs.cargoType = cargoType;
	return records(await fulfillbotGet(this, '/logistics/shipping-methods', qs))
		.map((c) => ({
			name: rawText(c.name),
			value: rawText(c.channelId),
			description: [rawText(c.carrier), c.deliveryDays ? `${rawText(c.deliveryDays)} days` : '']
				.filter(Boolean)
				.join(' · '),
		}))
		.sort(byName);
}

/** GET /user/addresses: "John Doe, 123 Main St, Los Angeles, US" → id. */
export async function getAddresses(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return records(await fulfillbotGet(this, '/user/addresses')).map((a) => ({
		name:
			[a.name, a.address, a.city, a.country].map(rawText).filter(Boolean).join(', ') +
			(a.isDefault ? ' (default)' : ''),
		value: typeof a.id === 'number' ? a.id : rawText(a.id),
	}));
}

/** GET /user/coupons/my: the claimed coupons, which an order can apply. */
export async function getCoupons(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return records(await fulfillbotGet(this, '/user/coupons/my')).map((c) => {
		const value =
			c.type === 'percentage'
				? `${rawText(c.value)}% off`
				: c.value !== undefined
					? `${rawText(c.value)} off`
					: '';
		const minimum = c.minOrderAmount ? `orders from ${rawText(c.minOrderAmount)}` : '';
		const expires = c.expiresAt ? `expires ${rawText(c.expiresAt).slice(0, 10)}` : '';
		return {
			name: rawText(c.name) || `Coupon ${rawText(c.id)}`,
			value: typeof c.id === 'number' ? c.id : rawText(c.id),
			description: [value, minimum, expires].filter(Boolean).join(' · '),
		};
	});
}
