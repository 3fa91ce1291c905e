import { resourceOperations } from '../../../shared/description/operations';
import * as getBalance from './getBalance';
import * as getTransactions from './getTransactions';

export const walletDescription = resourceOperations('wallet', 'getBalance', [
	getBalance,
	getTransactions,
]);
