import type { IDataObject, IHttpRequestOptions, IN8nHttpFullResponse, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { throwIfApiError } from '../../shared/errors';
import { describeFulfillbotError } from '../helpers/errors';

// Pickers for the Fulfillbot node's dropdowns. Each is one GET; API errors become the same
// NodeApiError the operations throw (the API's message, never the key).

async function fulfillbotGet(context: ILoadOptionsFunctions, url: string, qs: IDataObject = {}): Promise<unknown> {
	const credentials = await context.getCredentials('fulfillbotApi');
	const options: IHttpRequestOptions = {
		method: 'GET',
		baseURL: String(credentials.baseUrl ?? '').replace(/\/+$/, ''),
		url,
		qs,
		headers: { Accept: 'application/json' },
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
	};
	const response = (await context.helpers.httpRequestWithAuthentication.call(context, 'fulfillbotApi', options)) as IN8nHttpFullResponse;
	throwIfApiError(context.getNode(), response, describeFulfillbotError);
	const body = response.body as { data?: unknown } | undefined;
	return body && typeof body === 'object' && 'data' in body ? body.data : body;
}

/** Records of a plain-array (`data: [...]`) or paged (`data: {items: [...]}`) answer. */
function records(data: unknown): IDataObject[] {
	if (Array.isArray(data)) return data as IDataObject[];
	const items = (data as { items?: unknown } | undefined)?.items;
	return Array.isArray(items) ? (items as IDataObject[]) : [];
}

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
