import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { fulfillbotGet, records } from '../helpers/fulfillbotGet';

// Pickers for the Fulfillbot node's dropdowns, one GET each.

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

function byName(a: INodePropertyOptions, b: INodePropertyOptions): number {
	return a.name.localeCompare(b.name);
}

/** A parameter of the node being edited, looked up at top level and in `filters`, if set. */
function current(context: ILoadOptionsFunctions, name: string): unknown {
	const value = context.getCurrentNodeParameter(name) ?? context.getCurrentNodeParameter(`filters.${name}`);
	return value === '' ? undefined : value;
}

/** GET /logistics/countries: "United States (US)" → US. */
export async function getCountries(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return records(await fulfillbotGet(this, '/logistics/countries'))
		.map((c) => ({ name: `${text(c.name)} (${text(c.code)})`, value: text(c.code) }))
		.sort(byName);
}

/**
 * GET /logistics/shipping-methods, narrowed to the country and weight already set on the node
 * (the parameters `country`/`weight`, or the same names under `filters`, when present).
 */
export async function getShippingChannels(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const qs: IDataObject = {};
	const country = current(this, 'country');
	const weight = current(this, 'weight');
	const cargoType = current(this, 'cargoType');
	if (typeof country === 'string' && /^[A-Z]{2}$/.test(country)) qs.country = country;
	if (typeof weight === 'number' && weight > 0) qs.weight = weight;
	if (typeof cargoType === 'string') qs.cargoType = cargoType;
	return records(await fulfillbotGet(this, '/logistics/shipping-methods', qs))
		.map((c) => ({
			name: text(c.name),
			value: text(c.channelId),
			description: [text(c.carrier), c.deliveryDays ? `${text(c.deliveryDays)} days` : ''].filter(Boolean).join(' · '),
		}))
		.sort(byName);
}

/** GET /user/addresses: "John Doe, 123 Main St, Los Angeles, US" → id. */
export async function getAddresses(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return records(await fulfillbotGet(this, '/user/addresses')).map((a) => ({
		name: [a.name, a.address, a.city, a.country].map(text).filter(Boolean).join(', ') + (a.isDefault ? ' (default)' : ''),
		value: typeof a.id === 'number' ? a.id : text(a.id),
	}));
}

/** GET /user/coupons/my: the claimed coupons, which an order can apply. */
export async function getCoupons(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return records(await fulfillbotGet(this, '/user/coupons/my')).map((c) => {
		const value = c.type === 'percentage' ? `${text(c.value)}% off` : c.value !== undefined ? `${text(c.value)} off` : '';
		const minimum = c.minOrderAmount ? `orders from ${text(c.minOrderAmount)}` : '';
		const expires = c.expiresAt ? `expires ${text(c.expiresAt).slice(0, 10)}` : '';
		return {
			name: text(c.name) || `Coupon ${text(c.id)}`,
			value: typeof c.id === 'number' ? c.id : text(c.id),
			description: [value, minimum, expires].filter(Boolean).join(' · '),
		};
	});
}
