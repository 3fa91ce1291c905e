import type { INodeProperties } from 'n8n-workflow';

// An address as GET /user/addresses returns it: name, phone, country, state, city, address,
// zipCode, isDefault (docs/api-notes.md#fulfillbot-profile-bodies). Create and Update send these same fields.

const trimmed = (property: string) => ({
	send: { type: 'body' as const, property, value: '={{ String($value).trim() }}' },
});

/** The address fields, as top-level required fields (Create) or collection entries (Update). */
export function addressFields(required: boolean): INodeProperties[] {
	const req = required ? { required: true } : {};
	return [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			...req,
			default: '',
			placeholder: 'John Doe',
			description: 'Recipient’s full name',
			routing: trimmed('name'),
		},
		{
			displayName: 'Phone',
			name: 'phone',
			type: 'string',
			...req,
			default: '',
			placeholder: '+1-555-0123',
			description: 'Recipient’s phone number',
			routing: trimmed('phone'),
		},
		{
			displayName: 'Country Name or ID',
			name: 'country',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getCountries' },
			...req,
			default: '',
			description:
				'Country: a two-letter code such as US. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			routing: trimmed('country'),
		},
		{
			displayName: 'City',
			name: 'city',
			type: 'string',
			...req,
			default: '',
			placeholder: 'Los Angeles',
			routing: trimmed('city'),
		},
		{
			displayName: 'Address',
			name: 'address',
			type: 'string',
			...req,
			default: '',
			placeholder: '123 Main St',
			description: 'Street address',
			routing: trimmed('address'),
		},
		{
			displayName: 'Zip Code',
			name: 'zipCode',
			type: 'string',
			...req,
			default: '',
			placeholder: '90001',
			description: 'Postal or ZIP code',
			routing: trimmed('zipCode'),
		},
	];
}

export const stateField: INodeProperties = {
	displayName: 'State',
	name: 'state',
	type: 'string',
	default: '',
	placeholder: 'California',
	description: 'State or province',
	routing: trimmed('state'),
};

export const isDefaultField: INodeProperties = {
	displayName: 'Is Default',
	name: 'isDefault',
	type: 'boolean',
	default: false,
	description: 'Whether this becomes the default address',
	routing: { send: { type: 'body', property: 'isDefault' } },
};
