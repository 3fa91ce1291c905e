import { resourceOperations } from '../../../shared/description/operations';
import * as get from './get';
import * as getAll from './getAll';
import * as getShippable from './getShippable';
import * as getStats from './getStats';

export const warehousePackageDescription = resourceOperations('warehousePackage', 'getAll', [
	get,
	getAll,
	getShippable,
	getStats,
]);
