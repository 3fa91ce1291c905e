import { resourceOperations } from '../../../shared/description/operations';
import * as get from './get';
import * as getAll from './getAll';
import * as update from './update';

export const inventoryItemDescription = resourceOperations('inventoryItem', 'get', [
	get,
	getAll,
	update,
]);
