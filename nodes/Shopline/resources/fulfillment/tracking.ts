import type { INodeProperties } from 'n8n-workflow';

/** tracking_info_list (at most 10 entries) for Create and Update Tracking. */
export function trackingInfoFields(): INodeProperties[] {
	return [
		{
			displayName: 'Tracking Info',
			name: 'trackingInfo',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Tracking Number',
			default: {},
			description: 'Up to 10 tracking numbers for this shipment',
			options: [
				{
					displayName: 'Entry',
					name: 'entry',
					values: [
						{
							displayName: 'Tracking Company',
							name: 'trackingCompany',
							type: 'string',
							default: '',
							placeholder: 'DHL',
							description: 'The logistics provider, as in SHOPLINE’s logistics company list',
						},
						{
							displayName: 'Tracking Number',
							name: 'trackingNumber',
							type: 'string',
							default: '',
							placeholder: '123456789012345',
						},
						{
							displayName: 'Tracking URL',
							name: 'trackingUrl',
							type: 'string',
							default: '',
							placeholder: 'www.example.com',
							description: 'The logistics company’s tracking site',
						},
					],
				},
			],
		},
		{
			displayName: 'Notify Customer',
			name: 'notifyCustomer',
			type: 'boolean',
			default: false,
			description: 'Whether SHOPLINE emails the customer about this shipment',
		},
	];
}
