import { resourceOperations } from '../../../shared/description/operations';
import * as cancel from './cancel';
import * as create from './create';
import * as get from './get';
import * as getAll from './getAll';

export const orderDescription = resourceOperations('order', 'getAll', [
	cancel,
	create,
	get,
	getAll,
]);
