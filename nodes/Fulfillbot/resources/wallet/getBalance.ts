import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fulfillbotOutput } from '../../helpers/output';

export const option: INodePropertyOptions = {
	name: 'Get Balance',
	value: 'getBalance',
	action: 'Get the wallet balance',
	description: 'Get the balance, frozen balance and available balance',
	routing: {
		request: { method: 'GET', url: '/user/wallet/balance' },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [];

export const description = updateDisplayOptions(
	{ show: { resource: ['wallet'], operation: ['getBalance'] } },
	fields,
);
