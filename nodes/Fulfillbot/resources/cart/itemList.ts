import type { INodeProperties } from 'n8n-workflow';

/** The "fields or JSON" switch of the cart's batch operations (see helpers/cartItems.ts). */
export function inputModeField(operation: string, preSend: NonNullable<NonNullable<INodeProperties['routing']>['send']>['preSend']): INodeProperties {
	return {
		displayName: 'Input Mode',
		name: 'inputMode',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Using Fields Below', value: 'fields', description: 'Enter the items one by one' },
			{ name: 'Using JSON', value: 'json', description: 'Give a JSON array, e.g. from an earlier node' },
		],
		default: 'fields',
		displayOptions: { show: { resource: ['cart'], operation: [operation] } },
		// Builds and checks the body's list from whichever input the user chose.
		routing: { send: { preSend } },
	};
}
