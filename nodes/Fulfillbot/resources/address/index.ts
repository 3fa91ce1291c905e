import { resourceOperations } from '../../../shared/description/operations';
import * as create from './create';
import * as del from './delete';
import * as getAll from './getAll';
import * as update from './update';

export const addressDescription = resourceOperations('address', 'getAll', [
	create,
	del,
	getAll,
	update,
]);
