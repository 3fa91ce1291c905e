import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/listFields';

// GET /user/wallet/transactions pages with page/limit like the other lists; the paginator sends them.
export const walletGetTransactionsDescription: INodeProperties[] = [
	...returnAllAndLimit({ resource: ['wallet'], operation: ['getTransactions'] }),
];
