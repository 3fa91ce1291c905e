import type { INodeProperties } from 'n8n-workflow';

const showOnlyForImport = { resource: ['product'], operation: ['import1688'] };

// POST /products/import/1688 {url} or {offerId}: the docs require exactly one of them. The body is
// built by the operation's preSend (index.ts) so a blank field is never sent as "".
export const productImport1688Description: INodeProperties[] = [
	{
		displayName: 'Give either a product URL or an offer ID, not both',
		name: 'import1688Notice',
		type: 'notice',
		default: '',
		displayOptions: { show: showOnlyForImport },
	},
	{
		displayName: 'URL',
		name: 'url',
		type: 'string',
		default: '',
		placeholder: 'https://detail.1688.com/offer/123456789.html',
		displayOptions: { show: showOnlyForImport },
		description: 'Product URL from 1688.com',
	},
	{
		displayName: 'Offer ID',
		name: 'offerId',
		type: 'string',
		default: '',
		placeholder: '123456789',
		displayOptions: { show: showOnlyForImport },
		description: '1688 offer ID (the number in the offer’s URL)',
	},
];
