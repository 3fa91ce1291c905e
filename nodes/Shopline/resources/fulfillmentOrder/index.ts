import { resourceOperations } from '../../../shared/operations';
import * as getForOrder from './getForOrder';
import * as search from './search';

export const fulfillmentOrderDescription = resourceOperations('fulfillmentOrder', 'getForOrder', [
	getForOrder,
	search,
]);
