import type { INodeProperties } from 'n8n-workflow';

import { fulfillbotOutput } from '../../helpers/output';
import { pagedGet } from '../../helpers/pagedGet';
import { walletGetTransactionsDescription } from './getTransactions';

export const walletDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['wallet'] } },
		options: [
			{
				name: 'Get Balance',
				value: 'getBalance',
				action: 'Get the wallet balance',
				description: 'Get the balance, frozen balance and available balance',
				routing: {
					request: { method: 'GET', url: '/user/wallet/balance' },
					output: { postReceive: fulfillbotOutput },
				},
			},
			{
				name: 'Get Transactions',
				value: 'getTransactions',
				action: 'Get wallet transactions',
				description: 'Get the balance transaction history',
				routing: pagedGet('/user/wallet/transactions'),
			},
		],
		default: 'getBalance',
	},
	...walletGetTransactionsDescription,
];
