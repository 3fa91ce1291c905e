import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { buildImport1688Body } from '../../helpers/product';
import { fulfillbotOutput } from '../../helpers/output';
import { notice } from '../../../shared/description/notice';

// POST /products/import/1688 {url} or {offerId}: the docs require exactly one of them (docs/api-notes.md#fulfillbot-product-import). The body is
// built by helpers/product.ts so a blank field is never sent as "".
export const option: INodePropertyOptions = {
	name: 'Import From 1688',
	value: 'import1688',
	action: 'Import a product from 1688',
	description: 'Fetch a 1688.com product into the catalog by its URL or offer ID',
	routing: {
		request: { method: 'POST', url: '/products/import/1688' },
		send: { preSend: [buildImport1688Body] },
		output: { postReceive: fulfillbotOutput() },
	},
};

const fields: INodeProperties[] = [
	notice('Give either a product URL or an offer ID, not both', 'import1688Notice'),
	{
		displayName: 'URL',
		name: 'url',
		type: 'string',
		default: '',
		placeholder: 'https://detail.1688.com/offer/123456789.html',
		description: 'Product URL from 1688.com',
	},
	{
		displayName: 'Offer ID',
		name: 'offerId',
		type: 'string',
		default: '',
		placeholder: '123456789',
		description: '1688 offer ID (the number in the offer’s URL)',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['product'], operation: ['import1688'] } },
	fields,
);
