import { resourceOperations } from '../../../shared/description/operations';
import * as getAvailable from './getAvailable';
import * as getClaimed from './getClaimed';

export const couponDescription = resourceOperations('coupon', 'getAvailable', [
	getAvailable,
	getClaimed,
]);
