import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { invalidField, validate } from '../../../shared/validation';
import { fillPath } from '../../../shared/pathId';
import { checkCountryCode, requireText } from '../../helpers/checks';
import { fulfillbotOutput } from '../../helpers/output';
import { addressIdDescription } from './addressId';
import { addressCreateDescription } from './create';
import { REQUIRED_ADDRESS_FIELDS } from './fields';
import { addressUpdateDescription } from './update';

const showOnlyForAddress = { resource: ['address'] };

const LABELS: Record<string, string> = { name: 'Name', phone: 'Phone', country: 'Country', city: 'City', address: 'Address', zipCode: 'Zip Code' };

function blank(value: unknown): boolean {
	return value === undefined || value === null || String(value).trim() === '';
}

const checkCreate = validate(function () {
	for (const name of REQUIRED_ADDRESS_FIELDS) {
		requireText(this, name, LABELS[name], `Enter the recipient’s ${LABELS[name].toLowerCase()}.`);
	}
	checkCountryCode(this, this.getNodeParameter('country', ''), 'Country');
});

const addressPath = fillPath({ addressId: { label: 'Address', fix: 'Pick a saved address, or use an ID from Address → Get Many.' } });

const checkUpdate = validate(function () {
	const fields = this.getNodeParameter('updateFields', {}) as IDataObject;
	if (!Object.keys(fields).length) throw invalidField(this, 'Update Fields', 'is empty', 'Add at least one field to change.');
	for (const name of REQUIRED_ADDRESS_FIELDS) {
		if (name in fields && blank(fields[name])) {
			throw invalidField(this, `Update Fields › ${LABELS[name]}`, 'is empty', `Enter the ${LABELS[name].toLowerCase()}, or remove the field.`);
		}
	}
	if ('country' in fields) checkCountryCode(this, fields.country, 'Update Fields › Country');
});


const addressUrl = '/user/addresses/{addressId}';

export const addressDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForAddress },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an address',
				description: 'Save a new shipping address',
				routing: {
					request: { method: 'POST', url: '/user/addresses' },
					send: { preSend: [checkCreate] },
					output: { postReceive: fulfillbotOutput },
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete an address',
				description: 'Delete a saved address',
				routing: {
					request: { method: 'DELETE', url: addressUrl },
					send: { preSend: [addressPath] },
					output: { postReceive: fulfillbotOutput },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many addresses',
				description: 'Get the saved addresses',
				routing: {
					request: { method: 'GET', url: '/user/addresses' },
					output: { postReceive: fulfillbotOutput },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an address',
				description: 'Change a saved address',
				routing: {
					request: { method: 'PUT', url: addressUrl },
					send: { preSend: [addressPath, checkUpdate] },
					output: { postReceive: fulfillbotOutput },
				},
			},
		],
		default: 'getAll',
	},
	...addressIdDescription,
	...addressCreateDescription,
	...addressUpdateDescription,
];
