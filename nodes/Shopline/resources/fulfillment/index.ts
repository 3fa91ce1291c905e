import { resourceOperations } from '../../../shared/description/operations';
import * as cancel from './cancel';
import * as count from './count';
import * as create from './create';
import * as getAll from './getAll';
import * as updateTracking from './updateTracking';

export const fulfillmentDescription = resourceOperations('fulfillment', 'create', [
	cancel,
	count,
	create,
	getAll,
	updateTracking,
]);
