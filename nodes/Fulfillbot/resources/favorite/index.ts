import type { INodeProperties } from 'n8n-workflow';

import { validate } from '../../../shared/validation';
import { fillPath } from '../../../shared/pathId';
import { requireText } from '../../helpers/checks';
import { fulfillbotOutput } from '../../helpers/output';
import { pagedGet } from '../../helpers/pagedGet';
import { favoriteAddDescription } from './add';
import { favoriteGetAllDescription } from './getAll';
import { favoriteRemoveDescription } from './remove';

const checkAdd = validate(function () {
	requireText(this, 'productId', 'Product ID', 'Enter the product’s ID, e.g. the ID Product → Search returned.');
});

const favoritePath = fillPath({ favoriteId: { label: 'Favorite ID', fix: 'Enter the favorite’s ID from Favorite → Get Many.' } });

export const favoriteDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['favorite'] } },
		options: [
			{
				name: 'Add',
				value: 'add',
				action: 'Add a favorite',
				description: 'Add a product to the favorites',
				routing: {
					request: { method: 'POST', url: '/user/favorites' },
					send: { preSend: [checkAdd] },
					output: { postReceive: fulfillbotOutput },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many favorites',
				description: 'Get the favorite products',
				routing: pagedGet('/user/favorites'),
			},
			{
				name: 'Remove',
				value: 'remove',
				action: 'Remove a favorite',
				description: 'Remove a product from the favorites',
				routing: {
					request: { method: 'DELETE', url: '/user/favorites/{favoriteId}' },
					send: { preSend: [favoritePath] },
					output: { postReceive: fulfillbotOutput },
				},
			},
		],
		default: 'getAll',
	},
	...favoriteGetAllDescription,
	...favoriteAddDescription,
	...favoriteRemoveDescription,
];
