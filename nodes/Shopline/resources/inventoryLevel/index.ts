import { resourceOperations } from '../../../shared/description/operations';
import * as adjust from './adjust';
import * as connect from './connect';
import * as disconnect from './disconnect';
import * as getAll from './getAll';
import * as set from './set';

export const inventoryLevelDescription = resourceOperations('inventoryLevel', 'set', [
	adjust,
	connect,
	disconnect,
	getAll,
	set,
]);
