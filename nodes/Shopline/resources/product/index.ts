import { resourceOperations } from '../../../shared/description/operations';
import * as count from './count';
import * as create from './create';
import * as del from './delete';
import * as get from './get';
import * as getAll from './getAll';
import * as update from './update';

export const productDescription = resourceOperations('product', 'getAll', [
	count,
	create,
	del,
	get,
	getAll,
	update,
]);
