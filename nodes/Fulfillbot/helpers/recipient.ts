import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';

import { checkResponse } from '../../shared/transport/errors';
import { invalidField } from '../../shared/input/validation';
import { describeFulfillbotError, FULFILLBOT_CREDENTIAL } from './errors';
import { requiredValue, text } from '../../shared/input/parameters';

// The recipient of a shipping order (POST /shipping/create, docs/api-notes.md#fulfillbot-shipping-orders): typed in, or taken from one
// of the saved addresses (GET /user/addresses). Either way the same checks run before the create.

/** Saved-address field → shipping-order field (GET /user/addresses → POST /shipping/create). */
export const ADDRESS_TO_RECIPIENT = {
	name: 'recipientName',
	phone: 'recipientPhone',
	country: 'recipientCountry',
	state: 'recipientState',
	city: 'recipientCity',
	address: 'recipientAddress',
	zipCode: 'recipientZipCode',
} as const;

type RecipientField = (typeof ADDRESS_TO_RECIPIENT)[keyof typeof ADDRESS_TO_RECIPIENT];

const LABELS: Record<RecipientField, string> = {
	recipientName: 'Recipient Name',
	recipientPhone: 'Recipient Phone',
	recipientCountry: 'Recipient Country',
	recipientState: 'Recipient State',
	recipientCity: 'Recipient City',
	recipientAddress: 'Recipient Address',
	recipientZipCode: 'Recipient Zip Code',
};

/** Every recipient field but the state is required by the API. */
const REQUIRED: RecipientField[] = [
	'recipientName',
	'recipientPhone',
	'recipientCountry',
	'recipientCity',
	'recipientAddress',
	'recipientZipCode',
];

const COUNTRY_CODE = /^[A-Z]{2}$/;

/** GET /user/addresses through the node's credential; `data` is the list (docs/api-notes.md#fulfillbot-envelope). */
async function savedAddresses(
	context: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IDataObject[]> {
	const response = (await context.helpers.httpRequestWithAuthentication.call(
		context,
		'fulfillbotApi',
		{
			method: 'GET',
			baseURL: requestOptions.baseURL,
			url: '/user/addresses',
			headers: { Accept: 'application/json' },
			json: true,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: requestOptions.timeout,
		},
	)) as IN8nHttpFullResponse;
	await checkResponse(context, FULFILLBOT_CREDENTIAL, response, describeFulfillbotError);
	const data = (response.body as { data?: unknown } | undefined)?.data;
	const list = Array.isArray(data)
		? data
		: ((data as { items?: unknown } | undefined)?.items ?? []);
	return Array.isArray(list) ? (list as IDataObject[]) : [];
}

/**
 * The recipient fields for POST /shipping/create, checked: required fields present, country two
 * capital letters. With "Saved Address", the address is read first (one GET) and mapped.
 */
export async function shippingRecipient(
	context: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IDataObject> {
	const source = context.getNodeParameter('recipientSource', 'fields') as string;
	const recipient: Partial<Record<RecipientField, string>> = {};
	let origin = '';
	if (source === 'savedAddress') {
		const id = requiredValue(
			context,
			context.getNodeParameter('addressId', ''),
			'Saved Address',
			'Pick a saved address, or use an ID from Address → Get Many.',
		);
		const address = (await savedAddresses(context, requestOptions)).find((a) => text(a.id) === id);
		if (!address) {
			throw invalidField(
				context,
				'Saved Address',
				`no saved address has ID ${id}`,
				'Pick one from the list, or save the address first (Address → Create).',
			);
		}
		for (const [from, to] of Object.entries(ADDRESS_TO_RECIPIENT))
			recipient[to] = text(address[from]);
		origin = ` (saved address ${id})`;
	} else {
		for (const field of Object.values(ADDRESS_TO_RECIPIENT))
			recipient[field] = text(context.getNodeParameter(field, ''));
	}
	for (const field of REQUIRED) {
		if (!recipient[field]) {
			const fix = origin
				? 'Complete the saved address (Address → Update), or enter the recipient below.'
				: `Enter the ${LABELS[field].toLowerCase()}.`;
			throw invalidField(context, `${LABELS[field]}${origin}`, 'is required', fix);
		}
	}
	if (!COUNTRY_CODE.test(recipient.recipientCountry ?? '')) {
		throw invalidField(
			context,
			`${LABELS.recipientCountry}${origin}`,
			`must be a two-letter country code in capitals, such as US or GB (got ${JSON.stringify(recipient.recipientCountry)})`,
			'Pick the country from the list, or use a code from Logistics → Get Countries.',
		);
	}
	const body: IDataObject = {};
	for (const field of Object.values(ADDRESS_TO_RECIPIENT)) {
		if (recipient[field]) body[field] = recipient[field];
	}
	return body;
}
