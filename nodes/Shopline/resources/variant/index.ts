import { resourceOperations } from '../../../shared/description/operations';
import * as create from './create';
import * as del from './delete';
import * as findBySku from './findBySku';
import * as get from './get';
import * as getAll from './getAll';
import * as update from './update';

export const variantDescription = resourceOperations('variant', 'findBySku', [
	create,
	del,
	findBySku,
	get,
	getAll,
	update,
]);
