import { resourceOperations } from '../../../shared/description/operations';
import * as getForOrder from './getForOrder';
import * as search from './search';

export const fulfillmentOrderDescription = resourceOperations('fulfillmentOrder', 'getForOrder', [
	getForOrder,
	search,
]);
