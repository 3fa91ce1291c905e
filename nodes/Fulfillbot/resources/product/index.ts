import type { INodeProperties } from 'n8n-workflow';

import { validate, invalidField } from '../../../shared/validation';
import { fillPath } from '../../../shared/pathId';
import { requireText } from '../../helpers/checks';
import { fulfillbotOutput } from '../../helpers/output';
import { pagedGet } from '../../helpers/pagedGet';
import { productGetDescription } from './get';
import { productImport1688Description } from './import1688';
import { productSearchDescription } from './search';

const showOnlyForProduct = { resource: ['product'] };

const productPath = fillPath({ productId: { label: 'Product ID', fix: 'Enter the product’s ID, e.g. the ID a search returned.' } });

const itemPath = fillPath({ itemId: { label: 'Item ID', fix: 'Enter the platform’s item ID, e.g. the number in the item’s URL.' } });

const checkQuery = validate(function () {
	requireText(this, 'q', 'Search Query', 'Enter words to search for.');
});

// Exactly one of url/offerId (seed 001: "*either url or offerId required").
const buildImport1688Body = validate(function (requestOptions) {
	const url = String(this.getNodeParameter('url', '') ?? '').trim();
	const offerId = String(this.getNodeParameter('offerId', '') ?? '').trim();
	if (url && offerId) {
		throw invalidField(this, 'URL / Offer ID', 'both are set, but the API takes exactly one', 'Clear either URL or Offer ID.');
	}
	if (!url && !offerId) {
		throw invalidField(this, 'URL / Offer ID', 'neither is set, but the API needs one', 'Enter the 1688 product URL or its offer ID.');
	}
	requestOptions.body = url ? { url } : { offerId };
});

export const productDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForProduct },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a product',
				description: 'Get a catalog product with its SKU variants',
				routing: {
					request: { method: 'GET', url: '/products/{productId}' },
					send: { preSend: [productPath] },
					output: { postReceive: fulfillbotOutput },
				},
			},
			{
				name: 'Get Taobao Item',
				value: 'getTaobaoItem',
				action: 'Get a taobao item',
				description: 'Get a product’s detail from Taobao by its item ID',
				routing: {
					request: { method: 'GET', url: '/products/platform/taobao/{itemId}' },
					send: { preSend: [itemPath] },
					output: { postReceive: fulfillbotOutput },
				},
			},
			{
				name: 'Get Weidian Item',
				value: 'getWeidianItem',
				action: 'Get a weidian item',
				description: 'Get a product’s detail from Weidian by its item ID',
				routing: {
					request: { method: 'GET', url: '/products/platform/weidian/{itemId}' },
					send: { preSend: [itemPath] },
					output: { postReceive: fulfillbotOutput },
				},
			},
			{
				name: 'Import From 1688',
				value: 'import1688',
				action: 'Import a product from 1688',
				description: 'Fetch a 1688.com product into the catalog by its URL or offer ID',
				routing: {
					request: { method: 'POST', url: '/products/import/1688' },
					send: { preSend: [buildImport1688Body] },
					output: { postReceive: fulfillbotOutput },
				},
			},
			{
				name: 'Search',
				value: 'search',
				action: 'Search the catalog',
				description: 'Search products in the local catalog',
				routing: pagedGet('/products/search'),
			},
			{
				name: 'Search 1688',
				value: 'search1688',
				action: 'Search 1688',
				description: 'Search products on 1688',
				routing: pagedGet('/products/platform/1688/search', [checkQuery]),
			},
			{
				name: 'Search Taobao',
				value: 'searchTaobao',
				action: 'Search taobao',
				description: 'Search products on Taobao',
				routing: pagedGet('/products/platform/taobao/search', [checkQuery]),
			},
			{
				name: 'Search Weidian',
				value: 'searchWeidian',
				action: 'Search weidian',
				description: 'Search products on Weidian',
				routing: pagedGet('/products/platform/weidian/search', [checkQuery]),
			},
		],
		default: 'search',
	},
	...productSearchDescription,
	...productGetDescription,
	...productImport1688Description,
];
