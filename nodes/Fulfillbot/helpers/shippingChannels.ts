import type { IDataObject, IHttpRequestOptions, IN8nHttpFullResponse, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { throwIfApiError } from '../../shared/errors';
import { describeFulfillbotError } from './errors';

// Picker for Shipping Order → Create: the shipping channels for the recipient's country (typed in,
// or the saved address's) and the parcel weight, from GET /logistics/shipping-methods (seed 001).

async function get(context: ILoadOptionsFunctions, url: string, qs: IDataObject = {}): Promise<unknown> {
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

function list(data: unknown): IDataObject[] {
	if (Array.isArray(data)) return data as IDataObject[];
	const items = (data as { items?: unknown } | undefined)?.items;
	return Array.isArray(items) ? (items as IDataObject[]) : [];
}

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value).trim());

/** The destination country as far as the node's current parameters tell (undefined if unknown). */
async function recipientCountry(context: ILoadOptionsFunctions): Promise<string | undefined> {
	const source = context.getCurrentNodeParameter('recipientSource');
	let country: string;
	if (source === 'savedAddress') {
		const id = text(context.getCurrentNodeParameter('addressId'));
		if (!id || id.startsWith('=')) return undefined;
		const address = list(await get(context, '/user/addresses')).find((a) => text(a.id) === id);
		country = text(address?.country);
	} else {
		country = text(context.getCurrentNodeParameter('recipientCountry'));
	}
	return /^[A-Z]{2}$/.test(country) ? country : undefined;
}

/** GET /logistics/shipping-methods?country=&weight= for the shipping order being edited. */
export async function getRecipientShippingChannels(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const qs: IDataObject = {};
	const country = await recipientCountry(this);
	if (country) qs.country = country;
	const weight = Number(this.getCurrentNodeParameter('weight'));
	if (Number.isFinite(weight) && weight > 0) qs.weight = Math.round(weight);
	return list(await get(this, '/logistics/shipping-methods', qs))
		.map((c) => ({
			name: text(c.name) || text(c.channelId),
			value: text(c.channelId),
			description: [text(c.carrier), c.deliveryDays ? `${text(c.deliveryDays)} days` : ''].filter(Boolean).join(' · '),
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}
