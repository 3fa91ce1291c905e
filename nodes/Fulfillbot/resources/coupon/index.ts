import { resourceOperations } from '../../../shared/operations';
import * as getAvailable from './getAvailable';
import * as getClaimed from './getClaimed';

export const couponDescription = resourceOperations('coupon', 'getAvailable', [
	getAvailable,
	getClaimed,
]);
