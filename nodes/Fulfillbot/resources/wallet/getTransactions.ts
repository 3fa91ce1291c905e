import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/description/listFields';
import { pagedGet } from '../../helpers/pagedGet';

// GET /user/wallet/transactions pages with page/limit like the other lists; the paginator sends them.
export const option: INodePropertyOptions = {
	name: 'Get Transactions',
	value: 'getTransactions',
	action: 'Get wallet transactions',
	description: 'Get the balance transaction history',
	routing: pagedGet('/user/wallet/transactions'),
};

const fields: INodeProperties[] = [...returnAllAndLimit()];

export const description = updateDisplayOptions(
	{ show: { resource: ['wallet'], operation: ['getTransactions'] } },
	fields,
);
