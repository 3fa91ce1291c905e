import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { fulfillbotGet } from './fulfillbotGet';
import { records } from './output';
import { text } from '../../shared/input/parameters';

// Picker for Shipping Order → Create: the shipping channels for the recipient's country (typed in,
// or the saved address's) and the parcel weight, from GET /logistics/shipping-methods (docs/api-notes.md#fulfillbot-logistics).

/** The destination country as far as the node's current parameters tell (undefined if unknown). */
async function recipientCountry(context: ILoadOptionsFunctions): Promise<string | undefined> {
	const source = context.getCurrentNodeParameter('recipientSource');
	let country: string;
	if (source === 'savedAddress') {
		const id = text(context.getCurrentNodeParameter('addressId'));
		if (!id || id.startsWith('=')) return undefined;
		const address = records(await fulfillbotGet(context, '/user/addresses')).find(
			(a) => text(a.id) === id,
		);
		country = text(address?.country);
	} else {
		country = text(context.getCurrentNodeParameter('recipientCountry'));
	}
	return /^[A-Z]{2}$/.test(country) ? country : undefined;
}

/** GET /logistics/shipping-methods?country=&weight= for the shipping order being edited. */
export async function getRecipientShippingChannels(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const qs: IDataObject = {};
	const country = await recipientCountry(this);
	if (country) qs.country = country;
	const weight = Number(this.getCurrentNodeParameter('weight'));
	if (Number.isFinite(weight) && weight > 0) qs.weight = Math.round(weight);
	return records(await fulfillbotGet(this, '/logistics/shipping-methods', qs))
		.map((c) => ({
			name: text(c.name) || text(c.channelId),
			value: text(c.channelId),
			description: [text(c.carrier), c.deliveryDays ? `${text(c.deliveryDays)} days` : '']
				.filter(Boolean)
				.join(' · '),
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}
