import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { pacedShoplinePages } from '../../helpers/rate';
import { checkSku, findBySku, skuWalkOutput } from '../../helpers/skuWalk';
import { notice } from '../../../shared/description/notice';
import { optionsField } from '../../../shared/description/optionsField';

// No SKU filter exists in SHOPLINE's API: helpers/skuWalk.ts walks products.json once per node run
// (ceil(products / 250) requests) and answers every item of the run from that one walk.
export const option: INodePropertyOptions = {
	name: 'Find by SKU',
	value: 'findBySku',
	action: 'Find variants by SKU',
	description:
		'Find the variant with a SKU. Reads the whole catalog once per run (1 request per 250 products), shared by all items.',
	routing: {
		request: { method: 'GET', url: '/products/products.json' },
		send: { preSend: [checkSku], paginate: true },
		operations: { pagination: pacedShoplinePages(findBySku) },
		output: { postReceive: skuWalkOutput },
	},
};

const fields: INodeProperties[] = [
	notice(
		'SHOPLINE cannot search by SKU: this reads every product once per run (one request per 250 products), then answers all items of the run from that read.',
		'findBySkuNotice',
	),
	{
		displayName: 'SKU',
		name: 'sku',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'S000000001',
		description: 'The SKU, compared exactly',
	},
	optionsField(
		'If Not Found',
		'notFound',
		[
			{ name: 'Fail', value: 'error', description: 'The item fails naming the SKU' },
			{ name: 'Return Nothing', value: 'skip', description: 'No output for this item' },
		],
		'error',
	),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['variant'], operation: ['findBySku'] } },
	fields,
);
