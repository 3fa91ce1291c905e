import { resourceOperations } from '../../../shared/description/operations';
import * as cancel from './cancel';
import * as confirmDelivery from './confirmDelivery';
import * as create from './create';
import * as get from './get';
import * as getAll from './getAll';

export const shippingOrderDescription = resourceOperations('shippingOrder', 'getAll', [
	cancel,
	confirmDelivery,
	create,
	get,
	getAll,
]);
