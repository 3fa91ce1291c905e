import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { checkFavoriteAdd } from '../../helpers/product';
import { fulfillbotOutput } from '../../helpers/output';
import { productIdInBody } from '../product/productId';

// Body inferred (docs/api-notes.md#fulfillbot-profile-bodies): the docs name POST /user/favorites but show no body; a favorite is a product, by
// the `productId` GET /user/favorites returns for each record.
export const option: INodePropertyOptions = {
	name: 'Add',
	value: 'add',
	action: 'Add a favorite',
	description: 'Add a product to the favorites',
	routing: {
		request: { method: 'POST', url: '/user/favorites' },
		send: { preSend: [checkFavoriteAdd] },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [productIdInBody()];

export const description = updateDisplayOptions(
	{ show: { resource: ['favorite'], operation: ['add'] } },
	fields,
);
