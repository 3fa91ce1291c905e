import type { INodeProperties } from 'n8n-workflow';

// S2's Address Object (docs/api-notes.md#s2-address). Read and checked by helpers/address.ts; every field is sent,
// '' where left empty, as the docs require.
export function addressFields(what: string): INodeProperties[] {
	const field = (p: Omit<INodeProperties, 'type' | 'default'>): INodeProperties => ({
		type: 'string',
		default: '',
		...p,
	});
	return [
		field({
			displayName: `${what}: Name`,
			name: 'addressName',
			required: true,
			description: 'Full name of the recipient',
		}),
		field({
			displayName: `${what}: Company`,
			name: 'addressCompany',
			description: 'Company name, if any (sent as an empty string when left empty)',
		}),
		field({
			displayName: `${what}: Address Line 1`,
			name: 'address1',
			required: true,
			description: 'Street address',
		}),
		field({
			displayName: `${what}: Address Line 2`,
			name: 'address2',
			description: 'Apartment, suite, unit',
		}),
		field({ displayName: `${what}: City`, name: 'addressCity', required: true }),
		field({
			displayName: `${what}: State`,
			name: 'addressState',
			description: 'State or province',
		}),
		field({
			displayName: `${what}: Postal Code`,
			name: 'addressPostalCode',
			description: 'Postal or ZIP code',
		}),
		field({
			displayName: `${what}: Country`,
			name: 'addressCountryId',
			required: true,
			placeholder: 'US',
			description: 'Two-letter ISO 3166-1 alpha-2 country code, e.g. US, CA, CN',
		}),
		field({ displayName: `${what}: Phone`, name: 'addressPhone' }),
		field({ displayName: `${what}: Email`, name: 'addressEmail', placeholder: 'name@email.com' }),
	];
}
